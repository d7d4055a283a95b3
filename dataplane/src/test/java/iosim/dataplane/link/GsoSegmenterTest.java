package iosim.dataplane.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import iosim.dataplane.packet.InternetChecksum;
import iosim.dataplane.packet.Ipv4Header;
import java.util.List;
import org.junit.jupiter.api.Test;

class GsoSegmenterTest {
    private static final int SRC = 0xc0a8010a;   // 192.168.1.10
    private static final int DST = 0x0a00000a;   // 10.0.0.10
    private static final ByteBufAllocator ALLOC = ByteBufAllocator.DEFAULT;

    /** An Ethernet + IPv4 (DF) + transport super-frame with {@code payload} bytes 0,1,2,... */
    private static ByteBuf superFrame(int proto, int payload, int flags, boolean partialChecksum) {
        int l4h = proto == 6 ? 32 : 8;                // TCP with 12 bytes of options (timestamps)
        int ipLen = 20 + l4h + payload;
        ByteBuf f = Unpooled.buffer(14 + ipLen);
        f.writeBytes(new byte[] {2, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 2, 8, 0});
        f.writeByte(0x45).writeByte(0).writeShort(ipLen & 0xffff).writeShort(100).writeShort(0x4000)
                .writeByte(64).writeByte(proto).writeShort(0).writeInt(SRC).writeInt(DST);
        Ipv4Header.updateChecksum(f, 14);
        int l4 = f.writerIndex();
        if (proto == 6) {
            f.writeShort(40000).writeShort(5399).writeInt(1000).writeInt(77).writeByte(8 << 4).writeByte(flags)
                    .writeShort(502).writeShort(0).writeShort(0);
            f.writeBytes(new byte[] {1, 1, 8, 10, 0, 0, 0, 1, 0, 0, 0, 2});
        } else {
            f.writeShort(40000).writeShort(5399).writeShort(l4h + payload).writeShort(0);
        }
        for (int i = 0; i < payload; i++) {
            f.writeByte(i);
        }
        if (partialChecksum) {
            // what the sender's kernel leaves: the pseudo-header sum, not complemented
            int sum = InternetChecksum.finish(InternetChecksum.pseudoHeaderSum(SRC, DST, proto, l4h + payload));
            f.setShort(l4 + (proto == 6 ? 16 : 6), ~sum & 0xffff);
        }
        return f;
    }

    private static boolean transportChecksumOk(ByteBuf s) {
        int ip = s.readerIndex() + 14;
        int len = Ipv4Header.totalLength(s, ip) - 20;
        long sum = InternetChecksum.pseudoHeaderSum(SRC, DST, Ipv4Header.protocol(s, ip), len)
                + InternetChecksum.sum(s, ip + 20, len);
        return InternetChecksum.finish(sum) == 0;
    }

    @Test
    void tcpSuperFrameIsCutIntoSegmentsWithSequenceNumbersFlagsAndChecksums() {
        int mss = 1386;
        int payload = 3 * mss + 500;
        ByteBuf f = superFrame(6, payload, 0x18 | 0x80 | 0x01, true); // PSH ACK CWR FIN
        VnetHeader h = new VnetHeader(VnetHeader.F_NEEDS_CSUM, VnetHeader.GSO_TCPV4, 66, mss, 34, 16);
        GsoSegmenter.Result r = GsoSegmenter.process(f, h, ALLOC, 16);
        assertThat(r.segmented()).isTrue();
        List<ByteBuf> s = r.frames();
        assertThat(s).hasSize(4);
        int expectedData = 0;
        for (int k = 0; k < s.size(); k++) {
            ByteBuf seg = s.get(k);
            int ip = seg.readerIndex() + 14;
            int tcp = ip + 20;
            int data = k < 3 ? mss : 500;
            assertThat(Ipv4Header.totalLength(seg, ip)).isEqualTo(20 + 32 + data);
            assertThat(seg.readableBytes()).isEqualTo(14 + 20 + 32 + data);
            assertThat(InternetChecksum.verifies(seg, ip, 20)).isTrue();
            assertThat(seg.getUnsignedShort(ip + 4)).isEqualTo(100 + k);
            assertThat(seg.getUnsignedShort(ip + 6)).isEqualTo(0x4000);
            assertThat(seg.getUnsignedInt(tcp + 4)).isEqualTo(1000L + (long) k * mss);
            int flags = seg.getUnsignedByte(tcp + 13);
            assertThat((flags & 0x80) != 0).as("CWR on the first only").isEqualTo(k == 0);
            assertThat((flags & 0x09) != 0).as("FIN/PSH on the last only").isEqualTo(k == 3);
            assertThat(flags & 0x10).as("ACK on all").isEqualTo(0x10);
            assertThat((int) seg.getUnsignedByte(tcp + 32)).isEqualTo(expectedData & 0xff);
            assertThat(transportChecksumOk(seg)).isTrue();
            expectedData += data;
            seg.release();
        }
        assertThat(f.refCnt()).isZero();
    }

