package iosim.dataplane.packet;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.util.ArrayList;
import java.util.List;

/** Splits an IPv4 packet into fragments that fit an MTU (RFC 791). A pure function. */
public final class Fragmenter {
    private Fragmenter() {}

    /**
     * Fragments the packet at {@code packet}'s reader index. Does not release {@code packet}.
     * Options are carried in the first fragment only. Each fragment is allocated with
     * {@code headroom} bytes free in front of it.
     */
    public static List<ByteBuf> fragment(ByteBuf packet, int mtu, ByteBufAllocator alloc, int headroom) {
        int i = packet.readerIndex();
        int hl = Ipv4Header.headerLength(packet, i);
        int total = Ipv4Header.totalLength(packet, i);
        int payload = total - hl;
        int ff = packet.getUnsignedShort(i + 6);
        int baseOffset = (ff & 0x1fff) * 8;
        boolean originalMf = (ff & 0x2000) != 0;
        List<ByteBuf> out = new ArrayList<>();
        int done = 0;
        boolean first = true;
        while (done < payload) {
            int fhl = first ? hl : Ipv4Header.MIN_LENGTH;
            int room = ((mtu - fhl) / 8) * 8;
            if (room <= 0) {
                throw new IllegalArgumentException("MTU " + mtu + " too small to fragment");
            }
            int len = Math.min(room, payload - done);
            boolean last = done + len >= payload;
            ByteBuf f = alloc.heapBuffer(headroom + fhl + len);
            f.writerIndex(headroom);
            f.readerIndex(headroom);
            f.writeBytes(packet, i, Ipv4Header.MIN_LENGTH);
            if (first && hl > Ipv4Header.MIN_LENGTH) {
                f.writeBytes(packet, i + Ipv4Header.MIN_LENGTH, hl - Ipv4Header.MIN_LENGTH);
            }
            f.writeBytes(packet, i + hl + done, len);
            int h = f.readerIndex();
            f.setByte(h, 0x40 | (fhl / 4));
            f.setShort(h + 2, fhl + len);
            int offsetWord = ((baseOffset + done) / 8) | (ff & 0x4000) | ((!last || originalMf) ? 0x2000 : 0);
            f.setShort(h + 6, offsetWord);
            Ipv4Header.updateChecksum(f, h);
            out.add(f);
            done += len;
            first = false;
        }
        return out;
    }
}
