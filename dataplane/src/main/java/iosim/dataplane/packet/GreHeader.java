package iosim.dataplane.packet;

import io.netty.buffer.ByteBuf;

/**
 * A GRE header (RFC 2784, with RFC 2890's key and sequence number). {@link #decode} is a pure
 * function: it validates the header and, when present, the checksum over header and payload.
 *
 * @param checksumPresent the C bit: a checksum (and reserved word) follows the protocol type
 * @param keyPresent      the K bit (RFC 2890): a 32-bit key follows
 * @param sequencePresent the S bit (RFC 2890): a 32-bit sequence number follows
 * @param protocolType    the payload's EtherType (0x0800 IPv4; 0 in a Cisco keepalive's reply header)
 * @param key             the key (unsigned 32 bits), 0 when absent
 * @param sequence        the sequence number (unsigned 32 bits), 0 when absent
 */
public record GreHeader(boolean checksumPresent, boolean keyPresent, boolean sequencePresent, int protocolType,
                        long key, long sequence) {

    public static final int BASE_LENGTH = 4;
    public static final int PROTO_IPV4 = 0x0800;

    /** Why bytes are not a GRE header this router accepts. */
    public enum Problem {
        TRUNCATED,
        /** version other than 0 (1 is PPTP's enhanced GRE) */
        BAD_VERSION,
        /** RFC 1701's routing, strict-source-route or recursion bits, which RFC 2784 receivers discard */
        UNSUPPORTED_FLAGS,
        BAD_CHECKSUM
    }

    /** Either a header or the problem. */
    public record Decoded(GreHeader header, Problem problem) {
        public boolean ok() {
            return header != null;
        }
    }

    /** The header's length in bytes. */
    public int length() {
        return length(checksumPresent, keyPresent, sequencePresent);
    }

    public static int length(boolean checksum, boolean key, boolean sequence) {
        return BASE_LENGTH + (checksum ? 4 : 0) + (key ? 4 : 0) + (sequence ? 4 : 0);
    }

    /**
     * Decodes the GRE header at {@code offset}, {@code length} being the bytes of GRE header and
     * payload (the IP payload length).
     */
    public static Decoded decode(ByteBuf b, int offset, int length) {
        if (length < BASE_LENGTH || b.writerIndex() < offset + length) {
            return new Decoded(null, Problem.TRUNCATED);
        }
        int flags = b.getUnsignedShort(offset);
        if ((flags & 0x7) != 0) {
            return new Decoded(null, Problem.BAD_VERSION);
        }
        if ((flags & 0x4c00) != 0) {
            return new Decoded(null, Problem.UNSUPPORTED_FLAGS);   // bits 1, 4, 5: R, s, Recur (RFC 2784 2.3)
        }
        boolean c = (flags & 0x8000) != 0;
        boolean k = (flags & 0x2000) != 0;
        boolean s = (flags & 0x1000) != 0;
        int hl = length(c, k, s);
        if (length < hl) {
            return new Decoded(null, Problem.TRUNCATED);
        }
        if (c && !InternetChecksum.verifies(b, offset, length)) {
            return new Decoded(null, Problem.BAD_CHECKSUM);
        }
        int at = offset + BASE_LENGTH + (c ? 4 : 0);
        long key = k ? b.getUnsignedInt(at) : 0;
        long seq = s ? b.getUnsignedInt(at + (k ? 4 : 0)) : 0;
        return new Decoded(new GreHeader(c, k, s, b.getUnsignedShort(offset + 2), key, seq), null);
    }

    /**
     * Writes this header at {@code offset} (without touching the indexes); a checksum field is
     * written as zero (fill it with {@link #fillChecksum} once the payload is in place).
     */
    public void set(ByteBuf b, int offset) {
        int flags = (checksumPresent ? 0x8000 : 0) | (keyPresent ? 0x2000 : 0) | (sequencePresent ? 0x1000 : 0);
        b.setShort(offset, flags);
        b.setShort(offset + 2, protocolType);
        int at = offset + BASE_LENGTH;
        if (checksumPresent) {
            b.setInt(at, 0);
            at += 4;
        }
        if (keyPresent) {
            b.setInt(at, (int) key);
            at += 4;
        }
        if (sequencePresent) {
            b.setInt(at, (int) sequence);
        }
    }

    /** Computes the checksum over the header at {@code offset} and its payload ({@code length} bytes in all). */
    public static void fillChecksum(ByteBuf b, int offset, int length) {
        b.setShort(offset + 4, 0);
        b.setShort(offset + 4, InternetChecksum.compute(b, offset, length));
    }
}
