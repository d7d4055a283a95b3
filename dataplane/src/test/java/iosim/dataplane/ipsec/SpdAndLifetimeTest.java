package iosim.dataplane.ipsec;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.dataplane.ipsec.IpsecEvent.Direction;
import iosim.dataplane.ipsec.IpsecEvent.LifetimeKind;
import iosim.dataplane.ipsec.crypto.EspTransform;
import iosim.dataplane.ipsec.crypto.IntegrityAlgorithm;
import iosim.dataplane.ipsec.spd.AddressRangeSelector;
import iosim.dataplane.ipsec.spd.InterfacePolicy;
import iosim.dataplane.ipsec.spd.SpdAction;
import iosim.dataplane.ipsec.spd.SpdEntry;
import io.netty.buffer.ByteBuf;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpdAndLifetimeTest {
    private final EspTransform gcm = EspTransform.aesGcm16(256);

    private static ByteBuf ping(EnginePair p, int size) {
        return Packets.icmpEcho(EnginePair.A_HOST, EnginePair.B_HOST, size, 1);
    }

    @Test
    void protectEntryWithoutSaRaisesOneAcquirePerRetryIntervalAndDrops() {
        EnginePair p = new EnginePair();
        assertThat(p.a.processOutbound(EnginePair.IF, ping(p, 84)))
                .isEqualTo(new OutboundResult.Dropped(DropReason.NO_SA));
        assertThat(p.a.processOutbound(EnginePair.IF, ping(p, 84)))
                .isEqualTo(new OutboundResult.Dropped(DropReason.NO_SA));
        assertThat(p.aEvents).hasSize(1);
        IpsecEvent.Acquire acq = (IpsecEvent.Acquire) p.aEvents.get(0);
        assertThat(acq.entry().id()).isEqualTo("e1");
        assertThat(acq.entry().peer()).isEqualTo(EnginePair.B_OUTER);
        assertThat(acq.packetSource()).isEqualTo(EnginePair.A_HOST);
        assertThat(acq.packetDestination()).isEqualTo(EnginePair.B_HOST);
        assertThat(acq.protocol()).isEqualTo(1);
        p.nowMillis += IpsecEngine.ACQUIRE_RETRY_MILLIS;
        p.a.processOutbound(EnginePair.IF, ping(p, 84));
        assertThat(p.aEvents).hasSize(2);
        IpsecFlowSnapshot s = p.a.snapshot().get(0);
        assertThat(s.counters().noSaSend()).isEqualTo(3);
        assertThat(s.counters().sendErrors()).isEqualTo(3);
        assertThat(s.currentOutboundSpi()).isZero();
        assertThat(s.plaintextMtu()).isEqualTo(1500);
        assertThat(s.inbound()).isEmpty();
        // once the SA is there the same traffic is protected
        p.install(gcm);
        assertThat(p.a.processOutbound(EnginePair.IF, ping(p, 84))).isInstanceOf(OutboundResult.Protected.class);
    }

    @Test
    void dfPacketTooBigForTheTunnelGetsFragmentationNeeded() {
        EnginePair p = new EnginePair().install(gcm);               // plaintext MTU 1446
        ByteBuf big = Packets.icmpEcho(EnginePair.A_HOST, EnginePair.B_HOST, 1447, 1);   // DF set
        OutboundResult r = p.a.processOutbound(EnginePair.IF, big);
        assertThat(r).isInstanceOf(OutboundResult.TooBig.class);
        OutboundResult.TooBig tb = (OutboundResult.TooBig) r;
        assertThat(tb.plaintextMtu()).isEqualTo(1446);
        byte[] icmp = Packets.bytes(tb.icmpError());
        assertThat(Ipv4Header.destination(icmp, 0)).isEqualTo(EnginePair.A_HOST);
        assertThat(Ipv4Header.source(icmp, 0)).isEqualTo(EnginePair.A_OUTER);
        assertThat(icmp[20]).isEqualTo((byte) 3);
        assertThat(icmp[21]).isEqualTo((byte) 4);
        assertThat(Ipv4Header.u16(icmp, 26)).isEqualTo(1446);
        assertThat(Ipv4Header.fold(Ipv4Header.sum(icmp, 20, icmp.length - 20))).isZero();
        assertThat(Ipv4Header.source(icmp, 28)).isEqualTo(EnginePair.A_HOST);   // quoted header
        assertThat(p.a.snapshot().get(0).counters().tooBigSend()).isEqualTo(1);
        assertThat(p.a.snapshot().get(0).counters().encaps()).isZero();
        // exactly the plaintext MTU fits; without DF a bigger one is to be fragmented first (IOS's
        // default), or, fragmenting after encryption, protected whole (the outer gets fragmented)
        assertThat(p.a.processOutbound(EnginePair.IF, Packets.icmpEcho(EnginePair.A_HOST, EnginePair.B_HOST, 1446, 2)))
                .isInstanceOf(OutboundResult.Protected.class);
        ByteBuf noDf = Packets.icmpEcho(EnginePair.A_HOST, EnginePair.B_HOST, 1480, 3);
        noDf.setByte(6, 0);
        Ipv4Header.fillChecksum(noDf.array(), 0);
        assertThat(p.a.processOutbound(EnginePair.IF, noDf)).isEqualTo(new OutboundResult.FragmentFirst(1446));
        assertThat(noDf.refCnt()).as("not consumed: the caller fragments it").isOne();
        p.a.setFragmentBeforeEncryption(false);
        OutboundResult.Protected pr = (OutboundResult.Protected) p.a.processOutbound(EnginePair.IF, noDf);
        assertThat(pr.packet().getByte(pr.packet().readerIndex() + 6) & 0x40).as("outer DF copied (clear)").isZero();
    }

    @Test
    void entriesAreOrderedFirstMatchWins() {
        EnginePair p = new EnginePair();
        int host5 = Ipv4Addresses.parse("10.1.1.5");
        int host6 = Ipv4Addresses.parse("10.1.1.6");
        AddressRangeSelector from5 = new AddressRangeSelector(host5, -1, 0, 0, 0, 0, 0);
        AddressRangeSelector from6 = new AddressRangeSelector(host6, -1, 0, 0, 0, 0, 0);
        p.a.setInterfacePolicy(new InterfacePolicy(EnginePair.IF, EnginePair.A_OUTER, 1500, null, List.of(
                SpdEntry.bypass("deny5", from5),
                new SpdEntry("drop6", SpdAction.DISCARD, from6, 0, "", 0),
                SpdEntry.protect("e1", p.aSel, EnginePair.B_OUTER, "CMAP", 10))));
        p.install(gcm);
        assertThat(p.a.processOutbound(EnginePair.IF, Packets.icmpEcho(host5, EnginePair.B_HOST, 84, 1)))
                .isSameAs(OutboundResult.BYPASS);
        assertThat(p.a.processOutbound(EnginePair.IF, Packets.icmpEcho(host6, EnginePair.B_HOST, 84, 1)))
                .isEqualTo(new OutboundResult.Dropped(DropReason.POLICY_DISCARD));
        assertThat(p.a.processOutbound(EnginePair.IF, ping(p, 84))).isInstanceOf(OutboundResult.Protected.class);
        assertThat(p.a.processOutbound(EnginePair.IF,
                Packets.icmpEcho(EnginePair.A_HOST, Ipv4Addresses.parse("8.8.8.8"), 84, 1)))
                .isSameAs(OutboundResult.BYPASS);
        assertThat(p.a.processOutbound("GigabitEthernet2", ping(p, 84))).isSameAs(OutboundResult.BYPASS);
    }

    @Test
    void ikeOfTheCryptoEndpointAlwaysBypassesEvenAnAnyAnySelector() {
        EnginePair p = new EnginePair();
        p.a.setInterfacePolicy(new InterfacePolicy(EnginePair.IF, EnginePair.A_OUTER, 1500, null,
                List.of(SpdEntry.protect("any", AddressRangeSelector.any(), EnginePair.B_OUTER, "Tunnel0-head-0", 1))));
        ByteBuf ike = Packets.udp(EnginePair.A_OUTER, EnginePair.B_OUTER, 500, 500, new byte[40]);
        assertThat(p.a.processOutbound(EnginePair.IF, ike)).isSameAs(OutboundResult.BYPASS);
        ByteBuf ikeIn = Packets.udp(EnginePair.B_OUTER, EnginePair.A_OUTER, 500, 500, new byte[40]);
        assertThat(p.a.processInbound(EnginePair.IF, ikeIn)).isSameAs(InboundResult.NOT_IPSEC);
        // IKE on 4500 carries the non-ESP marker: handed back as IKE, marker stripped
        byte[] natt = new byte[32];
        natt[4] = 0x42;
        ByteBuf in4500 = Packets.udp(EnginePair.B_OUTER, EnginePair.A_OUTER, 4500, 4500, natt);
        InboundResult r = p.a.processInbound(EnginePair.IF, in4500);
        assertThat(r).isInstanceOf(InboundResult.IkeOnNatTPort.class);
        InboundResult.IkeOnNatTPort ike4500 = (InboundResult.IkeOnNatTPort) r;
        assertThat(ike4500.message().readableBytes()).isEqualTo(28);
        assertThat(ike4500.message().getByte(ike4500.message().readerIndex())).isEqualTo((byte) 0x42);
        assertThat(ike4500.sourcePort()).isEqualTo(4500);
    }

    @Test
    void cleartextPacketThatShouldHaveBeenProtectedIsDropped() {
        EnginePair p = new EnginePair().install(gcm);
        ByteBuf clear = Packets.icmpEcho(EnginePair.B_HOST, EnginePair.A_HOST, 84, 1);
        assertThat(p.a.processInbound(EnginePair.IF, clear))
                .isEqualTo(new InboundResult.Dropped(DropReason.CLEARTEXT_NOT_ALLOWED));
        assertThat(p.a.globalCounters().cleartextDropped()).isEqualTo(1);
        ByteBuf other = Packets.icmpEcho(Ipv4Addresses.parse("8.8.8.8"), EnginePair.A_HOST, 84, 1);
        assertThat(p.a.processInbound(EnginePair.IF, other)).isSameAs(InboundResult.NOT_IPSEC);
    }

    @Test
    void timeLifetimeRaisesSoftThenHardAndRemovesTheSas() {
        EnginePair p = new EnginePair().install(IpsecProtocol.ESP, gcm, IpsecMode.TUNNEL, null, false, 64,
                new SaLifetime(100, 120, 0, 0), 0x1000, 0x2000, 1);
        OutboundSa out = p.a.currentOutboundSa(EnginePair.IF, "e1");
        InboundSa in = p.a.inboundSa(0x2000, EnginePair.A_OUTER);
        p.nowMillis += 99_000;
        p.a.checkLifetimes();
        assertThat(p.aEvents).isEmpty();
        assertThat(p.a.snapshot().get(0).outbound().get(0).remainingSeconds()).isEqualTo(21);
        p.nowMillis += 1_000;
        p.a.checkLifetimes();
        p.a.checkLifetimes();
        assertThat(p.aEvents).containsExactlyInAnyOrder(
                new IpsecEvent.SoftLifetimeExpired(new IpsecEvent.SaRef(EnginePair.IF, "e1", Direction.INBOUND,
                        0x2000, EnginePair.B_OUTER), LifetimeKind.SECONDS),
                new IpsecEvent.SoftLifetimeExpired(new IpsecEvent.SaRef(EnginePair.IF, "e1", Direction.OUTBOUND,
                        0x1000, EnginePair.B_OUTER), LifetimeKind.SECONDS));
        assertThat(p.a.processOutbound(EnginePair.IF, ping(p, 84))).isInstanceOf(OutboundResult.Protected.class);
        p.aEvents.clear();
        p.nowMillis += 20_000;
        p.a.checkLifetimes();
        assertThat(p.aEvents).hasSize(2).allMatch(e -> e instanceof IpsecEvent.HardLifetimeExpired);
        assertThat(out.removed()).isTrue();
        assertThat(out.keysWiped()).isTrue();
        assertThat(in.keysWiped()).isTrue();
        assertThat(p.a.inboundSa(0x2000, EnginePair.A_OUTER)).isNull();
        p.aEvents.clear();
        assertThat(p.a.processOutbound(EnginePair.IF, ping(p, 84)))
                .isEqualTo(new OutboundResult.Dropped(DropReason.NO_SA));
        assertThat(p.aEvents).singleElement().isInstanceOf(IpsecEvent.Acquire.class);
    }

    @Test
    void volumeLifetimeRaisesSoftThenHard() {
        EnginePair p = new EnginePair().install(IpsecProtocol.ESP, gcm, IpsecMode.TUNNEL, null, false, 64,
                new SaLifetime(0, 0, 2, 4), 0x1000, 0x2000, 1);
        for (int i = 0; i < 2; i++) {                       // 2 x 1000 bytes < 2 kB
            p.b.processInbound(EnginePair.IF, p.protectAtA(ping(p, 1000)));
        }
        assertThat(p.aEvents).isEmpty();
        assertThat(p.a.snapshot().get(0).outbound().get(0).remainingKilobytes()).isEqualTo(3);
        p.b.processInbound(EnginePair.IF, p.protectAtA(ping(p, 1000)));
        assertThat(p.aEvents).containsExactly(new IpsecEvent.SoftLifetimeExpired(new IpsecEvent.SaRef(
                EnginePair.IF, "e1", Direction.OUTBOUND, 0x1000, EnginePair.B_OUTER), LifetimeKind.KILOBYTES));
        assertThat(p.bEvents).singleElement().isInstanceOf(IpsecEvent.SoftLifetimeExpired.class);
        for (int i = 0; i < 2; i++) {
            p.b.processInbound(EnginePair.IF, p.protectAtA(ping(p, 1000)));
        }
        assertThat(p.aEvents).hasSize(2);
        assertThat(p.aEvents.get(1)).isInstanceOf(IpsecEvent.HardLifetimeExpired.class);
        assertThat(p.a.currentOutboundSa(EnginePair.IF, "e1")).isNull();
        assertThat(p.b.inboundSa(0x1000, EnginePair.B_OUTER)).isNull();
    }

    @Test
    void sequenceExhaustionRaisesRekeyEventThenStopsSending() {
        EnginePair p = new EnginePair().install(gcm);
        OutboundSa out = p.a.currentOutboundSa(EnginePair.IF, "e1");
        out.skipSequenceTo(0xffffffffL - OutboundSa.EXHAUSTION_MARGIN - 1);
        p.a.processOutbound(EnginePair.IF, ping(p, 84)).getClass();
        assertThat(p.aEvents).isEmpty();
        p.a.processOutbound(EnginePair.IF, ping(p, 84));
        assertThat(p.aEvents).singleElement().isInstanceOf(IpsecEvent.SequenceNumberExhausted.class);
        out.skipSequenceTo(0xffffffffL);
        assertThat(p.a.processOutbound(EnginePair.IF, ping(p, 84))).isInstanceOf(OutboundResult.Protected.class);
        assertThat(p.a.processOutbound(EnginePair.IF, ping(p, 84)))
                .isEqualTo(new OutboundResult.Dropped(DropReason.SEQUENCE_EXHAUSTED));
        assertThat(p.a.snapshot().get(0).counters().replayRolloverSend()).isEqualTo(1);
        assertThat(p.aEvents).hasSize(1);
    }

    @Test
    void esnCarriesTrafficAcrossTheFourBillionMark() {
        EnginePair p = new EnginePair().install(EspTransform.aesCbc(256, IntegrityAlgorithm.HMAC_SHA2_256_128), true);
        p.a.currentOutboundSa(EnginePair.IF, "e1").skipSequenceTo(0xfffffff0L);
        p.b.inboundSa(0x1000, EnginePair.B_OUTER).replayWindow().update(0xffffffefL);
        for (int i = 0; i < 40; i++) {
            assertThat(p.b.processInbound(EnginePair.IF, p.protectAtA(ping(p, 84))))
                    .isInstanceOf(InboundResult.Decapsulated.class);
        }
        assertThat(p.b.inboundSa(0x1000, EnginePair.B_OUTER).replayWindow().highest()).isEqualTo(0x1_0000_0017L);
        assertThat(p.aEvents).isEmpty();
        assertThat(p.b.snapshot().get(0).inbound().get(0).esn()).isTrue();
    }

    @Test
    void rekeyIsMakeBeforeBreak() {
        EnginePair p = new EnginePair().install(gcm);
        SaPairHandle oldA = p.aHandle;
        SaPairHandle oldB = p.bHandle;
        ByteBuf inFlight = p.protectAtA(ping(p, 84));       // sent on the old SA before the rekey
        p.install(IpsecProtocol.ESP, gcm, IpsecMode.TUNNEL, null, false, 64, SaLifetime.IOS_DEFAULT,
                0x1111, 0x2222, 99);
        ByteBuf fresh = p.protectAtA(ping(p, 84));
        assertThat(fresh.getInt(20)).isEqualTo(0x1111);
        assertThat(p.b.processInbound(EnginePair.IF, fresh)).isInstanceOf(InboundResult.Decapsulated.class);
        assertThat(p.b.processInbound(EnginePair.IF, inFlight)).isInstanceOf(InboundResult.Decapsulated.class);
        IpsecFlowSnapshot s = p.a.snapshot().get(0);
        assertThat(s.currentOutboundSpi()).isEqualTo(0x1111);
        assertThat(s.outbound()).extracting(IpsecSaSnapshot::spi).containsExactly(0x1111L, 0x1000L);
        assertThat(s.outbound()).extracting(IpsecSaSnapshot::current).containsExactly(true, false);
        InboundSa oldIn = p.b.inboundSa(0x1000, EnginePair.B_OUTER);
        p.a.removeSaPair(oldA);
        p.b.removeSaPair(oldB);
        assertThat(oldIn.keysWiped()).isTrue();
        assertThat(p.b.snapshot().get(0).inbound()).extracting(IpsecSaSnapshot::spi).containsExactly(0x1111L);
        assertThat(p.b.snapshot().get(0).counters().decaps()).as("cumulative across the rekey").isEqualTo(2);
        ByteBuf late = p.protectAtA(ping(p, 84));
        assertThat(p.b.processInbound(EnginePair.IF, late)).isInstanceOf(InboundResult.Decapsulated.class);
    }

    @Test
    void removingThePolicyEntryWipesItsSas() {
        EnginePair p = new EnginePair().install(gcm);
        InboundSa in = p.b.inboundSa(0x1000, EnginePair.B_OUTER);
        p.b.setInterfacePolicy(new InterfacePolicy(EnginePair.IF, EnginePair.B_OUTER, 1500, null, List.of()));
        assertThat(in.keysWiped()).isTrue();
        assertThat(in.encryptionKey()).isEmpty();
        assertThat(p.b.liveSas()).isEmpty();
        assertThat(p.b.snapshot()).isEmpty();
    }

    @Test
    void clearSasByPeerAndClearCounters() {
        EnginePair p = new EnginePair().install(gcm);
        p.b.processInbound(EnginePair.IF, p.protectAtA(ping(p, 84)));
        assertThat(p.a.snapshot().get(0).counters().encaps()).isEqualTo(1);
        p.a.clearCounters();
        assertThat(p.a.snapshot().get(0).counters().encaps()).isZero();
        p.a.clearSas(Ipv4Addresses.parse("192.0.2.1"));
        assertThat(p.a.liveSas()).hasSize(2);
        p.a.clearSas(EnginePair.B_OUTER);
        assertThat(p.a.liveSas()).isEmpty();
    }

    @Test
    void snapshotCarriesWhatShowCryptoIpsecSaPrints() {
        EnginePair p = new EnginePair().install(EspTransform.aesCbc(256, IntegrityAlgorithm.HMAC_SHA2_256_128), false);
        IpsecFlowSnapshot s = p.a.snapshot().get(0);
        assertThat(s.interfaceName()).isEqualTo(EnginePair.IF);
        assertThat(s.mapTag()).isEqualTo("CMAP");
        assertThat(s.mapSeq()).isEqualTo(10);
        assertThat(s.localIdent().toString()).isEqualTo("(10.1.1.0/255.255.255.0/0/0)");
        assertThat(s.remoteIdent().toString()).isEqualTo("(10.2.2.0/255.255.255.0/0/0)");
        assertThat(s.peer()).isEqualTo(EnginePair.B_OUTER);
        assertThat(s.peerPort()).isEqualTo(500);
        assertThat(s.plaintextMtu()).isEqualTo(1438);       // IOS: tunnel, AES-256-CBC + SHA-256
        assertThat(s.pathMtu()).isEqualTo(1500);
        assertThat(s.ipMtuIdb()).isEqualTo(EnginePair.IF);
        assertThat(s.currentOutboundSpi()).isEqualTo(0x1000);
        IpsecSaSnapshot in = s.inbound().get(0);
        assertThat(in.spi()).isEqualTo(0x2000);
        assertThat(in.transform().keyBits()).isEqualTo(256);
        assertThat(in.mode()).isEqualTo(IpsecMode.TUNNEL);
        assertThat(in.udpEncapsulated()).isFalse();
        assertThat(in.ivSize()).isEqualTo(16);
        assertThat(in.replayWindow()).isEqualTo(64);
        assertThat(in.remainingKilobytes()).isEqualTo(4_608_000);
        assertThat(in.remainingSeconds()).isEqualTo(3600);
        EnginePair g = new EnginePair().install(IpsecProtocol.ESP, gcm, IpsecMode.TUNNEL, UdpEncapsulation.standard(),
                false, 1024, SaLifetime.IOS_DEFAULT, 0x1000, 0x2000, 1);
        IpsecFlowSnapshot gs = g.a.snapshot().get(0);
        assertThat(gs.peerPort()).isEqualTo(4500);
        assertThat(gs.inbound().get(0).udpEncapsulated()).isTrue();
        assertThat(gs.inbound().get(0).transform().encryption().isAead()).isTrue();
        assertThat(gs.inbound().get(0).replayWindow()).isEqualTo(1024);
        assertThat(gs.inbound().get(0).ivSize()).isEqualTo(8);
        EnginePair n = new EnginePair().install(gcm);
        assertThat(n.a.snapshot().get(0).plaintextMtu()).isEqualTo(1446);   // IOS: tunnel, AES-GCM
    }
}
