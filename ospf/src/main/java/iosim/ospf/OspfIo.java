package iosim.ospf;

import java.util.List;

/** What a process needs from its router: packet output, route installation and event reporting. */
public interface OspfIo {
    /** Sends one OSPF packet (the IP payload, protocol 89, TTL 1) out {@code ifName} to {@code destination}. */
    void send(String ifName, int source, int destination, byte[] packet);

    /** The process's complete, current route set (replaces the previous one). */
    void routes(List<OspfRoute> routes);

    /** Something happened (adjacency changes, mismatches, SPF runs) for syslog and debug output. */
    void event(OspfEvent event);
}
