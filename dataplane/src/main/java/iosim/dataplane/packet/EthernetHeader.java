package iosim.dataplane.packet;

import io.netty.buffer.ByteBuf;

/** Ethernet II header (no 802.1Q): 14 bytes. Decoding is a pure function. */
public record EthernetHeader(MacAddress destination, MacAddress source, int etherType) {
    public static final int LENGTH = 14;
    public static final int TYPE_IPV4 = 0x0800;
    public static final int TYPE_ARP = 0x0806;
    /** Smallest frame we accept (header only); shorter ones are runts. */
    public static final int MIN_FRAME = LENGTH;

    /** Decodes the header at the buffer's reader index, or returns null if the frame is too short. */
    public static EthernetHeader decode(ByteBuf frame) {
        int i = frame.readerIndex();
        if (frame.readableBytes() < LENGTH) {
            return null;
        }
        return new EthernetHeader(MacAddress.read(frame, i), MacAddress.read(frame, i + 6), frame.getUnsignedShort(i + 12));
    }

    /** Writes this header at {@code index}. */
    public void write(ByteBuf buf, int index) {
        destination.write(buf, index);
        source.write(buf, index + 6);
        buf.setShort(index + 12, etherType);
    }
}
