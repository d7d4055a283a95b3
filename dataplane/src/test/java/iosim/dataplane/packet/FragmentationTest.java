package iosim.dataplane.packet;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledByteBufAllocator;
import java.util.List;
import org.junit.jupiter.api.Test;

class FragmentationTest {
    private static final UnpooledByteBufAllocator ALLOC = UnpooledByteBufAllocator.DEFAULT;

    static ByteBuf packet(int total) {
        ByteBuf b = ALLOC.buffer();
        Ipv4Header.write(b, 0, total, 99, 0, 64, 17, Ipv4Address.parse("10.0.0.1"), Ipv4Address.parse("10.0.0.2"));
        byte[] payload = new byte[total - 20];
        for (int i = 0; i < payload.length; i++) {
            payload[i] = (byte) (i * 7);
        }
        return b.writeBytes(payload);
    }

    @Test
    void fragmentsFitTheMtuAndCarryOffsets() {
        ByteBuf p = packet(3000);
        List<ByteBuf> frags = Fragmenter.fragment(p, 1500, ALLOC, 14);
        assertThat(frags).hasSize(3);
        int offset = 0;
        for (int n = 0; n < frags.size(); n++) {
            ByteBuf f = frags.get(n);
            Ipv4Header h = Ipv4Header.decode(f).header();
            assertThat(h.totalLength()).isLessThanOrEqualTo(1500);
            assertThat(h.fragmentOffset()).isEqualTo(offset);
            assertThat(h.moreFragments()).isEqualTo(n < 2);
            assertThat(h.identification()).isEqualTo(99);
            assertThat(f.readerIndex()).isEqualTo(14);
            offset += h.payloadLength();
        }
        assertThat(offset).isEqualTo(2980);
        assertThat(frags.get(0).readableBytes()).isEqualTo(1500);
        p.release();
        frags.forEach(ByteBuf::release);
    }
}