    @Test
    void udpL4SuperFrameBecomesOneDatagramPerSegment() {
        ByteBuf f = superFrame(17, 2 * 1400 + 10, 0, true);
        VnetHeader h = new VnetHeader(VnetHeader.F_NEEDS_CSUM, VnetHeader.GSO_UDP_L4, 42, 1400, 34, 6);
        List<ByteBuf> s = GsoSegmenter.process(f, h, ALLOC, 0).frames();
        assertThat(s).hasSize(3);
        for (int k = 0; k < 3; k++) {
            ByteBuf seg = s.get(k);
            int udp = seg.readerIndex() + 34;
            assertThat(seg.getUnsignedShort(udp + 4)).isEqualTo(8 + (k < 2 ? 1400 : 10));
            assertThat(transportChecksumOk(seg)).isTrue();
            seg.release();
        }
    }

    @Test
    void partialChecksumOfAPlainFrameIsCompleted() {
        ByteBuf f = superFrame(6, 300, 0x18, true);
        assertThat(transportChecksumOk(f)).isFalse();
        VnetHeader h = new VnetHeader(VnetHeader.F_NEEDS_CSUM, VnetHeader.GSO_NONE, 0, 0, 34, 16);
        GsoSegmenter.Result r = GsoSegmenter.process(f, h, ALLOC, 0);
        assertThat(r.checksumCompleted()).isTrue();
        assertThat(r.frames()).containsExactly(f);
        assertThat(transportChecksumOk(f)).isTrue();
        f.release();
    }

    @Test
    void malformedOrUnsupportedSuperFramesAreDroppedNotThrown() {
        ByteBuf tiny = Unpooled.wrappedBuffer(new byte[20]);
        assertThat(GsoSegmenter.process(tiny, new VnetHeader(0, VnetHeader.GSO_TCPV4, 0, 1000, 0, 0), ALLOC, 0).dropped()).isTrue();
        ByteBuf v6 = superFrame(6, 3000, 0x10, false);
        assertThat(GsoSegmenter.process(v6, new VnetHeader(0, VnetHeader.GSO_TCPV6, 0, 1000, 0, 0), ALLOC, 0).dropped()).isTrue();
        ByteBuf zeroMss = superFrame(6, 3000, 0x10, false);
        assertThat(GsoSegmenter.process(zeroMss, new VnetHeader(0, VnetHeader.GSO_TCPV4, 0, 0, 0, 0), ALLOC, 0).dropped()).isTrue();
        ByteBuf badOffsets = superFrame(6, 100, 0x10, false);
        GsoSegmenter.Result r = GsoSegmenter.process(badOffsets, new VnetHeader(1, 0, 0, 0, 60000, 16), ALLOC, 0);
        assertThat(r.checksumCompleted()).isFalse();
        r.frames().forEach(ByteBuf::release);
    }

    @Test
    void headerDecodesLittleEndian() {
        byte[] b = {1, 1, 66, 0, 0x6a, 0x05, 34, 0, 16, 0};
        assertThat(VnetHeader.decode(b, 0)).isEqualTo(new VnetHeader(1, 1, 66, 1386, 34, 16));
    }
}
