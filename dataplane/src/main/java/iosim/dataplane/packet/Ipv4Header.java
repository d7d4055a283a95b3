package iosim.dataplane.packet;

import io.netty.buffer.ByteBuf;

/**
 * An IPv4 header (RFC 791). {@link #decode} is a pure function that validates version, lengths
 * and checksum; the static accessors read single fields in place for the fast path.
 */
public record Ipv4Header(int headerLength, int tos, int totalLength, int identification, boolean dontFragment,
        boolean moreFragments, int fragmentOffset, int ttl, int protocol, int checksum, int source, int destination) {

    public static final int MIN_LENGTH = 20;
    public static final int PROTO_ICMP = 1;
    public static final int PROTO_TCP = 6;
    public static final int PROTO_UDP = 17;
    public static final int PROTO_GRE = 47;
    public static final int PROTO_ESP = 50;
    public static final int PROTO_AH = 51;

    /** Why a buffer is not a valid IPv4 packet. */
    public enum Problem { TRUNCATED, BAD_VERSION, BAD_HEADER_LENGTH, BAD_TOTAL_LENGTH, BAD_CHECKSUM }

    /** Result of decoding: either a header or the problem. */
    public record Decoded(Ipv4Header header, Problem problem) {
        public boolean ok() {
            return header != null;
        }
    }

    /** Decodes and validates the header at the reader index of {@code packet}. */
    public static Decoded decode(ByteBuf packet) {
        int i = packet.readerIndex();
        int avail = packet.readableBytes();
        if (avail < MIN_LENGTH) {
            return new Decoded(null, Problem.TRUNCATED);
        }
        int vihl = packet.getUnsignedByte(i);
        if ((vihl >>> 4) != 4) {
            return new Decoded(null, Problem.BAD_VERSION);
        }
        int hl = (vihl & 0xf) * 4;
        if (hl < MIN_LENGTH || hl > avail) {
            return new Decoded(null, Problem.BAD_HEADER_LENGTH);
        }
        int total = packet.getUnsignedShort(i + 2);
        if (total < hl || total > avail) {
            return new Decoded(null, Problem.BAD_TOTAL_LENGTH);
        }
        if (!InternetChecksum.verifies(packet, i, hl)) {
            return new Decoded(null, Problem.BAD_CHECKSUM);
        }
        int ff = packet.getUnsignedShort(i + 6);
        return new Decoded(new Ipv4Header(hl, packet.getUnsignedByte(i + 1), total, packet.getUnsignedShort(i + 4),
                (ff & 0x4000) != 0, (ff & 0x2000) != 0, (ff & 0x1fff) * 8, packet.getUnsignedByte(i + 8),
                packet.getUnsignedByte(i + 9), packet.getUnsignedShort(i + 10), packet.getInt(i + 12),
                packet.getInt(i + 16)), null);
    }

    public boolean isFragment() {
        return moreFragments || fragmentOffset != 0;
    }

    public int payloadLength() {
        return totalLength - headerLength;
    }

    // ---- in-place field access, index = start of the IP header ----

    public static int headerLength(ByteBuf b, int i) {
        return (b.getUnsignedByte(i) & 0xf) * 4;
    }

    public static int totalLength(ByteBuf b, int i) {
        return b.getUnsignedShort(i + 2);
    }

    public static int protocol(ByteBuf b, int i) {
        return b.getUnsignedByte(i + 9);
    }

    public static int source(ByteBuf b, int i) {
        return b.getInt(i + 12);
    }

    public static int destination(ByteBuf b, int i) {
        return b.getInt(i + 16);
    }

    public static int ttl(ByteBuf b, int i) {
        return b.getUnsignedByte(i + 8);
    }

    /** True for a non-first fragment (offset != 0). */
    public static boolean isLaterFragment(ByteBuf b, int i) {
        return (b.getUnsignedShort(i + 6) & 0x1fff) != 0;
    }

    public static boolean isFragment(ByteBuf b, int i) {
        return (b.getUnsignedShort(i + 6) & 0x3fff) != 0;
    }

    public static boolean dontFragment(ByteBuf b, int i) {
        return (b.getUnsignedShort(i + 6) & 0x4000) != 0;
    }

    /** Decrements TTL and updates the checksum incrementally (RFC 1624). */
    public static void decrementTtl(ByteBuf b, int i) {
        int oldWord = b.getUnsignedShort(i + 8);
        b.setByte(i + 8, (oldWord >>> 8) - 1);
        int newWord = b.getUnsignedShort(i + 8);
        b.setShort(i + 10, InternetChecksum.adjust(b.getUnsignedShort(i + 10), oldWord, newWord));
    }

    /** Recomputes the header checksum in place. */
    public static void updateChecksum(ByteBuf b, int i) {
        b.setShort(i + 10, 0);
        b.setShort(i + 10, InternetChecksum.compute(b, i, headerLength(b, i)));
    }

    /**
     * Writes a 20-byte header (no options) at the writer index, with its checksum.
     *
     * @param flagsAndOffset the raw flags/fragment-offset word (0x4000 = DF)
     */
    public static void write(ByteBuf b, int tos, int totalLength, int id, int flagsAndOffset, int ttl, int protocol,
            int src, int dst) {
        int i = b.writerIndex();
        b.writeByte(0x45);
        b.writeByte(tos);
        b.writeShort(totalLength);
        b.writeShort(id);
        b.writeShort(flagsAndOffset);
        b.writeByte(ttl);
        b.writeByte(protocol);
        b.writeShort(0);
        b.writeInt(src);
        b.writeInt(dst);
        b.setShort(i + 10, InternetChecksum.compute(b, i, MIN_LENGTH));
    }
}
