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
     * transform-set|profile [NAME]}, {@code show crypto map [tag NAME]}; {@code kind} is the
     * canonical words after {@code show crypto}. Null when not available.
     */
    default String showCryptoConfig(String kind, String nameOrNull) {
        return null;
    }

    /** {@code show ip route}: the routing table (connected, local and static routes). */
    default String showIpRoute() {
        return RouteText.CODES + "\nGateway of last resort is not set\n\n";
    }

    /** {@code show ip arp}. */
    default String showIpArp() {
        return "";
    }

    /** {@code show ip nat translations}. */
    default String showIpNatTranslations() {
        return "";
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

    /** {@code traceroute A [source IF|A]}: the whole output. */
    default String traceroute(String dest, String sourceOrNull) {
        return PingText.traceNoReplies(dest);
    }
}
