package iosim.dataplane.ipsec;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.dataplane.ipsec.crypto.EspTransform;
import iosim.dataplane.ipsec.crypto.IntegrityAlgorithm;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tunnel-mode ESP built around the inner packet where it lies (an exclusively held heap buffer
 * with headroom) must be byte for byte what the copying path builds, and must never touch a
 * buffer someone else still holds.
 */
class EspInPlaceTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(EspTransform.aesGcm16(256), null),
                Arguments.of(EspTransform.aesGcm16(128), new UdpEncapsulation(4500, 4500)),
                Arguments.of(EspTransform.aesCbc(256, IntegrityAlgorithm.HMAC_SHA2_256_128), null),
                Arguments.of(EspTransform.chacha20Poly1305(), new UdpEncapsulation(4501, 4500)));
    }

    private static EnginePair pair(EspTransform t, UdpEncapsulation udp) {
        return new EnginePair().install(IpsecProtocol.ESP, t, IpsecMode.TUNNEL, udp, false, 64,
                SaLifetime.IOS_DEFAULT, 0x1000, 0x2000, 11);
    }

    /** The packet in a heap buffer with {@code headroom} free bytes in front and room behind. */
    private static ByteBuf withHeadroom(ByteBuf packet, int headroom) {
        ByteBuf b = Unpooled.buffer(headroom + packet.readableBytes() + 64);
        b.setIndex(headroom, headroom);
        b.writeBytes(packet);
        packet.release();
        return b;
    }

    @ParameterizedTest(name = "{0} udp {1}")
    @MethodSource("cases")
    void inPlaceEqualsCopyAndDecapsulates(EspTransform t, UdpEncapsulation udp) {
        EnginePair copying = pair(t, udp);
        EnginePair inPlace = pair(t, udp);
        byte[] inner = Packets.bytes(Packets.icmpEcho(EnginePair.A_HOST, EnginePair.B_HOST, 1000, 1));
        if (t.encryption().isAead()) {
            // same keys, same sequence number: the AEAD output is deterministic, so compare bytes
            // (CBC draws a random IV per packet)
            byte[] viaCopy = Packets.bytes(copying.protectAtA(Unpooled.wrappedBuffer(inner.clone())));
            ByteBuf buf = withHeadroom(Unpooled.wrappedBuffer(inner.clone()), 64);
            ByteBuf out = inPlace.protectAtA(buf);
            assertThat(out).as("built where the inner packet lay").isSameAs(buf);
            assertThat(Packets.bytes(out)).isEqualTo(viaCopy);
            out.release();
        }
        ByteBuf buf = withHeadroom(Unpooled.wrappedBuffer(inner.clone()), 64);
        ByteBuf out = inPlace.protectAtA(buf);
        assertThat(out).isSameAs(buf);
        InboundResult r = inPlace.b.processInbound(EnginePair.IF, out);
        ByteBuf got = ((InboundResult.Decapsulated) r).inner();
        assertThat(Packets.bytes(got)).isEqualTo(inner);
        got.release();
    }

    @ParameterizedTest(name = "{0} udp {1}")
    @MethodSource("cases")
    void sharedOrCrampedBuffersAreCopiedNotOverwritten(EspTransform t, UdpEncapsulation udp) {
        EnginePair p = pair(t, udp);
        byte[] inner = Packets.bytes(Packets.icmpEcho(EnginePair.A_HOST, EnginePair.B_HOST, 600, 1));
        ByteBuf shared = withHeadroom(Unpooled.wrappedBuffer(inner.clone()), 64);
        shared.retain();                                    // someone else holds it too
        ByteBuf out = p.protectAtA(shared);
        assertThat(out).isNotSameAs(shared);
        assertThat(shared.refCnt()).isEqualTo(1);
        assertThat(Packets.bytes(shared)).isEqualTo(inner);
        shared.release();
        out.release();
        ByteBuf cramped = withHeadroom(Unpooled.wrappedBuffer(inner.clone()), 20);   // no room for the headers
        ByteBuf out2 = p.protectAtA(cramped);
        assertThat(out2).isNotSameAs(cramped);
        assertThat(cramped.refCnt()).isZero();
        InboundResult r = p.b.processInbound(EnginePair.IF, out2);
        ByteBuf got = ((InboundResult.Decapsulated) r).inner();
        assertThat(Packets.bytes(got)).isEqualTo(inner);
        got.release();
    }
}
