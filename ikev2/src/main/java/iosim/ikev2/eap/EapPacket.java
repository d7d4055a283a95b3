package iosim.ikev2.eap;

import java.util.Arrays;

/**
 * One EAP packet (RFC 3748 4): code, identifier and, for requests and responses, the type and
 * its data. Pure codec: {@link #decode} returns null for anything malformed.
 */
public record EapPacket(int code, int identifier, int type, byte[] typeData) {
    public static final int REQUEST = 1;
    public static final int RESPONSE = 2;
    public static final int SUCCESS = 3;
    public static final int FAILURE = 4;

    public static final int TYPE_IDENTITY = 1;
    public static final int TYPE_NOTIFICATION = 2;
    public static final int TYPE_NAK = 3;

    public EapPacket {
        typeData = typeData == null ? new byte[0] : typeData.clone();
    }

    public static EapPacket request(int id, int type, byte[] data) {
        return new EapPacket(REQUEST, id, type, data);
    }

    public static EapPacket response(int id, int type, byte[] data) {
        return new EapPacket(RESPONSE, id, type, data);
    }

    public static EapPacket success(int id) {
        return new EapPacket(SUCCESS, id, 0, null);
    }

    public static EapPacket failure(int id) {
        return new EapPacket(FAILURE, id, 0, null);
    }

    @Override
    public byte[] typeData() {
        return typeData.clone();
    }

    public boolean hasType() {
        return code == REQUEST || code == RESPONSE;
    }

    public byte[] encode() {
        int len = hasType() ? 5 + typeData.length : 4;
        byte[] b = new byte[len];
        b[0] = (byte) code;
        b[1] = (byte) identifier;
        b[2] = (byte) (len >> 8);
        b[3] = (byte) len;
        if (hasType()) {
            b[4] = (byte) type;
            System.arraycopy(typeData, 0, b, 5, typeData.length);
        }
        return b;
    }

    /** The packet, or null if the octets are not one well-formed EAP packet. */
    public static EapPacket decode(byte[] b) {
        if (b == null || b.length < 4) {
            return null;
        }
        int code = b[0] & 0xff;
        int len = ((b[2] & 0xff) << 8) | (b[3] & 0xff);
        if (len != b.length || code < REQUEST || code > FAILURE) {
            return null;
        }
        if (code == SUCCESS || code == FAILURE) {
            return len == 4 ? new EapPacket(code, b[1] & 0xff, 0, null) : null;
        }
        if (len < 5) {
            return null;
        }
        return new EapPacket(code, b[1] & 0xff, b[4] & 0xff, Arrays.copyOfRange(b, 5, len));
    }

    /** For debug lines: "EAP request (id 2, type 26)". */
    public String describe() {
        String c = switch (code) {
            case REQUEST -> "request";
            case RESPONSE -> "response";
            case SUCCESS -> "success";
            default -> "failure";
        };
        return hasType() ? "EAP " + c + " (id " + identifier + ", type " + type + ")" : "EAP " + c + " (id " + identifier + ")";
    }
}
