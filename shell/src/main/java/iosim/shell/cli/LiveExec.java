package iosim.shell.cli;

/**
 * The EXEC commands whose data lives outside the running-config (IKE/IPsec SAs, the
 * dataplane). The controller plugs its implementation in with {@link Router#setLiveExec};
 * the defaults print what IOS prints when there is nothing (no SAs, no replies).
 */
public interface LiveExec {

    /** {@code show crypto ikev2 sa [remote A] [detailed]}. */
    default String showIkev2Sa(boolean detailed, String remoteOrNull) {
        return " IPv4 Crypto IKEv2  SA \n\n IPv6 Crypto IKEv2  SA \n\n";
    }

    /** {@code show crypto ikev2 session [detailed]}. */
    default String showIkev2Session(boolean detailed) {
        return " IPv4 Crypto IKEv2 Session \n\n IPv6 Crypto IKEv2 Session \n\n";
    }

    /** {@code show crypto isakmp sa [detail]}: IOS's table with no SA in it. */
    default String showIsakmpSa(boolean detail) {
        String table = detail
                ? "Codes: C - IKE configuration mode, D - Dead Peer Detection\n"
                + "       K - Keepalives, N - NAT-traversal\n"
                + "       T - cTCP encapsulation, X - IKE Extended Authentication\n"
                + "       psk - Preshared key, rsig - RSA signature\n"
                + "       renc - RSA encryption\n"
                + "IPv4 Crypto ISAKMP SA\n\n"
                + "C-id  Local           Remote          I-VRF  Status Encr Hash   Auth DH Lifetime Cap.\n\n"
                : "IPv4 Crypto ISAKMP SA\ndst             src             state          conn-id status\n";
        return table + "\nIPv6 Crypto ISAKMP SA\n\n";
    }

    /** {@code clear crypto isakmp [CONN-ID]} (null: every ISAKMP SA). */
    default void clearIsakmp(Long connIdOrNull) {}

    /** {@code show crypto ipsec sa [detail]}, filtered by peer, interface or map (null = all). */
    default String showIpsecSa(boolean detail, String peer, String ifName, String map) {
        return "";
    }

    /** {@code show crypto session [detail]}. */
    default String showCryptoSession(boolean detail) {
        return "Crypto session current status\n\n";
    }

    /**
     * {@code show crypto ikev2 proposal|policy|profile [NAME]}, {@code show crypto ipsec
     * transform-set|profile [NAME]}, {@code show crypto map [tag NAME]}, {@code show crypto isakmp
     * policy|default policy|key}; {@code kind} is the
     * canonical words after {@code show crypto}. Null when not available.
     */
    default String showCryptoConfig(String kind, String nameOrNull) {
        return null;
    }

    /** {@code show ip route}: the routing table (connected, local and static routes). */
    default String showIpRoute() {
        return RouteText.CODES + "\nGateway of last resort is not set\n\n";
    }

    /** The routing commands (show ip route variants, OSPF). */
    default RoutingExec routing() {
        return new RoutingExec() { };
    }

    /** {@code show ip arp}. */
    default String showIpArp() {
        return "";
    }

    /** {@code show ip nat translations}. */
    default String showIpNatTranslations() {
        return "";
    }

    /** An interface's Status and Protocol columns ({@code up}, {@code down}, {@code administratively down}). */
    record LineState(String status, String protocol) {}

    /** {@code show interfaces [IF]} from live counters; null when not wired (the CLI renders the config). */
    default String showInterfaces(String ifNameOrNull) {
        return null;
    }

    /**
     * One row of {@code show interfaces summary}: the queues' drops and the 5-minute rates (live),
     * up when the line protocol is.
     */
    record SummaryRow(String name, boolean up, long inputDrops, long outputDrops, long rxBits, long rxPackets,
            long txBits, long txPackets) {}

    /** {@code show interfaces summary}'s rows from the dataplane; empty when not wired. */
    default java.util.List<SummaryRow> interfaceSummary() {
        return java.util.List.of();
    }

    /** Live Status/Protocol per interface name; empty when not wired. */
    default java.util.Map<String, LineState> lineStates() {
        return java.util.Map.of();
    }

    /** {@code clear crypto ikev2 stats}. */
    default void clearIkev2Stats() {}

    /** {@code clear counters [IF]}. */
    default void clearCounters(String ifNameOrNull) {}

    /** {@code show crypto ikev2 stats [exchange]}; null when not wired. */
    default String showIkev2Stats(boolean exchange) {
        return null;
    }

    /** {@code clear crypto session [remote A]}. */
    default void clearSession(String remoteOrNull) {}

    /** {@code clear crypto sa [peer A]}. */
    default void clearSa(String peerOrNull) {}

    /** {@code clear crypto sa counters}. */
    default void clearSaCounters() {}

    /** {@code clear crypto ikev2 sa [remote A]}. */
    default void clearIkev2Sa(String remoteOrNull) {}

    /** {@code ping A [repeat N] [size N] [timeout N] [source IF|A]}: the whole output. */
    default String ping(String dest, int repeat, int size, int timeoutSeconds, String sourceOrNull) {
        return PingText.noReplies(dest, repeat, size, timeoutSeconds);
    }

    /**
     * {@code ping} with every option (typed keywords or the extended dialog), its output written
     * to {@code out} piece by piece as IOS prints it (one character per probe).
     */
    default void ping(PingSpec spec, java.util.function.Consumer<String> out) {
        out.accept(PingText.noReplies(spec));
    }

    /** {@code traceroute A [source IF|A]}: the whole output. */
    default String traceroute(String dest, String sourceOrNull) {
        return PingText.traceNoReplies(dest);
    }

    /** The router's {@code monitor capture} points; null without a live dataplane. */
    default CapturePoints captures() {
        return null;
    }
}
