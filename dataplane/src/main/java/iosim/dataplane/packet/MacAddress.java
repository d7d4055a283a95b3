package iosim.dataplane.packet;

import io.netty.buffer.ByteBuf;
import java.util.concurrent.ThreadLocalRandom;

/** A 48-bit Ethernet MAC address held in the low bits of a long. */
public record MacAddress(long value) {
    public static final MacAddress BROADCAST = new MacAddress(0xffff_ffff_ffffL);
    public static final MacAddress ZERO = new MacAddress(0);

    public MacAddress {
        if ((value & ~0xffff_ffff_ffffL) != 0) {
            throw new IllegalArgumentException("MAC wider than 48 bits");
        }
    }

    /** Accepts {@code aa:bb:cc:dd:ee:ff}, {@code aa-bb-..} and Cisco's {@code aabb.ccdd.eeff}. */
    public static MacAddress parse(String text) {
        String hex = text.replace(":", "").replace("-", "").replace(".", "");
        if (hex.length() != 12) {
            throw new IllegalArgumentException("not a MAC address: " + text);
        }
        return new MacAddress(Long.parseLong(hex, 16));
    }

    /** A random locally administered unicast address. */
    public static MacAddress randomLocal() {
        long v = ThreadLocalRandom.current().nextLong() & 0xffff_ffff_ffffL;
        v = (v | 0x0200_0000_0000L) & ~0x0100_0000_0000L;
        return new MacAddress(v);
    }

    public static MacAddress read(ByteBuf buf, int index) {
        return new MacAddress(readLong(buf, index));
    }

    /** Reads 6 bytes at {@code index} as a long without allocating. */
    public static long readLong(ByteBuf buf, int index) {
        return ((long) buf.getUnsignedShort(index) << 32) | buf.getUnsignedInt(index + 2);
    }

    public void write(ByteBuf buf, int index) {
        buf.setShort(index, (int) (value >>> 32));
        buf.setInt(index + 2, (int) value);
    }

    public boolean isBroadcast() {
        return value == BROADCAST.value;
    }

    public boolean isMulticast() {
        return (value & 0x0100_0000_0000L) != 0;
    }

    public byte[] toBytes() {
        byte[] b = new byte[6];
        for (int i = 0; i < 6; i++) {
            b[i] = (byte) (value >>> (40 - 8 * i));
        }
        return b;
    }

    /** Cisco notation, as {@code show ip arp} prints it: {@code aabb.ccdd.eeff}. */
    public String toCisco() {
        String h = String.format("%012x", value);
        return h.substring(0, 4) + "." + h.substring(4, 8) + "." + h.substring(8);
    }

    @Override
    public String toString() {
        String h = String.format("%012x", value);
        StringBuilder sb = new StringBuilder(17);
        for (int i = 0; i < 12; i += 2) {
            if (i > 0) {
                sb.append(':');
            }
            sb.append(h, i, i + 2);
        }
        return sb.toString();
    }
}
