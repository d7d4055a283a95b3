package iosim.dataplane;

/** Node-wide IP counters ({@code show ip traffic}-like), a snapshot. */
public record TrafficStats(long received, long delivered, long forwarded, long originated, long malformed,
        long noRoute, long ttlExpired, long arpDrops, long aclDenied, long fragmentsCreated, long fragmentationNeeded,
        long reassembled, long reassemblyFailures, long reassemblyTimeouts, long unknownProtocol, long portUnreachable,
        long hookDrops, long natFailures, long notForUs, long internalErrors, long unreachablesSuppressed) {}
