package iosim.shell.web;

import java.util.List;
import java.util.Map;

/**
 * One immutable picture of a running lab as the page draws it: the topology (nodes, cabled
 * links with interface names and addresses, tunnels between routers) and the live state (per
 * router its interfaces, IKE SAs and IPsec flows with counters; per link and tunnel its colour).
 * Built by {@link LabSampler}; compared whole so only what changed is pushed.
 */
record LabState(Topology topology, Map<String, RouterView> routers, Map<String, String> links,
                Map<String, TunnelView> tunnels) {

    LabState {
        routers = Map.copyOf(routers);
        links = Map.copyOf(links);
        tunnels = Map.copyOf(tunnels);
    }

    /** What the graph is made of; re-sent only when it changes (an address, a new peer). */
    record Topology(String lab, List<Node> nodes, List<Link> links, List<Tunnel> tunnels) {
        Topology {
            nodes = List.copyOf(nodes);
            links = List.copyOf(links);
            tunnels = List.copyOf(tunnels);
        }
    }

    /** kind: router, host or external (a UDP link's far end, a Linux interface, a peer outside the lab). */
    record Node(String id, String kind, String label) {}

    /** A cable; {@code b}'s fields name the far end of a UDP or Linux link. Addresses are {@code A.B.C.D/N} or null. */
    record Link(String id, String a, String aIf, String aAddr, String b, String bIf, String bAddr) {}

    /** An IKE peering between two routers of the lab (or a router and a peer outside it). */
    record Tunnel(String id, String a, String aAddr, String b, String bAddr) {}

    /** One router's live state. */
    record RouterView(List<Iface> ifs, List<IkeSa> ike, List<Flow> ipsec) {
        RouterView {
            ifs = List.copyOf(ifs);
            ike = List.copyOf(ike);
            ipsec = List.copyOf(ipsec);
        }
    }

    /** state: up, down or admin-down (IOS's "administratively down"). */
    record Iface(String name, String addr, String state) {}

    /** An IKE SA as {@code show crypto ikev2 sa} names it: status READY, IN-NEG or DELETE. */
    record IkeSa(String local, String remote, String status, String encr, String group, int children) {}

    /** One IPsec flow (crypto ACL line) with its counters and current SPIs (hex, or null without an SA). */
    record Flow(String ifName, String peer, String local, String remote, long encaps, long decaps, long errors,
                String spiIn, String spiOut) {}

    /** A tunnel's colour and each side's packet counters. state: up, negotiating or down. */
    record TunnelView(String state, long aEncaps, long aDecaps, long bEncaps, long bDecaps) {}
}
