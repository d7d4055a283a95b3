package iosim.dataplane.packet;

import io.netty.buffer.ByteBuf;

/** ICMP (RFC 792) message header: type, code and the 4-byte rest-of-header. */
public record IcmpHeader(int type, int code, int restOfHeader) {
    public static final int LENGTH = 8;
    public static final int ECHO_REPLY = 0;
    public static final int DEST_UNREACHABLE = 3;
    public static final int ECHO_REQUEST = 8;
    public static final int TIME_EXCEEDED = 11;
    public static final int PARAMETER_PROBLEM = 12;

    public static final int CODE_NET_UNREACHABLE = 0;
    public static final int CODE_HOST_UNREACHABLE = 1;
    public static final int CODE_PROTOCOL_UNREACHABLE = 2;
    public static final int CODE_PORT_UNREACHABLE = 3;
    public static final int CODE_FRAGMENTATION_NEEDED = 4;
    public static final int CODE_ADMIN_PROHIBITED = 13;

    /** Decodes at {@code index}; null if truncated or the checksum over {@code length} bytes fails. */
    public static IcmpHeader decode(ByteBuf b, int index, int length) {
        if (length < LENGTH || !InternetChecksum.verifies(b, index, length)) {
            return null;
        }
        return new IcmpHeader(b.getUnsignedByte(index), b.getUnsignedByte(index + 1), b.getInt(index + 4));
    }

    public int identifier() {
        return restOfHeader >>> 16;
    }

    public int sequence() {
        return restOfHeader & 0xffff;
    }

    public boolean isError() {
        return type == DEST_UNREACHABLE || type == TIME_EXCEEDED || type == PARAMETER_PROBLEM;
    }

    /** Computes and stores the checksum of an ICMP message at {@code index}. */
    public static void fillChecksum(ByteBuf b, int index, int length) {
        b.setShort(index + 2, 0);
        b.setShort(index + 2, InternetChecksum.compute(b, index, length));
    }
}
