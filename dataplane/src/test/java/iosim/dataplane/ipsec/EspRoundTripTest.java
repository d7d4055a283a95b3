package iosim.dataplane.ipsec;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.dataplane.ipsec.crypto.EncryptionAlgorithm;
import iosim.dataplane.ipsec.crypto.EspTransform;
import iosim.dataplane.ipsec.crypto.IntegrityAlgorithm;
import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EspRoundTripTest {

    static Stream<Arguments> transforms() {
        List<EspTransform> ts = List.of(
                EspTransform.aesGcm16(128), EspTransform.aesGcm16(256),
                new EspTransform(EncryptionAlgorithm.AES_GCM_12, 192, IntegrityAlgorithm.NONE),
                new EspTransform(EncryptionAlgorithm.AES_GCM_8, 256, IntegrityAlgorithm.NONE),
                EspTransform.chacha20Poly1305(),
                EspTransform.aesCbc(128, IntegrityAlgorithm.HMAC_SHA1_96),
                EspTransform.aesCbc(256, IntegrityAlgorithm.HMAC_SHA2_256_128),
                EspTransform.aesCbc(192, IntegrityAlgorithm.HMAC_SHA2_384_192),
                EspTransform.aesCbc(256, IntegrityAlgorithm.HMAC_SHA2_512_256),
                new EspTransform(EncryptionAlgorithm.NULL, 0, IntegrityAlgorithm.HMAC_SHA2_256_128),
                new EspTransform(EncryptionAlgorithm.TDES_CBC, 192, IntegrityAlgorithm.HMAC_MD5_96),
                new EspTransform(EncryptionAlgorithm.DES_CBC, 64, IntegrityAlgorithm.HMAC_SHA1_96),
                new EspTransform(EncryptionAlgorithm.NULL, 0, IntegrityAlgorithm.HMAC_MD5_96),
                EspTransform.aesCbc(128, IntegrityAlgorithm.HMAC_MD5_96));
        List<Arguments> out = new ArrayList<>();
        for (EspTransform t : ts) {
            for (IpsecMode m : IpsecMode.values()) {
                out.add(Arguments.of(t, m, false, false));
            }
            out.add(Arguments.of(t, IpsecMode.TUNNEL, true, true));
        }
        out.add(Arguments.of(EspTransform.aesGcm16(256), IpsecMode.TRANSPORT, true, false));
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} udp={2} esn={3}")
    @MethodSource("transforms")
    void espCarriesPacketsBothWays(EspTransform t, IpsecMode mode, boolean udp, boolean esn) {
        EnginePair p = new EnginePair(mode == IpsecMode.TRANSPORT)
                .install(IpsecProtocol.ESP, t, mode, udp ? UdpEncapsulation.standard() : null, esn, 64,
                        SaLifetime.IOS_DEFAULT, 0x1001, 0x2002, 7);
        for (int size : new int[] {28, 29, 64, 100, 1400}) {
            ByteBuf inner = Packets.icmpEcho(p.aSrc, p.bSrc, size, size);
            byte[] expected = Packets.bytes(inner);
            ByteBuf outer = p.protectAtA(inner);
            byte[] o = Packets.bytes(outer);
            assertThat(Ipv4Header.protocol(o, 0)).isEqualTo(udp ? 17 : 50);
            int espOff = udp ? 28 : 20;
            assertThat(Ipv4Header.source(o, 0)).isEqualTo(EnginePair.A_OUTER);
            assertThat(Ipv4Header.destination(o, 0)).isEqualTo(EnginePair.B_OUTER);
            assertThat(Ipv4Header.fold(Ipv4Header.sum(o, 0, 20))).as("outer header checksum").isZero();
            assertThat(Ipv4Header.totalLength(o, 0)).isEqualTo(o.length);
            if (udp) {
                assertThat(Ipv4Header.u16(o, 22)).isEqualTo(4500);
                assertThat(Ipv4Header.u16(o, 26)).as("UDP checksum zero (RFC 3948)").isZero();
            }
            assertThat(iosim.dataplane.ipsec.crypto.SequenceBytes.getInt(o, espOff)).isEqualTo(0x1001);
            int expectedLen = (mode == IpsecMode.TUNNEL ? 20 : 20) + (udp ? 8 : 0) + 8 + t.ivLength()
                    + (mode == IpsecMode.TUNNEL ? size : size - 20)
                    + EspCodec.paddingFor(mode == IpsecMode.TUNNEL ? size : size - 20, t.blockSize()) + 2
                    + t.icvLength();
            assertThat(o.length).isEqualTo(expectedLen);

            InboundResult r = p.b.processInbound(EnginePair.IF, outer);
            assertThat(r).isInstanceOf(InboundResult.Decapsulated.class);
            ByteBuf got = ((InboundResult.Decapsulated) r).inner();
            byte[] g = Packets.bytes(got);
            if (mode == IpsecMode.TUNNEL) {
                assertThat(g).isEqualTo(expected);
            } else {
                assertThat(g.length).isEqualTo(expected.length);
                assertThat(java.util.Arrays.copyOfRange(g, 20, g.length))
                        .isEqualTo(java.util.Arrays.copyOfRange(expected, 20, expected.length));
                assertThat(Ipv4Header.protocol(g, 0)).isEqualTo(1);
                assertThat(Ipv4Header.fold(Ipv4Header.sum(g, 0, 20))).isZero();
            }
            got.release();
        }
        // and back from B to A
        ByteBuf back = Packets.icmpEcho(p.bSrc, p.aSrc, 84, 1);
        byte[] expected = Packets.bytes(back);
        OutboundResult o = p.b.processOutbound(EnginePair.IF, back);
        InboundResult r = p.a.processInbound(EnginePair.IF, ((OutboundResult.Protected) o).packet());
        assertThat(Packets.bytes(((InboundResult.Decapsulated) r).inner()).length).isEqualTo(expected.length);

        IpsecCounters ca = p.a.snapshot().get(0).counters();
        IpsecCounters cb = p.b.snapshot().get(0).counters();
        boolean encrypts = t.encryption() != EncryptionAlgorithm.NULL;
        assertThat(ca.encaps()).isEqualTo(5);
        assertThat(ca.encrypt()).isEqualTo(encrypts ? 5 : 0);
        assertThat(ca.digest()).isEqualTo(5);
        assertThat(ca.decaps()).isEqualTo(1);
        assertThat(cb.decaps()).isEqualTo(5);
        assertThat(cb.decrypt()).isEqualTo(encrypts ? 5 : 0);
        assertThat(cb.verify()).isEqualTo(5);
        assertThat(cb.recvErrors()).isZero();
        assertThat(ca.sendErrors()).isZero();
    }

    /**
     * RFC 3948 section 3.1.2: in transport mode behind a NAT the inner UDP/TCP checksum covers the
     * sender's original address; after decapsulation it must be made valid for the address seen.
     */
    @org.junit.jupiter.api.Test
    void transportModeNatTFixesTheInnerChecksumAfterTheNatRewroteTheSource() {
        EnginePair p = new EnginePair(true).install(IpsecProtocol.ESP, EspTransform.aesGcm16(128),
                IpsecMode.TRANSPORT, UdpEncapsulation.standard(), false, 64, SaLifetime.IOS_DEFAULT, 0x5001, 0x5002, 3);
        ByteBuf udp = Packets.udp(p.aSrc, p.bSrc, 1234, 53, "hello, dns".getBytes());
        byte[] outer = Packets.bytes(p.protectAtA(udp));
        int natPublic = Ipv4Addresses.parse("100.64.0.9");
        iosim.dataplane.ipsec.crypto.SequenceBytes.putInt(outer, 12, natPublic);   // the NAT rewrites the source
        Ipv4Header.fillChecksum(outer, 0);
        InboundResult r = p.b.processInbound(EnginePair.IF, io.netty.buffer.Unpooled.wrappedBuffer(outer));
        byte[] in = Packets.bytes(((InboundResult.Decapsulated) r).inner());
        assertThat(Ipv4Header.protocol(in, 0)).isEqualTo(17);
        assertThat(Ipv4Header.source(in, 0)).isEqualTo(natPublic);
        long sum = Ipv4Header.sum(in, 12, 8) + 17 + (in.length - 20) + Ipv4Header.sum(in, 20, in.length - 20);
        assertThat(Ipv4Header.fold(sum)).as("inner UDP checksum valid for the address seen").isZero();
        assertThat(new String(in, 28, in.length - 28)).isEqualTo("hello, dns");
    }

    /** RFC 3948 section 3.1.2 / 3.2: the receiver accepts a UDP-encapsulated ESP packet whatever its UDP checksum. */
    @org.junit.jupiter.api.Test
    void udpEncapsulatedEspIsAcceptedWithAnyUdpChecksum() {
        EnginePair p = new EnginePair().install(IpsecProtocol.ESP, EspTransform.aesGcm16(256), IpsecMode.TUNNEL,
                UdpEncapsulation.standard(), false, 64, SaLifetime.IOS_DEFAULT, 0x1001, 0x2002, 7);
        for (int checksum : new int[] {0x0000, 0x1234, 0xffff}) {
            ByteBuf inner = Packets.icmpEcho(p.aSrc, p.bSrc, 100, checksum);
            byte[] expected = Packets.bytes(inner);
            byte[] o = Packets.bytes(p.protectAtA(inner));
            Ipv4Header.put16(o, 26, checksum);      // a NAT or a peer that fills it (not verifiable: the NAT changed addresses)
            InboundResult r = p.b.processInbound(EnginePair.IF, io.netty.buffer.Unpooled.wrappedBuffer(o));
            assertThat(r).as("checksum %04x", checksum).isInstanceOf(InboundResult.Decapsulated.class);
            ByteBuf got = ((InboundResult.Decapsulated) r).inner();
            assertThat(Packets.bytes(got)).isEqualTo(expected);
            got.release();
        }
    }

    @ParameterizedTest(name = "AH {0} {1}")
    @MethodSource("ahCases")
    void ahCarriesPacketsAndDetectsTampering(IntegrityAlgorithm integ, IpsecMode mode, boolean esn) {
        EspTransform t = new EspTransform(EncryptionAlgorithm.NULL, 0, integ);
        EnginePair p = new EnginePair(mode == IpsecMode.TRANSPORT)
                .install(IpsecProtocol.AH, t, mode, null, esn, 64, SaLifetime.IOS_DEFAULT, 0x3001, 0x3002, 5);
        ByteBuf inner = Packets.icmpEcho(p.aSrc, p.bSrc, 100, 9);
        byte[] expected = Packets.bytes(inner);
        ByteBuf outer = p.protectAtA(inner);
        byte[] o = Packets.bytes(outer);
        assertThat(Ipv4Header.protocol(o, 0)).isEqualTo(51);
        assertThat(Ipv4Header.fold(Ipv4Header.sum(o, 0, 20))).isZero();
        // a router on the way lowers the TTL (mutable: still verifies) ...
        byte[] aged = o.clone();
        aged[8]--;
        Ipv4Header.fillChecksum(aged, 0);
        InboundResult r = p.b.processInbound(EnginePair.IF, io.netty.buffer.Unpooled.wrappedBuffer(aged));
        byte[] g = Packets.bytes(((InboundResult.Decapsulated) r).inner());
        assertThat(java.util.Arrays.copyOfRange(g, 20, g.length))
                .isEqualTo(java.util.Arrays.copyOfRange(expected, 20, expected.length));
        // ... but a changed payload byte or address does not
        byte[] forged = o.clone();
        forged[o.length - 1] ^= 1;
        assertThat(p.b.processInbound(EnginePair.IF, io.netty.buffer.Unpooled.wrappedBuffer(forged)))
                .isEqualTo(new InboundResult.Dropped(DropReason.REPLAYED));
        ByteBuf second = p.protectAtA(Packets.icmpEcho(p.aSrc, p.bSrc, 100, 10));
        byte[] s = Packets.bytes(second);
        s[s.length - 1] ^= 1;
        assertThat(p.b.processInbound(EnginePair.IF, io.netty.buffer.Unpooled.wrappedBuffer(s)))
                .isEqualTo(new InboundResult.Dropped(DropReason.AUTH_FAILED));
        assertThat(p.b.snapshot().get(0).counters().verifyFailed()).isEqualTo(1);
        assertThat(p.b.snapshot().get(0).inbound().get(0).protocol()).isEqualTo(IpsecProtocol.AH);
        assertThat(p.b.snapshot().get(0).inbound().get(0).transform().integrity()).isEqualTo(integ);
    }

    static Stream<Arguments> ahCases() {
        return Stream.of(
                Arguments.of(IntegrityAlgorithm.HMAC_SHA1_96, IpsecMode.TUNNEL, false),
                Arguments.of(IntegrityAlgorithm.HMAC_SHA2_256_128, IpsecMode.TUNNEL, true),
                Arguments.of(IntegrityAlgorithm.HMAC_SHA2_256_128, IpsecMode.TRANSPORT, false));
    }
}
