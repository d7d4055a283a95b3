package iosim.dataplane.ipsec;

import iosim.dataplane.ipsec.crypto.EspTransform;
import iosim.dataplane.ipsec.spd.AddressRangeSelector;
import iosim.dataplane.ipsec.spd.InterfacePolicy;
import iosim.dataplane.ipsec.spd.SpdEntry;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledByteBufAllocator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Two routers' IPsec engines facing each other: A protects 10.1.1.0/24 -> 10.2.2.0/24 via
 * 198.51.100.1 -> 203.0.113.2, B the mirror. Virtual clock, recorded events.
 */
final class EnginePair {
    static final int A_OUTER = Ipv4Addresses.parse("198.51.100.1");
    static final int B_OUTER = Ipv4Addresses.parse("203.0.113.2");
    static final int A_HOST = Ipv4Addresses.parse("10.1.1.10");
    static final int B_HOST = Ipv4Addresses.parse("10.2.2.20");
    static final String IF = "GigabitEthernet1";

    long nowMillis = 1_000_000;
    final List<IpsecEvent> aEvents = new ArrayList<>();
    final List<IpsecEvent> bEvents = new ArrayList<>();
    final IpsecEngine a = new IpsecEngine(new UnpooledByteBufAllocator(false), () -> nowMillis, aEvents::add);
    final IpsecEngine b = new IpsecEngine(new UnpooledByteBufAllocator(false), () -> nowMillis, bEvents::add);
    final AddressRangeSelector aSel;
    final AddressRangeSelector bSel;
    /** Inner addresses the tests send between (hosts behind the routers, or the routers themselves). */
    final int aSrc;
    final int bSrc;
    SaPairHandle aHandle;
    SaPairHandle bHandle;

    EnginePair() {
        this(false);
    }

    /** @param hostToHost selectors are the two outer addresses (transport mode) */
    EnginePair(boolean hostToHost) {
        aSrc = hostToHost ? A_OUTER : A_HOST;
        bSrc = hostToHost ? B_OUTER : B_HOST;
        aSel = AddressRangeSelector.between(aSrc, hostToHost ? 32 : 24, bSrc, hostToHost ? 32 : 24);
        bSel = AddressRangeSelector.between(bSrc, hostToHost ? 32 : 24, aSrc, hostToHost ? 32 : 24);
        a.setInterfacePolicy(new InterfacePolicy(IF, A_OUTER, 1500, IF,
                List.of(SpdEntry.protect("e1", aSel, B_OUTER, "CMAP", 10))));
        b.setInterfacePolicy(new InterfacePolicy(IF, B_OUTER, 1500, IF,
                List.of(SpdEntry.protect("e1", bSel, A_OUTER, "CMAP", 10))));
    }

    static SaKeys randomKeys(EspTransform t, Random r) {
        byte[] e = new byte[t.encryptionKeyLength()];
        byte[] i = new byte[t.integrity().keyLength()];
        r.nextBytes(e);
        r.nextBytes(i);
        return new SaKeys(e, i);
    }

    /** Installs one CHILD_SA on both sides. */
    EnginePair install(IpsecProtocol proto, EspTransform t, IpsecMode mode, UdpEncapsulation udp, boolean esn,
                       int window, SaLifetime lifetime, long spiAtoB, long spiBtoA, long seed) {
        Random r = new Random(seed);
        SaKeys aToB = randomKeys(t, r);
        SaKeys bToA = randomKeys(t, r);
        UdpEncapsulation udpB = udp == null ? null : new UdpEncapsulation(udp.remotePort(), udp.localPort());
        aHandle = a.installSaPair(new SaPairSpec(IF, "e1", proto, mode, A_OUTER, B_OUTER, udp, t, aSel,
                spiBtoA, bToA, spiAtoB, aToB, window, esn, lifetime, 0));
        bHandle = b.installSaPair(new SaPairSpec(IF, "e1", proto, mode, B_OUTER, A_OUTER, udpB, t, bSel,
                spiAtoB, aToB, spiBtoA, bToA, window, esn, lifetime, 0));
        return this;
    }

    EnginePair install(EspTransform t) {
        return install(t, false);
    }

    EnginePair install(EspTransform t, boolean esn) {
        return install(IpsecProtocol.ESP, t, IpsecMode.TUNNEL, null, esn, 64, SaLifetime.IOS_DEFAULT,
                0x1000, 0x2000, 1);
    }

    /** Protects a packet at A, returns the outer packet. */
    ByteBuf protectAtA(ByteBuf inner) {
        OutboundResult r = a.processOutbound(IF, inner);
        if (!(r instanceof OutboundResult.Protected p)) {
            throw new AssertionError("expected Protected, got " + r);
        }
        return p.packet();
    }
}
