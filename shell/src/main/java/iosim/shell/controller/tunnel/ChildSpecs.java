package iosim.shell.controller.tunnel;

import iosim.dataplane.ipsec.SaKeys;
import iosim.dataplane.ipsec.SaLifetime;
import iosim.dataplane.ipsec.SaPairSpec;
import iosim.dataplane.ipsec.UdpEncapsulation;
import iosim.dataplane.ipsec.spd.AddressRangeSelector;
import iosim.dataplane.ipsec.spd.TrafficSelector;
import iosim.ikev2.api.ChildSaKeys;
import iosim.ikev2.api.TrafficSelectorSpec;
import iosim.shell.controller.CryptoNames;

/** Pure functions: a negotiated Child SA as the dataplane's {@link SaPairSpec}, and the ACL line it is for. */
final class ChildSpecs {
    private ChildSpecs() {}

    static SaPairSpec spec(PeerIntent p, PeerIntent.Flow flow, ChildSaKeys k) {
        UdpEncapsulation encap = k.encapsulation()
                ? new UdpEncapsulation(k.localAddress().getPort(), k.remoteAddress().getPort()) : null;
        return new SaPairSpec(p.interfaceName(), flow.entry().id(), iosim.dataplane.ipsec.IpsecProtocol.ESP,
                k.mode() == iosim.ikev2.api.IpsecMode.TRANSPORT ? iosim.dataplane.ipsec.IpsecMode.TRANSPORT
                        : iosim.dataplane.ipsec.IpsecMode.TUNNEL,
                Addresses.bits(k.localAddress().getAddress()), Addresses.bits(k.remoteAddress().getAddress()),
                encap, CryptoNames.espTransform(k.encryption(), k.integrity()), selector(k, flow),
                Integer.toUnsignedLong(k.inboundSpi()), new SaKeys(k.inboundEncryptionKey(), k.inboundIntegrityKey()),
                Integer.toUnsignedLong(k.outboundSpi()), new SaKeys(k.outboundEncryptionKey(), k.outboundIntegrityKey()),
                p.replayWindow(), k.esn(), SaLifetime.of(flow.lifetimeSeconds(), flow.lifetimeKilobytes()),
                k.pfsGroup() == null ? 0 : k.pfsGroup().ianaId());
    }

    /** The ACL line whose selectors cover the negotiated ones (the first line if none does). */
    static PeerIntent.Flow flowFor(PeerIntent p, ChildSaKeys k) {
        if (!k.localSelectors().isEmpty() && !k.remoteSelectors().isEmpty()) {
            TrafficSelectorSpec l = k.localSelectors().get(0);
            TrafficSelectorSpec r = k.remoteSelectors().get(0);
            for (PeerIntent.Flow f : p.flows()) {
                if (f.entry().selector().matches(Addresses.bits(l.startAddress()), Addresses.bits(r.startAddress()),
                        l.ipProtocol(), l.startPort(), r.startPort())) {
                    return f;
                }
            }
        }
        return p.flows().get(0);
    }

    /** The negotiated (possibly narrowed) selectors as the SA's identity check. */
    static TrafficSelector selector(ChildSaKeys k, PeerIntent.Flow flow) {
        if (k.localSelectors().size() != 1 || k.remoteSelectors().size() != 1) {
            return flow.entry().selector();
        }
        TrafficSelectorSpec l = k.localSelectors().get(0);
        TrafficSelectorSpec r = k.remoteSelectors().get(0);
        int lp = prefix(l);
        int rp = prefix(r);
        if (lp < 0 || rp < 0) {
            return flow.entry().selector();
        }
        return new AddressRangeSelector(Addresses.bits(l.startAddress()), mask(lp), Addresses.bits(r.startAddress()),
                mask(rp), l.ipProtocol(), l.startPort() == l.endPort() ? l.startPort() : 0,
                r.startPort() == r.endPort() ? r.startPort() : 0);
    }

    private static int prefix(TrafficSelectorSpec t) {
        if (t.isIpv6()) {
            return -1;
        }
        int s = Addresses.bits(t.startAddress());
        int e = Addresses.bits(t.endAddress());
        int host = s ^ e;
        if ((host & (host + 1)) != 0 || (s & host) != 0) {
            return -1;
        }
        return 32 - Integer.bitCount(host);
    }

    private static int mask(int len) {
        return len == 0 ? 0 : -1 << (32 - len);
    }
}
