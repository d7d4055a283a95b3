package iosim.dataplane.link;

/**
 * The {@code struct virtio_net_hdr} that a Linux packet socket with PACKET_VNET_HDR puts before
 * every frame (10 bytes, host byte order): whether the frame is a GSO super-frame to be cut into
 * segments of {@code gsoSize}, and whether its transport checksum was left to "hardware"
 * (CHECKSUM_PARTIAL: computed from {@code csumStart}, stored {@code csumOffset} further on).
 * What a container's veth hands a router with its default offloads on.
 */
record VnetHeader(int flags, int gsoType, int headerLength, int gsoSize, int csumStart, int csumOffset) {
    static final int LENGTH = 10;
    static final int F_NEEDS_CSUM = 1;
    static final int GSO_NONE = 0;
    static final int GSO_TCPV4 = 1;
    static final int GSO_UDP = 3;
    static final int GSO_TCPV6 = 4;
    static final int GSO_UDP_L4 = 5;
    static final int GSO_ECN = 0x80;

    static final VnetHeader NONE = new VnetHeader(0, GSO_NONE, 0, 0, 0, 0);

    /** Decodes the header at {@code off} of {@code b} (little-endian, as on every machine this runs on). */
    static VnetHeader decode(byte[] b, int off) {
        return new VnetHeader(b[off] & 0xff, b[off + 1] & 0xff, u16(b, off + 2), u16(b, off + 4), u16(b, off + 6),
                u16(b, off + 8));
    }

    boolean needsChecksum() {
        return (flags & F_NEEDS_CSUM) != 0;
    }

    /** The GSO type without the ECN bit. */
    int gso() {
        return gsoType & ~GSO_ECN;
    }

    private static int u16(byte[] b, int off) {
        return (b[off] & 0xff) | (b[off + 1] & 0xff) << 8;
    }
}
