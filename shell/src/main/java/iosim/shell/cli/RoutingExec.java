package iosim.shell.cli;

/**
 * The routing EXEC commands whose data lives in the router's RIB and OSPF processes; the
 * controller's implementation comes through {@link LiveExec#routing()}. The defaults are what a
 * router without them prints.
 */
public interface RoutingExec {
    /** {@code show ip route [ospf|static|connected]} (filter null = all). */
    default String showIpRoute(String filter) {
        return RouteText.CODES + "\nGateway of last resort is not set\n\n";
    }

    /** {@code show ip route A.B.C.D}. */
    default String showIpRouteEntry(String address) {
        return "% Network not in table\n";
    }

    default String showIpOspf() {
        return "";
    }

    default String showIpOspfNeighbor(boolean detail) {
        return "";
    }

    /** {@code show ip ospf interface [brief | IF]}. */
    default String showIpOspfInterface(boolean brief, String ifNameOrNull) {
        return "";
    }

    /** {@code show ip ospf database [router|network|summary|asbr-summary|external]}. */
    default String showIpOspfDatabase(String typeOrNull) {
        return "";
    }

    default String showIpProtocols() {
        return "*** IP Routing is NSF aware ***\n\n";
    }

    /** {@code clear ip ospf process} after the confirmation: every process restarts. */
    default void clearIpOspfProcess() {
    }

    /** True when at least one OSPF process runs (IOS asks to confirm only then). */
    default boolean hasOspf() {
        return false;
    }
}
