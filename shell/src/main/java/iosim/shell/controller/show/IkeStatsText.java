package iosim.shell.controller.show;

import java.util.List;
import java.util.Map;

/**
 * {@code show crypto ikev2 stats} and {@code show crypto ikev2 stats exchange} in the IOS-XE
 * layout (reference §3.9). Pure functions of a {@link Stats}.
 */
public final class IkeStatsText {
    private IkeStatsText() {}

    /** The key of the OTHER COUNTERS row NO_NAT (IKE SAs set up without NAT) in the notifies map. */
    public static final String NO_NAT = "NO_NAT";
    /** The key of the CONFIG PAYLOAD TYPE row CFG_REQUEST (TX in column 0, RX in column 2). */
    public static final String CFG_REQUEST = "CFG_REQUEST";

    /** IOS-XE's default limit on IKE SAs in negotiation (incoming/outgoing). */
    static final String MAX_IN_NEGO = "40/400";

    private static final List<String> EXCHANGES = List.of("IKE_SA_INIT", "IKE_AUTH", "CREATE_CHILD_SA", "INFORMATIONAL");
    private static final List<String> ERROR_NOTIFIES = List.of("NO_PROPOSAL_CHOSEN", "INVALID_KE_PAYLOAD",
            "AUTHENTICATION_FAILED", "TS_UNACCEPTABLE", "INVALID_SPI", "INVALID_SYNTAX");
    private static final List<String> OTHER_NOTIFIES = List.of("INITIAL_CONTACT", "SET_WINDOW_SIZE",
            "NAT_DETECTION_SOURCE_IP", "NAT_DETECTION_DESTINATION_IP", "COOKIE", "USE_TRANSPORT_MODE",
            "REKEY_SA");

    /**
     * The figures: SA counts (incoming = this router responded), IKE_SA_INIT requests in and out,
     * datagrams the engine dropped, cookie challenges, and per exchange / notify name the counts
     * TX(REQ), TX(RES), RX(REQ), RX(RES).
     */
    public record Stats(long incomingSas, long incomingActive, long incomingNegotiating, long outgoingSas,
                        long outgoingActive, long outgoingNegotiating, long incomingRequests, long incomingAccepted,
                        long incomingRejected, long outgoingRequests, long outgoingAccepted, long outgoingRejected,
                        long droppedAtDispatch, long cookieChallenges, long cookieAccepted, long cookieRejected,
                        Map<String, long[]> exchanges, Map<String, long[]> notifies) {}

    public static String render(Stats s) {
        String rule = "-".repeat(80) + "\n";
        StringBuilder sb = new StringBuilder();
        sb.append(rule).append("                          Crypto IKEv2 SA Statistics\n").append(rule);
        sb.append(String.format("System Resource Limit:   %-9dMax IKEv2 SAs: %-9dMax in nego(in/out): %s%n", 0, 0,
                MAX_IN_NEGO));
        sb.append(String.format("Total incoming IKEv2 SA Count:    %-9dactive:        %-9dnegotiating: %-6d%n",
                s.incomingSas(), s.incomingActive(), s.incomingNegotiating()));
        sb.append(String.format("Total outgoing IKEv2 SA Count:    %-9dactive:        %-9dnegotiating: %-6d%n",
                s.outgoingSas(), s.outgoingActive(), s.outgoingNegotiating()));
        sb.append(String.format("Incoming IKEv2 Requests: %-9daccepted:      %-9drejected:    %-8d%n",
                s.incomingRequests(), s.incomingAccepted(), s.incomingRejected()));
        sb.append(String.format("Outgoing IKEv2 Requests: %-9daccepted:      %-9drejected:    %-8d%n",
                s.outgoingRequests(), s.outgoingAccepted(), s.outgoingRejected()));
        sb.append(String.format("Rejected IKEv2 Requests: %-9drsrc low:      %-9dSA limit:    %-8d%n", 0, 0, 0));
        sb.append(String.format("IKEv2 packets dropped at dispatch: %-8d%n", s.droppedAtDispatch()));
        sb.append(String.format("Incoming Requests dropped as LOW Q limit reached : %-8d%n", 0));
        sb.append(String.format("Incoming IKEV2 Cookie Challenged Requests: %-8d%n", s.cookieChallenges()));
        sb.append(String.format("    accepted: %-9drejected: %-9drejected no cookie: %-8d%n", s.cookieAccepted(),
                s.cookieRejected(), 0));
        sb.append(String.format("Total Deleted sessions of Cert Revoked Peers: %-8d%n", 0));
        return sb.toString();
    }

    public static String renderExchange(Stats s) {
        StringBuilder sb = new StringBuilder();
        sb.append("EXCHANGE/NOTIFY                   TX(REQ)    TX(RES)    RX(REQ)    RX(RES)\n\nEXCHANGES\n\n");
        rows(sb, EXCHANGES, s.exchanges());
        sb.append("\nERROR NOTIFY\n\n");
        rows(sb, ERROR_NOTIFIES, s.notifies());
        sb.append("\nOTHER NOTIFY\n\n");
        rows(sb, OTHER_NOTIFIES, s.notifies());
        String blank = " ".repeat(10) + "\n";
        long[] cfg = s.notifies().getOrDefault(CFG_REQUEST, new long[4]);
        sb.append(blank).append(blank).append("CONFIG PAYLOAD TYPE                    TX         RX\n").append(blank);
        sb.append(String.format("%-32s%9d%11d%n", CFG_REQUEST, cfg[0], cfg[2]));
        sb.append(blank).append(blank).append("OTHER COUNTERS                \n").append(blank);
        sb.append(String.format("%-32s%9d%n", NO_NAT, s.notifies().getOrDefault(NO_NAT, new long[4])[0]));
        return sb.toString();
    }

    private static void rows(StringBuilder sb, List<String> names, Map<String, long[]> counts) {
        for (String n : names) {
            long[] c = counts.getOrDefault(n, new long[4]);
            sb.append(String.format("%-32s%9d%11d%11d%11d%n", n, c[0], c[1], c[2], c[3]));
        }
    }
}
