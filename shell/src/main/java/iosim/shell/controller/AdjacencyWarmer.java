package iosim.shell.controller;

import iosim.dataplane.ArpEntry;
import iosim.dataplane.Node;
import iosim.dataplane.PingRequest;
import iosim.dataplane.Route;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Resolves the next hops of static routes ahead of traffic, as IOS CEF does for its
 * adjacencies: for every next hop without an ARP entry it sends one probe, which the dataplane
 * turns into an ARP request (the probe itself is dropped while ARP resolves). Without this the
 * first IKE_SA_INIT would be lost to ARP on every hop and the tunnel would wait for a
 * retransmission. Runs on the loop, every {@link #INTERVAL}.
 */
final class AdjacencyWarmer implements Runnable {
    static final Duration INTERVAL = Duration.ofSeconds(2);

    private final Node node;

    AdjacencyWarmer(Node node) {
        this.node = node;
    }

    @Override
    public void run() {
        List<Route> routes = node.routes().getNow(List.of());
        List<ArpEntry> arp = node.arpTable().getNow(List.of());
        Set<Integer> known = new HashSet<>();
        arp.forEach(e -> known.add(e.address()));
        Set<Integer> asked = new HashSet<>();
        for (Route r : routes) {
            int nh = r.nextHop();
            if (r.code() == Route.Code.S && nh != 0 && !known.contains(nh) && asked.add(nh)
                    && node.resolve(nh) != null && node.resolve(nh).iface() != null
                    && node.resolve(nh).iface().lineProtocolUp()) {
                node.ping(PingRequest.to(nh).withTimeout(Duration.ofMillis(200)));
            }
        }
    }
}
