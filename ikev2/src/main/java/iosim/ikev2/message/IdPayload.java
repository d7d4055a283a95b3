package iosim.ikev2.message;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Identification payload IDi/IDr (RFC 7296 3.5). */
public record IdPayload(boolean initiator, IdType idType, byte[] data) implements Payload {

    public static IdPayload ipv4(boolean initiator, InetAddress address) {
        return new IdPayload(initiator, address.getAddress().length == 4 ? IdType.IPV4_ADDR : IdType.IPV6_ADDR,
                address.getAddress());
    }

    public static IdPayload ipAddress(boolean initiator, InetAddress address) {
        return ipv4(initiator, address);
    }

    public static IdPayload fqdn(boolean initiator, String name) {
        return new IdPayload(initiator, IdType.FQDN, name.getBytes(StandardCharsets.US_ASCII));
    }

    public static IdPayload email(boolean initiator, String address) {
        return new IdPayload(initiator, IdType.RFC822_ADDR, address.getBytes(StandardCharsets.US_ASCII));
    }

    public static IdPayload keyId(boolean initiator, byte[] keyId) {
        return new IdPayload(initiator, IdType.KEY_ID, keyId.clone());
    }

    @Override
    public int typeValue() {
        return (initiator ? PayloadType.ID_I : PayloadType.ID_R).value();
    }

    /**
     * The payload body without the generic header (ID type, three reserved octets, data):
     * the {@code IDx'} that RFC 7296 2.15 feeds to prf(SK_px, IDx').
     */
    public byte[] body() {
        byte[] b = new byte[4 + data.length];
        b[0] = (byte) idType.value();
        System.arraycopy(data, 0, b, 4, data.length);
        return b;
    }

    /** The identity as text: dotted address, name, or hex for KEY_ID and DNs. */
    public String valueAsString() {
        switch (idType) {
            case IPV4_ADDR, IPV6_ADDR -> {
                try {
                    return InetAddress.getByAddress(data).getHostAddress();
                } catch (UnknownHostException e) {
                    return hex(data);
                }
            }
            case FQDN, RFC822_ADDR -> {
                return new String(data, StandardCharsets.US_ASCII);
            }
            default -> {
                return hex(data);
            }
        }
    }

    private static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append(String.format("%02x", x & 0xff));
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdPayload other && other.initiator == initiator && other.idType == idType
                && Arrays.equals(other.data, data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data) * 31 + idType.hashCode() + (initiator ? 1 : 0);
    }

    @Override
    public String toString() {
        return "IdPayload[" + (initiator ? "IDi" : "IDr") + " " + idType + " " + valueAsString() + "]";
    }
}
