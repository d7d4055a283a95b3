package iosim.ikev2.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import iosim.ikev2.api.ChildSaKeys;
import iosim.ike.net.Datagram;
import iosim.ikev2.api.EapClientParams;
import iosim.ikev2.api.EapMethod;
import iosim.ikev2.api.Identity;
import iosim.ikev2.api.IkeEvent;
import iosim.ikev2.api.IkeSaSnapshot;
import iosim.ikev2.api.IkeSessionParams;
import iosim.ikev2.api.RemoteAccessPolicy;
import iosim.ikev2.message.NotifyPayload;
import iosim.ikev2.message.NotifyType;
import iosim.ikev2.message.Payload;
import iosim.ikev2.sa.TaskManager;
import iosim.ikev2.task.NatDetection;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * MOBIKE (RFC 4555) on the remote-access gateway: the client announces it, moves to another
 * address and sends UPDATE_SA_ADDRESSES; the gateway keeps the IKE SA, the Child SA and the
 * pool address, re-points them at the new address, echoes COOKIE2 and reports the move.
 */
class MobikeResponderTest {
    private static final byte[] PSK = "gw-psk".getBytes(StandardCharsets.US_ASCII);
    private static final InetSocketAddress MOVED = new InetSocketAddress(EnginePair.addr("192.0.2.77"), 4500);

    private final EnginePair p = new EnginePair();
    private final RemoteAccessTest.Pool pool = new RemoteAccessTest.Pool(4);

    private void connect(boolean gatewayMobike) {
        p.b.setMobike(gatewayMobike);
        p.a.setMobike(true);
        p.b.addPeer(IkeSessionParams.of("RA", new InetSocketAddress(EnginePair.B_ADDR, 500),
                new InetSocketAddress(EnginePair.addr("0.0.0.0"), 500), Identity.fqdn("gw"), null, PSK,
                List.of(EnginePair.cbc256()), EnginePair.child("0.0.0.0/0", "0.0.0.0/0")).withForceNatt(true));
        p.b.setRemoteAccess("RA", new RemoteAccessPolicy(List.of(EapMethod.MSCHAPV2), true, 10_000,
                u -> Optional.ofNullable(Map.of("alice", "Secr3t!").get(u)), pool));
        p.a.setEapClient("C", new EapClientParams("alice", "Secr3t!", true));
        p.a.initiate(IkeSessionParams.of("C", new InetSocketAddress(EnginePair.A_ADDR, 500),
                new InetSocketAddress(EnginePair.B_ADDR, 500), Identity.fqdn("alice"), Identity.fqdn("gw"), PSK,
                List.of(EnginePair.cbc256()), EnginePair.child("0.0.0.0/0", "0.0.0.0/0")).withForceNatt(true));
        p.pump();
        assertEquals("ESTABLISHED", p.b.snapshots().get(0).state(), p.eventsB.toString());
        p.eventsB.clear();
    }

    /** The client's address changes (new NAT mapping / interface) and it tells the gateway. */
    private void clientMovesAndUpdates() {
        p.toBRewrite = d -> new Datagram(MOVED, d.destination(), d.data());
        TaskManager client = p.a.context().managers().get(0);
        List<Payload> n = new ArrayList<>();
        n.add(NotifyPayload.of(NotifyType.UPDATE_SA_ADDRESSES));
        // NAT-D as the client computes it for its new source address
        n.addAll(NatDetection.notifies(client.sa().spiI(), client.sa().spiR(), MOVED,
                new InetSocketAddress(EnginePair.B_ADDR, 4500), false));
        n.add(NotifyPayload.of(NotifyType.COOKIE2, new byte[] {1, 2, 3, 4, 5, 6, 7, 8}));
        client.sendOneShot(n);
        p.pump();
    }

    @Test
    void gatewayFollowsTheClientToItsNewAddress() {
        connect(true);
        IkeSaSnapshot before = p.b.snapshots().get(0);
        clientMovesAndUpdates();
        IkeEvent.IkeSaAddressesUpdated u = EnginePair.of(p.eventsB, IkeEvent.IkeSaAddressesUpdated.class).get(0);
        assertEquals(EnginePair.A_ADDR, u.oldRemote().getAddress());
        assertEquals(MOVED, u.sa().remoteAddress());
        IkeSaSnapshot after = p.b.snapshots().get(0);
        assertEquals(before.localSpi(), after.localSpi());
        assertEquals("ESTABLISHED", after.state());
        assertEquals(MOVED, after.remoteAddress());
        assertEquals(before.children().get(0).inboundSpi(), after.children().get(0).inboundSpi());
        assertEquals(MOVED, after.children().get(0).remoteAddress());
        ChildSaKeys k = u.children().get(0);
        assertEquals(MOVED, k.remoteAddress());
        assertTrue(k.encapsulation());
        assertEquals("10.9.0.1", after.remoteAccess().attributes().address().getHostAddress());
        assertTrue(pool.released.isEmpty());
        String sent = EnginePair.of(p.eventsB, IkeEvent.ExchangeSent.class).get(0).exchange().describe();
        assertTrue(sent.contains("INFORMATIONAL") && sent.contains("COOKIE2") && sent.contains("NATD"), sent);
    }

    @Test
    void aPathCheckFromTheNewAddressDoesNotMoveTheSa() {
        connect(true);
        p.toBRewrite = d -> new Datagram(MOVED, d.destination(), d.data());
        TaskManager client = p.a.context().managers().get(0);
        client.sendOneShot(List.of()); // an empty INFORMATIONAL, as strongSwan probes a path before updating
        p.pump();
        IkeSaSnapshot sa = p.b.snapshots().get(0);
        assertEquals(EnginePair.A_ADDR, sa.remoteAddress().getAddress());
        assertTrue(EnginePair.of(p.eventsB, IkeEvent.IkeSaAddressesUpdated.class).isEmpty());
        // the answer still went back to where the probe came from
        assertEquals(MOVED, EnginePair.of(p.eventsB, IkeEvent.ExchangeSent.class).get(0).exchange().destination());
    }

    @Test
    void withoutMobikeTheGatewayIgnoresTheUpdate() {
        connect(false);
        clientMovesAndUpdates();
        assertTrue(EnginePair.of(p.eventsB, IkeEvent.IkeSaAddressesUpdated.class).isEmpty());
        // the Child SA keeps its old outer address (only the IKE SA answers where requests come from)
        assertEquals(EnginePair.A_ADDR, p.b.snapshots().get(0).children().get(0).remoteAddress().getAddress());
    }
}
