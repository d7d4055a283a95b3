package iosim.ikev1.api;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;

/** Our phase 1 identity (IOS {@code crypto isakmp identity address|hostname}, or a key-id). */
public record IdentitySpec(int idType, byte[] data) {
    public static final int IPV4_ADDR = 1;
    public static final int FQDN = 2;
    public static final int USER_FQDN = 3;
    public static final int KEY_ID = 11;

    public static IdentitySpec address(InetAddress a) {
        return new IdentitySpec(IPV4_ADDR, a.getAddress());
    }

    public static IdentitySpec fqdn(String name) {
        return new IdentitySpec(FQDN, name.getBytes(StandardCharsets.US_ASCII));
    }

    /** As IOS and strongSwan print it. */
    public String text() {
        if (idType == IPV4_ADDR && data.length == 4) {
            return (data[0] & 0xff) + "." + (data[1] & 0xff) + "." + (data[2] & 0xff) + "." + (data[3] & 0xff);
        }
        return new String(data, StandardCharsets.US_ASCII);
    }
}
