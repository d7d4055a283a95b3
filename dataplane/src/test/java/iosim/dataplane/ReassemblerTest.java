package iosim.dataplane;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.UnpooledByteBufAllocator;
import iosim.dataplane.packet.Fragmenter;
import iosim.dataplane.packet.Ipv4Address;
import iosim.dataplane.packet.Ipv4Header;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReassemblerTest {
    private static final UnpooledByteBufAllocator ALLOC = UnpooledByteBufAllocator.DEFAULT;

    private static ByteBuf packet(int total, int id) {
        ByteBuf b = ALLOC.buffer();
        Ipv4Header.write(b, 0, total, id, 0, 64, 17, Ipv4Address.parse("10.0.0.1"), Ipv4Address.parse("10.0.0.2"));
        byte[] payload = new byte[total - 20];
        new Random(id).nextBytes(payload);
        return b.writeBytes(payload);
    }

    @Test
    void reassemblesFragmentsInAnyOrder() {
        Reassembler r = new Reassembler(ALLOC);
        ByteBuf original = packet(5000, 1);
        List<ByteBuf> frags = Fragmenter.fragment(original, 1400, ALLOC, 0);
        Collections.reverse(frags);
        ByteBuf out = null;
        for (ByteBuf f : frags) {
            assertThat(out).isNull();
            out = r.add(f, 0, 14);
        }
        assertThat(out).isNotNull();
        assertThat(out.readerIndex()).isEqualTo(14);
        Ipv4Header.Decoded d = Ipv4Header.decode(out);
        assertThat(d.ok()).isTrue();
        assertThat(d.header().isFragment()).isFalse();
        assertThat(ByteBufUtil.equals(out, original)).isTrue();
        assertThat(r.inProgress()).isZero();
        assertThat(r.reassembled).isEqualTo(1);
        original.release();
        out.release();
    }

    @Test
    void incompleteDatagramsTimeOutAndMemoryIsBounded() {
        Reassembler r = new Reassembler(ALLOC);
        r.setTimeoutNanos(1_000);
        for (int id = 0; id < Reassembler.MAX_DATAGRAMS + 10; id++) {
            ByteBuf p = packet(3000, id);
            List<ByteBuf> frags = Fragmenter.fragment(p, 1400, ALLOC, 0);
            p.release();
            assertThat(r.add(frags.get(0), id, 0)).isNull();
            frags.subList(1, frags.size()).forEach(ByteBuf::release);
        }
        assertThat(r.inProgress()).isEqualTo(Reassembler.MAX_DATAGRAMS);
        assertThat(r.failures).isEqualTo(10);
        r.expire(1_000_000);
        assertThat(r.inProgress()).isZero();
        assertThat(r.timeouts).isEqualTo(Reassembler.MAX_DATAGRAMS);
    }

    @Test
    void overlappingFragmentsDiscardTheDatagram() {
        Reassembler r = new Reassembler(ALLOC);
        ByteBuf p = packet(3000, 5);
        List<ByteBuf> frags = Fragmenter.fragment(p, 1400, ALLOC, 0);
        p.release();
        ByteBuf dup = frags.get(0).copy();
        assertThat(r.add(frags.get(0), 0, 0)).isNull();
        assertThat(r.add(dup, 0, 0)).isNull();
        assertThat(r.failures).isEqualTo(1);
        assertThat(r.inProgress()).isZero();
        frags.subList(1, frags.size()).forEach(ByteBuf::release);
    }
}
