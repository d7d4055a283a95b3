package iosim.dataplane.packet;

import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An NHRP packet (RFC 2332) of the kinds DMVPN exchanges over GRE (protocol type 0x2001): IPv4
 * protocol addresses over an IPv4 NBMA network, resolution, registration and purge requests and
 * replies, with their client information entries and extensions. {@link #decode} is a pure
 * function; {@link #encode} fills in the packet size, the extensions offset and the checksum.
 * Error and traffic indications (types 7 and 8) have other mandatory parts and are not decoded here.
 *
 * @param type      {@link #RESOLUTION_REQUEST} ... {@link #PURGE_REPLY}
 * @param flags     the mandatory part's flags (meaning depends on the type, e.g. {@link #FLAG_UNIQUE})
 * @param requestId the request ID a reply echoes
 * @param srcNbma   the source NBMA (transport) address
 * @param srcProto  the source protocol (tunnel) address
 * @param dstProto  the destination protocol address
 */
public record NhrpPacket(int type, int hopCount, int flags, long requestId, int srcNbma, int srcProto, int dstProto,
                         List<Cie> cies, List<Extension> extensions) {

    public static final int GRE_PROTOCOL_TYPE = 0x2001;
    public static final int RESOLUTION_REQUEST = 1;
    public static final int RESOLUTION_REPLY = 2;
    public static final int REGISTRATION_REQUEST = 3;
    public static final int REGISTRATION_REPLY = 4;
    public static final int PURGE_REQUEST = 5;
    public static final int PURGE_REPLY = 6;
    /** Registration: the registered mapping is unique (U). */
    public static final int FLAG_UNIQUE = 0x8000;
    /** Extension types (RFC 2332 5.3): responder address, forward and reverse transit NHS records, authentication. */
    public static final int EXT_END = 0;
    public static final int EXT_RESPONDER_ADDRESS = 3;
    public static final int EXT_FORWARD_TRANSIT = 4;
    public static final int EXT_REVERSE_TRANSIT = 5;
    public static final int EXT_AUTHENTICATION = 7;

    static final int FIXED_HEADER = 20;
    private static final int AFN_IPV4 = 1;
    private static final int CIE_FIXED = 12;

    /**
     * One client information entry.
     *
     * @param code        0 success, otherwise the type's error code
     * @param holdingTime seconds the mapping may be kept
     * @param clientNbma  the client's NBMA address (0 when absent)
     * @param clientProto the client's protocol address (0 when absent)
     */
    public record Cie(int code, int prefixLength, int mtu, int holdingTime, int clientNbma, int clientProto,
                      int preference) {}

    /** One extension: its compulsory bit, its type (14 bits) and its value. */
    public record Extension(boolean compulsory, int type, byte[] value) {
        public Extension {
            value = value.clone();
        }

        @Override
        public byte[] value() {
            return value.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Extension e && e.compulsory == compulsory && e.type == type && Arrays.equals(e.value, value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value) * 31 + type;
        }
    }

    /** Why bytes are not an NHRP packet this router takes. */
    public enum Problem { TRUNCATED, BAD_CHECKSUM, BAD_VERSION, UNSUPPORTED_ADDRESSES, UNSUPPORTED_TYPE, BAD_LENGTH }

    /** Either a packet or the problem. */
    public record Decoded(NhrpPacket packet, Problem problem) {
        public boolean ok() {
            return packet != null;
        }
    }

    public NhrpPacket {
        cies = List.copyOf(cies);
        extensions = List.copyOf(extensions);
    }

    /** Decodes the NHRP packet at {@code offset} ({@code length}: the bytes after the GRE header). */
    public static Decoded decode(ByteBuf b, int offset, int length) {
        if (length < FIXED_HEADER + 8 || b.writerIndex() < offset + length) {
            return new Decoded(null, Problem.TRUNCATED);
        }
        int size = b.getUnsignedShort(offset + 10);
        if (size < FIXED_HEADER + 8 || size > length) {
            return new Decoded(null, Problem.BAD_LENGTH);
        }
        if (!InternetChecksum.verifies(b, offset, size)) {
            return new Decoded(null, Problem.BAD_CHECKSUM);
        }
        if (b.getUnsignedByte(offset + 16) != 1) {
            return new Decoded(null, Problem.BAD_VERSION);
        }
        int type = b.getUnsignedByte(offset + 17);
        if (type < RESOLUTION_REQUEST || type > PURGE_REPLY) {
            return new Decoded(null, Problem.UNSUPPORTED_TYPE);
        }
        int shtl = b.getUnsignedByte(offset + 18);
        int sstl = b.getUnsignedByte(offset + 19);
        int at = offset + FIXED_HEADER;
        if (b.getUnsignedShort(offset) != AFN_IPV4 || b.getUnsignedShort(offset + 2) != EthernetHeader.TYPE_IPV4
                || (shtl & 0x3f) != 4 || (sstl & 0x3f) != 0
                || b.getUnsignedByte(at) != 4 || b.getUnsignedByte(at + 1) != 4) {
            return new Decoded(null, Problem.UNSUPPORTED_ADDRESSES);
        }
        int extoff = b.getUnsignedShort(offset + 14);
        int end = offset + (extoff == 0 ? size : extoff);
        if (extoff != 0 && (extoff < FIXED_HEADER + 20 || extoff > size)) {
            return new Decoded(null, Problem.BAD_LENGTH);
        }
        if (at + 20 > end) {
            return new Decoded(null, Problem.TRUNCATED);
        }
        int flags = b.getUnsignedShort(at + 2);
        long requestId = b.getUnsignedInt(at + 4);
        int srcNbma = b.getInt(at + 8);
        int srcProto = b.getInt(at + 12);
        int dstProto = b.getInt(at + 16);
        at += 20;
        List<Cie> cies = new ArrayList<>();
        while (at < end) {
            if (at + CIE_FIXED > end) {
                return new Decoded(null, Problem.TRUNCATED);
            }
            int nbmaLen = b.getUnsignedByte(at + 8) & 0x3f;
            int subLen = b.getUnsignedByte(at + 9) & 0x3f;
            int protoLen = b.getUnsignedByte(at + 10);
            if ((nbmaLen != 0 && nbmaLen != 4) || subLen != 0 || (protoLen != 0 && protoLen != 4)) {
                return new Decoded(null, Problem.UNSUPPORTED_ADDRESSES);
            }
            int next = at + CIE_FIXED + nbmaLen + protoLen;
            if (next > end) {
                return new Decoded(null, Problem.TRUNCATED);
            }
            int nbma = nbmaLen == 4 ? b.getInt(at + CIE_FIXED) : 0;
            int proto = protoLen == 4 ? b.getInt(at + CIE_FIXED + nbmaLen) : 0;
            cies.add(new Cie(b.getUnsignedByte(at), b.getUnsignedByte(at + 1), b.getUnsignedShort(at + 4),
                    b.getUnsignedShort(at + 6), nbma, proto, b.getUnsignedByte(at + 11)));
            at = next;
        }
        List<Extension> exts = new ArrayList<>();
        if (extoff != 0) {
            int e = offset + extoff;
            int last = offset + size;
            while (e + 4 <= last) {
                int t = b.getUnsignedShort(e);
                int len = b.getUnsignedShort(e + 2);
                if (e + 4 + len > last) {
                    return new Decoded(null, Problem.TRUNCATED);
                }
                if ((t & 0x3fff) == EXT_END) {
                    break;
                }
                byte[] v = new byte[len];
                b.getBytes(e + 4, v);
                exts.add(new Extension((t & 0x8000) != 0, t & 0x3fff, v));
                e += 4 + len;
            }
        }
        return new Decoded(new NhrpPacket(type, b.getUnsignedByte(offset + 9), flags, requestId, srcNbma, srcProto,
                dstProto, cies, exts), null);
    }

    /** Writes the packet at the writer index (an end-of-extensions marker is added when there are extensions); returns its length. */
    public int encode(ByteBuf b) {
        int start = b.writerIndex();
        b.writeShort(AFN_IPV4);
        b.writeShort(EthernetHeader.TYPE_IPV4);
        b.writeZero(5);                      // SNAP
        b.writeByte(hopCount);
        b.writeShort(0);                     // ar$pktsz, below
        b.writeShort(0);                     // ar$chksum, below
        b.writeShort(0);                     // ar$extoff, below
        b.writeByte(1);                      // version
        b.writeByte(type);
        b.writeByte(4);                      // shtl: a 4-byte NBMA address
        b.writeByte(0);                      // sstl: no subaddress
        b.writeByte(4);
        b.writeByte(4);
        b.writeShort(flags);
        b.writeInt((int) requestId);
        b.writeInt(srcNbma);
        b.writeInt(srcProto);
        b.writeInt(dstProto);
        for (Cie c : cies) {
            b.writeByte(c.code());
            b.writeByte(c.prefixLength());
            b.writeShort(0);
            b.writeShort(c.mtu());
            b.writeShort(c.holdingTime());
            b.writeByte(c.clientNbma() == 0 ? 0 : 4);
            b.writeByte(0);
            b.writeByte(c.clientProto() == 0 ? 0 : 4);
            b.writeByte(c.preference());
            if (c.clientNbma() != 0) {
                b.writeInt(c.clientNbma());
            }
            if (c.clientProto() != 0) {
                b.writeInt(c.clientProto());
            }
        }
        if (!extensions.isEmpty()) {
            b.setShort(start + 14, b.writerIndex() - start);
            for (Extension e : extensions) {
                b.writeShort((e.compulsory() ? 0x8000 : 0) | e.type());
                byte[] v = e.value;
                b.writeShort(v.length);
                b.writeBytes(v);
            }
            b.writeShort(0x8000 | EXT_END);
            b.writeShort(0);
        }
        int size = b.writerIndex() - start;
        b.setShort(start + 10, size);
        b.setShort(start + 12, InternetChecksum.compute(b, start, size));
        return size;
    }
}
