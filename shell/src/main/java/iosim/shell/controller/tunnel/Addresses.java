package iosim.shell.controller.tunnel;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** IPv4 addresses as the controller keeps them (an int) and as engines and text want them. */
final class Addresses {
    private Addresses() {}

    static int bits(InetAddress a) {
        byte[] b = a.getAddress();
        return (b[0] & 0xff) << 24 | (b[1] & 0xff) << 16 | (b[2] & 0xff) << 8 | (b[3] & 0xff);
    }

    static InetAddress inet(int bits) {
        try {
            return InetAddress.getByAddress(new byte[] {(byte) (bits >>> 24), (byte) (bits >>> 16), (byte) (bits >>> 8),
                    (byte) bits});
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static String text(int bits) {
        return (bits >>> 24) + "." + ((bits >>> 16) & 0xff) + "." + ((bits >>> 8) & 0xff) + "." + (bits & 0xff);
    }
}
