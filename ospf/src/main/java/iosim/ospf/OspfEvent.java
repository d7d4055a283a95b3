package iosim.ospf;

/** Events a process reports; the router turns them into syslog and debug lines. */
public sealed interface OspfEvent {
    /** A neighbour changed state ({@code reason} is the RFC 2328 event, e.g. LoadingDone, InactivityTimer). */
    record AdjacencyChange(int neighbor, String ifName, NeighborState from, NeighborState to, Reason reason)
            implements OspfEvent {}

    enum Reason { HELLO_RECEIVED, TWO_WAY, ONE_WAY, ADJ_OK, NEGOTIATION_DONE, EXCHANGE_DONE, LOADING_DONE,
        SEQ_MISMATCH, BAD_LS_REQ, DEAD_TIMER, INTERFACE_DOWN, PROCESS_CLEARED, KILL_NBR }

    record HelloSent(String ifName, int destination, int area, int source) implements OspfEvent {}

    record HelloReceived(String ifName, int neighbor, int source, int area) implements OspfEvent {}

    /** A packet was dropped: {@code what} names the mismatch (HELLO_INTERVAL, DEAD_INTERVAL, AREA, MASK, AUTH_TYPE, ...). */
    record Mismatch(String ifName, int neighbor, int source, Kind what, long ours, long theirs) implements OspfEvent {}

    enum Kind { HELLO_INTERVAL, DEAD_INTERVAL, AREA, MASK, STUB_FLAG, AUTH_TYPE, AUTH_KEY, AUTH_DIGEST, CHECKSUM, MTU,
        MALFORMED, DUPLICATE_ROUTER_ID, CRYPTO_SEQ }

    record DrElection(String ifName, int dr, int bdr) implements OspfEvent {}

    record InterfaceStateChange(String ifName, InterfaceState from, InterfaceState to) implements OspfEvent {}

    record SpfRun(int area, long durationMicros, int routes) implements OspfEvent {}

    record LsaOriginated(int type, int lsId, int seq) implements OspfEvent {}
}
