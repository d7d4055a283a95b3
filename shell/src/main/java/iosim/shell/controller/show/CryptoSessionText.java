package iosim.shell.controller.show;

import iosim.dataplane.ipsec.IpsecFlowSnapshot;
import iosim.dataplane.ipsec.IpsecSaSnapshot;
import iosim.dataplane.ipsec.Ipv4Addresses;
import iosim.ikev2.api.IkeSaSnapshot;
import java.util.List;
import java.util.Locale;

/** {@code show crypto session [detail]} (reference §3.4): one block per configured peer. */
public final class CryptoSessionText {
    private CryptoSessionText() {}

    /** One configured peer with its live state (IKE SA may be null; flows may have no SA). */
    public record Session(String interfaceName, String profile, int peer, int sessionId, IkeSaSnapshot ike,
                          List<IpsecFlowSnapshot> flows, Ikev1Sa v1) {
        public Session(String interfaceName, String profile, int peer, int sessionId, IkeSaSnapshot ike,
                       List<IpsecFlowSnapshot> flows) {
            this(interfaceName, profile, peer, sessionId, ike, flows, null);
        }
    }

    /**
     * An IKEv1 peer's ISAKMP SA for the session view: addresses as {@code A/port}, whether it is
     * authenticated (Active) or still negotiating, its conn-id, capabilities and time left.
     */
    public record Ikev1Sa(String local, String remote, boolean active, boolean negotiating, long connId,
                          String capabilities, long remainingSeconds, long uptimeSeconds) {}

    public static String render(List<Session> sessions, boolean detail) {
        StringBuilder sb = new StringBuilder("Crypto session current status\n\n");
        if (detail) {
            sb.append("Code: C - IKE Configuration mode, D - Dead Peer Detection     \n")
                    .append("K - Keepalives, N - NAT-traversal, T - cTCP encapsulation     \n")
                    .append("X - IKE Extended Authentication, F - IKE Fragmentation\n")
                    .append("R - IKE Auto Reconnect, U - IKE Dynamic Route Update\n")
                    .append("S - SIP VPN\n\n");
        }
        for (Session s : sessions) {
            boolean ikeUp = s.ike() != null && IkeSaText.status(s.ike().state()).equals("READY")
                    || s.v1() != null && s.v1().active();
            boolean ipsecUp = s.flows().stream().anyMatch(f -> !f.inbound().isEmpty());
            boolean negotiating = s.ike() != null && IkeSaText.status(s.ike().state()).equals("IN-NEG")
                    || s.v1() != null && s.v1().negotiating();
            String status = ikeUp && ipsecUp ? "UP-ACTIVE" : ikeUp ? "UP-IDLE" : ipsecUp ? "UP-NO-IKE"
                    : negotiating ? "DOWN-NEGOTIATING" : "DOWN"; // an IKE SA being deleted: DOWN
            int port = s.ike() == null ? 500 : s.ike().remoteAddress().getPort();
            sb.append("Interface: ").append(s.interfaceName()).append('\n');
            if (s.profile() != null) {
                sb.append("Profile: ").append(s.profile()).append('\n');
            }
            if (detail && s.ike() != null) {
                long up = s.ike().ageMillis() / 1000;
                sb.append("Uptime: ").append(hms(up)).append('\n');
            } else if (detail && s.v1() != null && s.v1().active()) {
                sb.append("Uptime: ").append(hms(s.v1().uptimeSeconds())).append('\n');
            }
            sb.append(String.format("Session status: %-14s%n", status));
            sb.append("Peer: ").append(Ipv4Addresses.format(s.peer())).append(" port ").append(port);
            if (detail) {
                sb.append(" fvrf: (none) ivrf: (none)\n");
                sb.append("      Phase1_id: ").append(s.ike() == null || s.ike().remoteId() == null
                        ? Ipv4Addresses.format(s.peer()) : s.ike().remoteId()).append('\n');
                sb.append("      Desc: (none)\n");
            } else {
                sb.append(" \n");
            }
            if (s.ike() != null) {
                sb.append("  Session ID: ").append(s.sessionId()).append("  \n");
                sb.append("  IKEv2 SA: local ").append(IkeSaText.hostPort(s.ike().localAddress())).append(" remote ")
                        .append(IkeSaText.hostPort(s.ike().remoteAddress())).append(ikeUp ? " Active \n" : " Inactive \n");
                if (detail) {
                    String caps = s.ike().natTraversal() ? "N" : "(none)";
                    sb.append("          Capabilities:").append(caps).append(" connid:").append(s.sessionId())
                            .append(" lifetime:").append(hms(Math.max(0, s.ike().remainingMillis()) / 1000)).append('\n');
                }
            }
            if (s.v1() != null) {
                sb.append("  Session ID: 0  \n");
                sb.append("  IKEv1 SA: local ").append(s.v1().local()).append(" remote ").append(s.v1().remote())
                        .append(s.v1().active() ? " Active \n" : " Inactive \n");
                if (detail) {
                    sb.append("          Capabilities:").append(s.v1().capabilities().isEmpty() ? "(none)"
                            : s.v1().capabilities()).append(" connid:").append(s.v1().connId()).append(" lifetime:")
                            .append(hms(Math.max(0, s.v1().remainingSeconds()))).append('\n');
                }
            }
            for (IpsecFlowSnapshot f : s.flows()) {
                sb.append("  IPSEC FLOW: permit ").append(proto(f.localIdent().protocol())).append(' ')
                        .append(net(f.localIdent().address(), f.localIdent().mask())).append(' ')
                        .append(net(f.remoteIdent().address(), f.remoteIdent().mask())).append(" \n");
                sb.append("        Active SAs: ").append(f.inbound().size() + f.outbound().size())
                        .append(", origin: crypto map\n");
                if (detail) {
                    IpsecSaSnapshot in = f.inbound().isEmpty() ? null : f.inbound().get(f.inbound().size() - 1);
                    IpsecSaSnapshot out = f.outbound().isEmpty() ? null : f.outbound().get(f.outbound().size() - 1);
                    sb.append("        Inbound:  #pkts dec'ed ").append(f.counters().decaps()).append(" drop ")
                            .append(f.counters().recvErrors()).append(" life (KB/Sec) ").append(life(in)).append('\n');
                    sb.append("        Outbound: #pkts enc'ed ").append(f.counters().encaps()).append(" drop ")
                            .append(f.counters().sendErrors()).append(" life (KB/Sec) ").append(life(out)).append('\n');
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String life(IpsecSaSnapshot s) {
        return s == null ? "0/0" : s.remainingKilobytes() + "/" + s.remainingSeconds();
    }

    private static String proto(int p) {
        return p == 0 ? "ip" : String.valueOf(p);
    }

    private static String net(int addr, int mask) {
        if (mask == -1) {
            return "host " + Ipv4Addresses.format(addr);
        }
        return Ipv4Addresses.format(addr) + "/" + Ipv4Addresses.format(mask);
    }

    static String hms(long seconds) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, (seconds / 60) % 60, seconds % 60);
    }
}
