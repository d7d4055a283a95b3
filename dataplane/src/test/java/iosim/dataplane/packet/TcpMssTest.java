package iosim.dataplane.packet;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

class TcpMssTest {
    private static final int SRC = 0xc0a8010a;
    private static final int DST = 0x0a00000a;

    /** IPv4 + TCP with the given flags and options (padded to a multiple of 4 with END). */
    private static ByteBuf segment(int flags, byte... options) {
        int optLen = (options.length + 3) / 4 * 4;
        int tcpLen = 20 + optLen;
        ByteBuf b = Unpooled.buffer();
        b.writeByte(0x45).writeByte(0).writeShort(20 + tcpLen).writeShort(1).writeShort(0x4000)
                .writeByte(64).writeByte(6).writeShort(0).writeInt(SRC).writeInt(DST);
        Ipv4Header.updateChecksum(b, 0);
        b.writeShort(40000).writeShort(80).writeInt(1).writeInt(0).writeByte((tcpLen / 4) << 4).writeByte(flags)
                .writeShort(64240).writeShort(0).writeShort(0);
        b.writeBytes(options).writeZero(optLen - options.length);
        b.setShort(36, InternetChecksum.finish(InternetChecksum.pseudoHeaderSum(SRC, DST, 6, tcpLen)
                + InternetChecksum.sum(b, 20, tcpLen)));
        return b;
    }

    private static boolean checksumOk(ByteBuf b) {
        int len = b.readableBytes() - 20;
        return InternetChecksum.finish(InternetChecksum.pseudoHeaderSum(SRC, DST, 6, len) + InternetChecksum.sum(b, 20, len)) == 0;
    }

    @Test
    void synMssIsLoweredWithAValidChecksum() {
        ByteBuf syn = segment(0x02, (byte) 2, (byte) 4, (byte) 0x05, (byte) 0xb4, (byte) 4, (byte) 2); // MSS 1460, SACK ok
        assertThat(checksumOk(syn)).isTrue();
        assertThat(TcpMss.clamp(syn, 0, 1360)).isTrue();
        assertThat(syn.getUnsignedShort(42)).isEqualTo(1360);
        assertThat(checksumOk(syn)).isTrue();
    }

    @Test
    void anMssOnAnOddOffsetIsLoweredToo() {
        ByteBuf syn = segment(0x12, (byte) 1, (byte) 2, (byte) 4, (byte) 0x05, (byte) 0xb4); // NOP, MSS 1460 (SYN-ACK)
        assertThat(TcpMss.clamp(syn, 0, 1200)).isTrue();
        assertThat(syn.getUnsignedShort(43)).isEqualTo(1200);
        assertThat(checksumOk(syn)).isTrue();
    }

    @Test
    void otherSegmentsAndSmallerMssAreLeftAlone() {
        ByteBuf ack = segment(0x10, (byte) 2, (byte) 4, (byte) 0x05, (byte) 0xb4);
        assertThat(TcpMss.clamp(ack, 0, 1360)).isFalse();
        ByteBuf small = segment(0x02, (byte) 2, (byte) 4, (byte) 0x04, (byte) 0x00); // 1024
        assertThat(TcpMss.clamp(small, 0, 1360)).isFalse();
        assertThat(small.getUnsignedShort(42)).isEqualTo(1024);
        ByteBuf none = segment(0x02);
        assertThat(TcpMss.clamp(none, 0, 1360)).isFalse();
        ByteBuf broken = segment(0x02, (byte) 2, (byte) 40, (byte) 0x05, (byte) 0xb4); // option length past the header
        assertThat(TcpMss.clamp(broken, 0, 1360)).isFalse();
        assertThat(TcpMss.clamp(Unpooled.wrappedBuffer(new byte[10]), 0, 1360)).isFalse();
    }
}
