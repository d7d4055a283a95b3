package iosim.ikev2.api;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/** An IKE identity (ID payload type and data, RFC 7296 3.5). */
public record Identity(IdType type, byte[] data) {

    public enum IdType {
        IPV4_ADDR(1), FQDN(2), RFC822_ADDR(3), IPV6_ADDR(5), DER_ASN1_DN(9), KEY_ID(11);

        private final int code;

        IdType(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }

        public static IdType of(int code) {
            for (IdType t : values()) {
                if (t.code == code) {
                    return t;
                }
            }
            return null;
        }
    }

    public Identity {
        data = data.clone();
    }

    public static Identity address(InetAddress a) {
        return new Identity(a.getAddress().length == 4 ? IdType.IPV4_ADDR : IdType.IPV6_ADDR, a.getAddress());
    }

    public static Identity fqdn(String name) {
        return new Identity(IdType.FQDN, name.getBytes(StandardCharsets.US_ASCII));
    }

    public static Identity email(String name) {
        return new Identity(IdType.RFC822_ADDR, name.getBytes(StandardCharsets.US_ASCII));
    }

    public static Identity keyId(String id) {
        return new Identity(IdType.KEY_ID, id.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Identity i && i.type == type && Arrays.equals(i.data, data);
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + Arrays.hashCode(data);
    }

    private String dn() {
        try {
            return new javax.security.auth.x500.X500Principal(data).getName(javax.security.auth.x500.X500Principal.RFC2253,
                    java.util.Map.of("1.2.840.113549.1.9.2", "hostname")); // unstructuredName, as IOS names it
        } catch (IllegalArgumentException e) {
            return HexFormat.of().formatHex(data);
        }
    }

    /** How IOS prints it: an address, a name, or hex for key IDs. */
    @Override
    public String toString() {
        try {
            return switch (type) {
                case IPV4_ADDR, IPV6_ADDR -> InetAddress.getByAddress(data).getHostAddress();
                case FQDN, RFC822_ADDR -> new String(data, StandardCharsets.US_ASCII);
                case DER_ASN1_DN -> dn();
                default -> HexFormat.of().formatHex(data);
            };
        } catch (java.net.UnknownHostException e) {
            return HexFormat.of().formatHex(data);
        }
    }
}
