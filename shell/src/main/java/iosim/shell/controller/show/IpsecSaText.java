package iosim.shell.controller.show;

import iosim.dataplane.ipsec.IpsecCounters;
import iosim.dataplane.ipsec.IpsecFlowSnapshot;
import iosim.dataplane.ipsec.IpsecSaSnapshot;
import iosim.dataplane.ipsec.Ipv4Addresses;
import iosim.shell.controller.tunnel.ConnIds;
import iosim.shell.controller.tunnel.SpiText;
import java.util.List;
import java.util.function.Predicate;

/**
 * {@code show crypto ipsec sa [detail | peer A | interface IF | map NAME]} (reference §3.3): one
 * block per flow (ACL permit line), grouped under its interface, with the live counters, SPIs and
 * remaining lifetimes of the dataplane's SAs.
 */
public final class IpsecSaText {
    private IpsecSaText() {}

    public static String render(List<IpsecFlowSnapshot> flows, boolean detail, Predicate<IpsecFlowSnapshot> filter,
                                ConnIds ids) {
        StringBuilder sb = new StringBuilder();
        String lastIf = null;
        for (IpsecFlowSnapshot f : flows) {
            if (!filter.test(f)) {
                continue;
            }
            if (!f.interfaceName().equals(lastIf)) {
                sb.append("\ninterface: ").append(f.interfaceName()).append('\n');
                sb.append("    Crypto map tag: ").append(f.mapTag()).append(", local addr ")
                        .append(Ipv4Addresses.format(f.localAddress())).append("\n");
                lastIf = f.interfaceName();
            }
            flow(sb, f, detail, ids);
        }
        return sb.toString();
    }

    private static void flow(StringBuilder sb, IpsecFlowSnapshot f, boolean detail, ConnIds ids) {
        IpsecCounters c = f.counters();
        sb.append("\n   protected vrf: (none)\n");
        sb.append("   local  ident (addr/mask/prot/port): ").append(f.localIdent()).append('\n');
        sb.append("   remote ident (addr/mask/prot/port): ").append(f.remoteIdent()).append('\n');
        sb.append("   current_peer ").append(Ipv4Addresses.format(f.peer())).append(" port ").append(f.peerPort())
                .append('\n');
        sb.append("     PERMIT, flags={origin_is_acl,}\n");
        sb.append("    #pkts encaps: ").append(c.encaps()).append(", #pkts encrypt: ").append(c.encrypt())
                .append(", #pkts digest: ").append(c.digest()).append('\n');
        sb.append("    #pkts decaps: ").append(c.decaps()).append(", #pkts decrypt: ").append(c.decrypt())
                .append(", #pkts verify: ").append(c.verify()).append('\n');
        sb.append("    #pkts compressed: 0, #pkts decompressed: 0\n");
        sb.append("    #pkts not compressed: 0, #pkts compr. failed: 0\n");
        sb.append("    #pkts not decompressed: 0, #pkts decompress failed: 0\n");
        if (detail) {
            sb.append("    #pkts no sa (send) ").append(c.noSaSend()).append(", #pkts invalid sa (rcv) ")
                    .append(c.invalidSaRecv()).append('\n');
            sb.append("    #pkts encaps failed (send) ").append(c.encapsFailedSend()).append(", #pkts decaps failed (rcv) ")
                    .append(c.decapsFailedRecv()).append('\n');
            sb.append("    #pkts invalid prot (recv) ").append(c.invalidProtRecv()).append(", #pkts verify failed: ")
                    .append(c.verifyFailed()).append('\n');
            sb.append("    #pkts invalid identity (recv) ").append(c.invalidIdentityRecv()).append(", #pkts invalid len (rcv) ")
                    .append(c.invalidLenRecv()).append('\n');
            sb.append("    #pkts replay rollover (send): ").append(c.replayRolloverSend())
                    .append(", #pkts replay rollover (rcv) ").append(c.replayRolloverRecv()).append('\n');
            sb.append("    ##pkts replay failed (rcv): ").append(c.replayFailedRecv()).append('\n');
            sb.append("    #pkts tagged (send): 0, #pkts untagged (rcv): 0\n");
            sb.append("    #pkts not tagged (send): 0, #pkts not untagged (rcv): 0\n");
            sb.append("    #pkts internal err (send): ").append(c.internalErrSend()).append(", #pkts internal err (recv) ")
                    .append(c.internalErrRecv()).append('\n');
        } else {
            sb.append("    #send errors ").append(c.sendErrors()).append(", #recv errors ").append(c.recvErrors()).append('\n');
        }
        sb.append("\n     local crypto endpt.: ").append(Ipv4Addresses.format(f.localAddress()))
                .append(", remote crypto endpt.: ").append(Ipv4Addresses.format(f.peer())).append('\n');
        sb.append("     plaintext mtu ").append(f.plaintextMtu()).append(", path mtu ").append(f.pathMtu())
                .append(", ip mtu ").append(f.ipMtu()).append(", ip mtu idb ").append(f.ipMtuIdb()).append('\n');
        sb.append("     current outbound spi: ").append(SpiText.esp(f.currentOutboundSpi())).append('\n');
        sb.append("     PFS (Y/N): ").append(f.pfsGroup() == 0 ? "N, DH group: none" : "Y, DH group: group" + f.pfsGroup())
                .append('\n');
        sas(sb, "inbound esp sas:", f.inbound(), f, ids);
        sb.append("\n     inbound ah sas:\n\n     inbound pcp sas:\n");
        sas(sb, "outbound esp sas:", f.outbound(), f, ids);
        sb.append("\n     outbound ah sas:\n\n     outbound pcp sas:\n");
    }

    private static void sas(StringBuilder sb, String title, List<IpsecSaSnapshot> sas, IpsecFlowSnapshot f,
                            ConnIds ids) {
        String mapTag = f.mapTag();
        sb.append("\n     ").append(title).append('\n');
        for (IpsecSaSnapshot s : sas) {
            boolean outbound = title.startsWith("outbound");
            int conn = outbound ? ids.outbound(f.peer(), s.spi()) : ids.inbound(s.spi());
            sb.append("      spi: ").append(SpiText.esp(s.spi())).append('\n');
            sb.append("        transform: ").append(EspText.transform(s)).append(" ,\n");
            sb.append("        in use settings ={").append(EspText.inUseSettings(s)).append("}\n");
            sb.append("        conn id: ").append(conn).append(", flow_id: CSR:").append(conn - 2000)
                    .append(", sibling_flags FFFFFFFF80000048, crypto map: ").append(mapTag).append('\n');
            sb.append("        sa timing: remaining key lifetime (k/sec): (").append(s.remainingKilobytes()).append('/')
                    .append(s.remainingSeconds()).append(")\n");
            sb.append("        IV size: ").append(s.ivSize()).append(" bytes\n");
            sb.append("        replay detection support: Y");
            if (s.replayWindow() != 64 && s.replayWindow() > 0) {
                sb.append("  replay window size: ").append(s.replayWindow());
            }
            sb.append('\n');
            sb.append("        Status: ACTIVE(ACTIVE)\n");
        }
    }
}
