package iosim.shell.controller;

import iosim.shell.controller.tunnel.PeerIntent;
import iosim.dataplane.NodeInterface;
import iosim.dataplane.ipsec.IpsecFlowSnapshot;
import iosim.dataplane.ipsec.Ipv4Addresses;
import iosim.ikev2.api.IkeSaSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A read-only sample of one router's live tunnel state for observers outside the CLI (the lab
 * dashboard, {@code iosim.shell.web}): the configured IKE peers, the IKE SAs, the IPsec flows
 * with their counters, and the interfaces, all taken in one task on the router's loop so they
 * agree with each other. Immutable; computes nothing. This is the only class the dashboard uses
 * to read controller state, so it is the one place to repoint when the controller's snapshots change.
 */
public final class TunnelProbe {
    private TunnelProbe() {}

    /** A configured IKE peer: the session, where its SPD lives, the peer address (dotted quad). */
    public record Peer(String sessionName, String interfaceName, String peer, boolean vti) {}

    /** One interface: name, address/prefix (null when none), admin state, line protocol. */
    public record Iface(String name, String address, int prefix, boolean adminUp, boolean lineUp) {}

    /** Everything sampled at once. */
    public record Sample(List<Peer> peers, List<IkeSaSnapshot> ike, List<IpsecFlowSnapshot> flows,
                         List<Iface> interfaces) {
        public Sample {
            peers = List.copyOf(peers);
            ike = List.copyOf(ike);
            flows = List.copyOf(flows);
            interfaces = List.copyOf(interfaces);
        }
    }

    /** Samples {@code rt} on its loop; completes exceptionally if the loop is gone. */
    public static CompletableFuture<Sample> sample(RouterRuntime rt) {
        CompiledCrypto cc = rt.crypto();
        List<Peer> peers = new ArrayList<>();
        for (PeerIntent p : cc.peers()) {
            peers.add(new Peer(p.sessionName(), p.interfaceName(), Ipv4Addresses.format(p.peer()), p.vti()));
        }
        return rt.node().call(() -> new Sample(peers, rt.ike().snapshots(), rt.ipsec().snapshot(),
                interfaces(rt.node().interfaces())));
    }

    /** The interfaces of any dataplane node (a lab host's too). */
    public static List<Iface> interfaces(List<NodeInterface> ifs) {
        List<Iface> out = new ArrayList<>();
        for (NodeInterface i : ifs) {
            out.add(new Iface(i.name(), i.hasAddress() ? Ipv4Addresses.format(i.address()) : null,
                    i.hasAddress() ? i.prefixLength() : -1, i.adminUp(), i.lineProtocolUp()));
        }
        return out;
    }
}
