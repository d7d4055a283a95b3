package iosim.dataplane.ipsec;

import iosim.dataplane.ipsec.IpsecEvent.Direction;
import iosim.dataplane.ipsec.spd.InterfacePolicy;
import iosim.dataplane.ipsec.spd.TrafficSelector.ProxyIdent;
import java.util.ArrayList;
import java.util.List;

/**
 * One flow (PROTECT entry) as a block of {@code show crypto ipsec sa}: idents, peer, counters,
 * MTUs, current outbound SPI and the SAs. Addresses are ints (see {@link Ipv4Addresses#format}).
 *
 * @param peerPort       500, or the UDP-encapsulation port (4500) once NAT-T is in use
 * @param plaintextMtu   largest inner packet that fits without fragmentation (path MTU when no SA)
 * @param currentOutboundSpi 0 when there is no SA
 * @param pfsGroup       DH group of the PFS exchange, 0 for none
 */
public record IpsecFlowSnapshot(String interfaceName, String entryId, String mapTag, int mapSeq, int localAddress,
                                ProxyIdent localIdent, ProxyIdent remoteIdent, int peer, int peerPort,
                                IpsecCounters counters, int plaintextMtu, int pathMtu, int ipMtu, String ipMtuIdb,
                                long currentOutboundSpi, int pfsGroup,
                                List<IpsecSaSnapshot> inbound, List<IpsecSaSnapshot> outbound) {

    public IpsecFlowSnapshot {
        inbound = List.copyOf(inbound);
        outbound = List.copyOf(outbound);
    }

    static IpsecFlowSnapshot of(InterfacePolicy policy, Flow f, long now) {
        List<IpsecSaSnapshot> in = new ArrayList<>();
        for (InboundSa sa : f.inbound) {
            in.add(IpsecSaSnapshot.of(sa, Direction.INBOUND, true, now));
        }
        List<IpsecSaSnapshot> out = new ArrayList<>();
        for (OutboundSa sa : f.allOutbound()) {
            out.add(IpsecSaSnapshot.of(sa, Direction.OUTBOUND, sa == f.current, now));
        }
        SaPairSpec spec = f.activeSpec();
        int mtu = policy.ipMtu();
        int plaintext = spec == null ? mtu : plaintextMtu(spec, mtu);
        int peerPort = spec != null && spec.udpEncapsulation() != null ? spec.udpEncapsulation().remotePort() : 500;
        return new IpsecFlowSnapshot(f.interfaceName, f.entry.id(), f.entry.mapTag(), f.entry.mapSeq(),
                policy.localAddress(), f.entry.selector().localIdent(), f.entry.selector().remoteIdent(),
                f.entry.peer(), peerPort, f.counters.snapshot(), plaintext, mtu, mtu, policy.egressInterface(),
                f.current == null ? 0 : f.current.spi, spec == null ? 0 : spec.pfsGroup(), in, out);
    }

    /**
     * The largest inner packet whose ESP packet fits the path MTU: what is encrypted (the whole
     * packet in tunnel mode, the packet after its IPv4 header in transport mode) is path MTU - 20
     * (the outer, or the packet's own, IPv4 header) - UDP (8 with NAT-T) - ESP header 8 - IV - ICV,
     * rounded down to the cipher's block (padding), - 2 (pad length, next header); AH: - 12 - ICV.
     * 1 438 (tunnel) and 1 458 (transport) for aes-256/sha256 on a 1 500-byte path, as IOS shows;
     * the dataplane enforces this value.
     */
    static int plaintextMtu(SaPairSpec spec, int pathMtu) {
        int outer = spec.mode() == IpsecMode.TUNNEL ? 20 : 0;
        if (spec.protocol() == IpsecProtocol.AH) {
            return pathMtu - outer - AhCodec.AH_FIXED - spec.transform().integrity().icvLength();
        }
        int udp = spec.udpEncapsulation() != null ? 8 : 0;
        int room = pathMtu - 20 - udp - 8 - spec.transform().ivLength() - spec.transform().icvLength();
        int block = Math.max(4, spec.transform().encryption().blockSize());
        return Math.floorDiv(room, block) * block - 2 + (20 - outer);
    }
}
