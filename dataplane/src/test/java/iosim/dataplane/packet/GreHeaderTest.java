package iosim.dataplane.packet;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

class GreHeaderTest {

    @Test
    void plainHeaderIsFourBytes() {
        GreHeader.Decoded d = GreHeader.decode(Unpooled.wrappedBuffer(ByteBufUtil.decodeHexDump("00000800" + "45")), 0, 5);
        assertThat(d.ok()).isTrue();
        assertThat(d.header().length()).isEqualTo(4);
        assertThat(d.header().protocolType()).isEqualTo(GreHeader.PROTO_IPV4);
        assertThat(d.header().keyPresent()).isFalse();
    }

    @Test
    void keyAndSequenceOfRfc2890() {
        // K and S set, key 0x00003039 (12345), sequence 7
        ByteBuf b = Unpooled.wrappedBuffer(ByteBufUtil.decodeHexDump("30000800" + "00003039" + "00000007"));
        GreHeader h = GreHeader.decode(b, 0, 12).header();
        assertThat(h.keyPresent()).isTrue();
        assertThat(h.key()).isEqualTo(12345);
        assertThat(h.sequencePresent()).isTrue();
        assertThat(h.sequence()).isEqualTo(7);
        assertThat(h.length()).isEqualTo(12);
    }

    @Test
    void writesWhatItReadsWithAValidChecksum() {
        GreHeader h = new GreHeader(true, true, false, GreHeader.PROTO_IPV4, 0xfffffffeL, 0);
        ByteBuf b = Unpooled.buffer(32).writeZero(32);
        h.set(b, 0);
        for (int i = h.length(); i < 32; i++) {
            b.setByte(i, i * 7);
        }
        GreHeader.fillChecksum(b, 0, 32);
        assertThat(ByteBufUtil.hexDump(b, 0, 4)).isEqualTo("a0000800");
        GreHeader.Decoded d = GreHeader.decode(b, 0, 32);
        assertThat(d.ok()).isTrue();
        assertThat(d.header()).isEqualTo(h);
        b.setByte(20, b.getByte(20) ^ 0x10);
        assertThat(GreHeader.decode(b, 0, 32).problem()).isEqualTo(GreHeader.Problem.BAD_CHECKSUM);
    }

    @Test
    void rejectsWhatRfc2784ReceiversDiscard() {
        assertThat(GreHeader.decode(hex("00010800"), 0, 4).problem()).isEqualTo(GreHeader.Problem.BAD_VERSION);
        assertThat(GreHeader.decode(hex("40000800"), 0, 4).problem()).isEqualTo(GreHeader.Problem.UNSUPPORTED_FLAGS);
        assertThat(GreHeader.decode(hex("08000800"), 0, 4).problem()).isEqualTo(GreHeader.Problem.UNSUPPORTED_FLAGS);
        assertThat(GreHeader.decode(hex("0008"), 0, 2).problem()).isEqualTo(GreHeader.Problem.TRUNCATED);
        assertThat(GreHeader.decode(hex("20000800"), 0, 4).problem()).isEqualTo(GreHeader.Problem.TRUNCATED);
        // bits 6-12 are ignored on receipt
        assertThat(GreHeader.decode(hex("00f80800"), 0, 4).ok()).isTrue();
    }

    private static ByteBuf hex(String s) {
        return Unpooled.wrappedBuffer(ByteBufUtil.decodeHexDump(s));
    }
}
