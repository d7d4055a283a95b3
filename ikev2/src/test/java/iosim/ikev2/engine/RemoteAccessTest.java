package iosim.ikev2.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import iosim.ikev2.api.ConfigAttributes;
import iosim.ikev2.api.EapClientParams;
import iosim.ikev2.api.EapMethod;
import iosim.ikev2.api.Identity;
import iosim.ikev2.api.IkeEvent;
import iosim.ikev2.api.IkeSaSnapshot;
import iosim.ikev2.api.IkeSessionParams;
import iosim.ikev2.api.RemoteAccessAuthorizer;
import iosim.ikev2.api.RemoteAccessPolicy;
import iosim.ikev2.api.TrafficSelectorSpec;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Engine A is a remote-access client (EAP), engine B the gateway (PSK + EAP, address pool), in
 * virtual time: each EAP method, wrong password, unknown user, pool exhausted, EAP timeout,
 * address release on delete and hand-over on IKE rekey.
 */
class RemoteAccessTest {
    private static final byte[] PSK = "gw-psk".getBytes(StandardCharsets.US_ASCII);

    /** A pool the test can inspect: hands out 10.9.0.1.. in order, takes addresses back. */
    static final class Pool implements RemoteAccessAuthorizer {
        final Deque<InetAddress> free = new ArrayDeque<>();
        final List<String> released = new ArrayList<>();

        Pool(int size) {
            for (int i = 1; i <= size; i++) {
                free.add(EnginePair.addr("10.9.0." + i));
            }
        }

        @Override
        public Decision authorize(String user, Identity id, InetSocketAddress peer, boolean addressRequested) {
            if (free.isEmpty()) {
                return Decision.refuse("pool RA-POOL exhausted");
            }
            return Decision.grant(new ConfigAttributes(free.poll(), EnginePair.addr("255.255.255.255"),
                    List.of(EnginePair.addr("10.2.0.53")), List.of(), List.of(TrafficSelectorSpec.subnet("10.2.0.0/24")),
                    "lab.example"));
        }

        @Override
        public void release(String user, ConfigAttributes a) {
            released.add(user + " " + a.address().getHostAddress());
            free.addFirst(a.address());
        }
    }

    final EnginePair p = new EnginePair();
    Pool pool = new Pool(4);

    void setUp(List<EapMethod> methods, boolean queryIdentity, String user, String password) {
        IkeSessionParams gw = IkeSessionParams.of("RA", new InetSocketAddress(EnginePair.B_ADDR, 500),
                new InetSocketAddress(EnginePair.addr("0.0.0.0"), 500), Identity.fqdn("gw.lab.example"), null, PSK,
                List.of(EnginePair.cbc256()), EnginePair.child("0.0.0.0/0", "0.0.0.0/0"));
        p.b.addPeer(gw);
        p.b.setRemoteAccess("RA", new RemoteAccessPolicy(methods, queryIdentity, 10_000,
                u -> Optional.ofNullable(Map.of("alice", "Secr3t!", "bob", "pw").get(u)), pool));
        p.a.setEapClient("Client", new EapClientParams(user, password, true));
        p.a.initiate(IkeSessionParams.of("Client", new InetSocketAddress(EnginePair.A_ADDR, 500),
                new InetSocketAddress(EnginePair.B_ADDR, 500), Identity.email(user + "@lab.example"),
                Identity.fqdn("gw.lab.example"), PSK, List.of(EnginePair.cbc256()),
                EnginePair.child("0.0.0.0/0", "0.0.0.0/0")));
    }

    @ParameterizedTest
    @EnumSource(EapMethod.class)
    void clientConnectsWithEachMethodAndGetsAPoolAddress(EapMethod m) {
        setUp(List.of(m), true, "alice", "Secr3t!");
        p.pump();
        IkeSaSnapshot client = p.a.snapshots().get(0);
        IkeSaSnapshot gw = p.b.snapshots().get(0);
        assertEquals("ESTABLISHED", client.state(), p.eventsA.toString());
        assertEquals("ESTABLISHED", gw.state(), p.eventsB.toString());
        assertEquals("alice", gw.remoteAccess().eapIdentity());
        assertEquals(m, gw.remoteAccess().method());
        assertEquals(m, client.remoteAccess().method());
        ConfigAttributes got = client.remoteAccess().attributes();
        assertEquals("10.9.0.1", got.address().getHostAddress());
        assertEquals(List.of(EnginePair.addr("10.2.0.53")), got.dns());
        assertEquals(List.of(TrafficSelectorSpec.subnet("10.2.0.0/24")), got.subnets());
        assertEquals("lab.example", got.domain());
        assertEquals(1, gw.children().size());
        assertEquals(List.of(TrafficSelectorSpec.host(EnginePair.addr("10.9.0.1"))), gw.children().get(0).remoteSelectors());
        assertEquals(List.of(TrafficSelectorSpec.host(EnginePair.addr("10.9.0.1"))), client.children().get(0).localSelectors());
        assertEquals(gw.children().get(0).inboundSpi(), client.children().get(0).outboundSpi());
        // IKE_SA_INIT, then IKE_AUTH requests: IDi without AUTH, identity response, challenge response,
        // [MSCHAPv2 success acknowledgement], final AUTH
        int rounds = switch (m) {
            case MSCHAPV2 -> 5;
            case MD5, GTC -> 4;
        };
        assertEquals(1 + rounds, EnginePair.of(p.eventsA, IkeEvent.ExchangeSent.class).size());
    }

    @Test
    void withoutQueryIdentityTheClientsIkeIdentityIsTheUserName() {
        setUp(List.of(EapMethod.MSCHAPV2), false, "bob", "pw");
        p.b.removePeer("RA");
        IkeSessionParams gw = IkeSessionParams.of("RA", new InetSocketAddress(EnginePair.B_ADDR, 500),
                new InetSocketAddress(EnginePair.addr("0.0.0.0"), 500), Identity.fqdn("gw.lab.example"), null, PSK,
                List.of(EnginePair.cbc256()), EnginePair.child("0.0.0.0/0", "0.0.0.0/0"));
        p.b.addPeer(gw);
        p.b.setRemoteAccess("RA", new RemoteAccessPolicy(List.of(EapMethod.MSCHAPV2), false, 10_000,
                u -> Optional.ofNullable(Map.of("bob", "pw").get(u)), pool));
        p.pump();
        // the client's IDi is bob@lab.example, but MSCHAPv2's response names "bob": the gateway looks that up
        assertEquals("ESTABLISHED", p.b.snapshots().get(0).state(), p.eventsB.toString());
        assertEquals("bob", p.b.snapshots().get(0).remoteAccess().eapIdentity());
    }

    @ParameterizedTest
    @EnumSource(EapMethod.class)
    void wrongPasswordIsRefusedOnBothSides(EapMethod m) {
        setUp(List.of(m), true, "alice", "guess");
        p.pump();
        assertTrue(p.a.snapshots().isEmpty());
        assertTrue(p.b.snapshots().isEmpty());
        IkeEvent.Failure f = EnginePair.of(p.eventsB, IkeEvent.Failure.class).get(0);
        assertEquals("AUTHENTICATION_FAILED", f.notifyName());
        assertTrue(f.reason().contains("alice"), f.reason());
        assertTrue(EnginePair.of(p.eventsA, IkeEvent.Failure.class).stream()
                .anyMatch(x -> x.sentByPeer() && x.notifyName().equals("AUTHENTICATION_FAILED")), p.eventsA.toString());
        assertEquals(4, pool.free.size());
    }

    @Test
    void unknownUserIsRefused() {
        setUp(List.of(EapMethod.MSCHAPV2), true, "mallory", "x");
        p.pump();
        assertTrue(p.b.snapshots().isEmpty());
        assertTrue(EnginePair.of(p.eventsB, IkeEvent.Failure.class).get(0).reason().contains("mallory is unknown"));
    }

    @Test
    void exhaustedPoolRefusesTheClientAfterAuthentication() {
        pool = new Pool(0);
        setUp(List.of(EapMethod.MSCHAPV2), true, "alice", "Secr3t!");
        p.pump();
        assertTrue(p.a.snapshots().isEmpty());
        assertTrue(p.b.snapshots().isEmpty());
        IkeEvent.Failure f = EnginePair.of(p.eventsB, IkeEvent.Failure.class).get(0);
        assertEquals("INTERNAL_ADDRESS_FAILURE", f.notifyName());
        assertTrue(f.reason().contains("exhausted"), f.reason());
        assertTrue(EnginePair.of(p.eventsA, IkeEvent.Failure.class).stream()
                .anyMatch(x -> x.sentByPeer() && x.notifyName().equals("INTERNAL_ADDRESS_FAILURE")), p.eventsA.toString());
    }

    @Test
    void silentClientTimesOutDuringEap() {
        setUp(List.of(EapMethod.MSCHAPV2), true, "alice", "Secr3t!");
        for (int i = 0; i < 4; i++) { // INIT req, INIT resp, AUTH 1 req, AUTH 1 resp (EAP identity request)
            if (i % 2 == 0) {
                p.b.receive(p.toB.poll());
            } else {
                p.a.receive(p.toA.poll());
            }
        }
        p.toB.clear(); // the client's identity response and its retransmissions get lost
        p.a.receive(new iosim.ike.net.Datagram(new InetSocketAddress(EnginePair.B_ADDR, 500),
                new InetSocketAddress(EnginePair.A_ADDR, 500), new byte[0]));
        assertEquals(1, p.b.snapshots().size());
        p.clock.advance(10_001);
        p.toB.clear();
        assertTrue(p.b.snapshots().isEmpty());
        assertTrue(EnginePair.of(p.eventsB, IkeEvent.Failure.class).stream()
                .anyMatch(f -> f.reason().startsWith("EAP timed out")), p.eventsB.toString());
    }

    @Test
    void deletingTheSessionGivesTheAddressBack() {
        setUp(List.of(EapMethod.MSCHAPV2), true, "alice", "Secr3t!");
        p.pump();
        assertEquals(3, pool.free.size());
        p.a.deleteIke(p.a.snapshots().get(0).localSpi());
        p.pump();
        assertTrue(p.b.snapshots().isEmpty());
        assertEquals(List.of("alice 10.9.0.1"), pool.released);
        assertEquals(4, pool.free.size());
    }

    @Test
    void ikeRekeyKeepsTheAddressAndTheIdentity() {
        setUp(List.of(EapMethod.MSCHAPV2), true, "alice", "Secr3t!");
        p.pump();
        long old = p.b.snapshots().get(0).localSpi();
        assertTrue(p.b.rekeyIke(old));
        p.pump();
        assertEquals(1, p.b.snapshots().size());
        IkeSaSnapshot now = p.b.snapshots().get(0);
        assertFalse(now.localSpi() == old);
        assertNotNull(now.remoteAccess());
        assertEquals("alice", now.remoteAccess().eapIdentity());
        assertTrue(pool.released.isEmpty(), pool.released.toString());
        p.b.deleteIke(now.localSpi());
        p.pump();
        assertEquals(List.of("alice 10.9.0.1"), pool.released);
    }

    @Test
    void gatewaySignsWithItsCertificateAndTheClientChecksIt() throws Exception {
        iosim.ikev2.cert.TestPki ca = iosim.ikev2.cert.TestPki.rsa("CN=RA Lab CA");
        java.security.KeyPair gwKeys = iosim.ikev2.cert.TestPki.keys("RSA");
        java.security.cert.X509Certificate gwCert = ca.issue(gwKeys, "CN=gw.lab.example");
        Identity gwId = iosim.ikev2.cert.CertificateIdentity.dn(gwCert);
        iosim.ikev2.api.AuthPolicy gwAuth = new iosim.ikev2.api.AuthPolicy(iosim.ikev2.api.AuthKind.RSA_SIG,
                java.util.Set.of(iosim.ikev2.api.AuthKind.PSK),
                new iosim.ikev2.api.LocalCredential(gwKeys.getPrivate(), List.of(gwCert)), null, false);
        IkeSessionParams gw = IkeSessionParams.of("RA", new InetSocketAddress(EnginePair.B_ADDR, 500),
                new InetSocketAddress(EnginePair.addr("0.0.0.0"), 500), gwId, null, PSK,
                List.of(EnginePair.cbc256()), EnginePair.child("0.0.0.0/0", "0.0.0.0/0")).withAuth(gwAuth);
        p.b.addPeer(gw);
        p.b.setRemoteAccess("RA", new RemoteAccessPolicy(List.of(EapMethod.MSCHAPV2), true, 10_000,
                u -> Optional.ofNullable(Map.of("alice", "Secr3t!").get(u)), pool));
        iosim.ikev2.api.AuthPolicy clientAuth = new iosim.ikev2.api.AuthPolicy(iosim.ikev2.api.AuthKind.PSK,
                java.util.Set.of(iosim.ikev2.api.AuthKind.RSA_SIG), null,
                new iosim.ikev2.cert.PkixCertificateVerifier(List.of(ca.caCert), List::of, java.time.Instant::now,
                        false, true), false);
        p.a.setEapClient("Client", new EapClientParams("alice", "Secr3t!", true));
        p.a.initiate(IkeSessionParams.of("Client", new InetSocketAddress(EnginePair.A_ADDR, 500),
                new InetSocketAddress(EnginePair.B_ADDR, 500), Identity.email("alice@lab.example"), gwId, PSK,
                List.of(EnginePair.cbc256()), EnginePair.child("0.0.0.0/0", "0.0.0.0/0")).withAuth(clientAuth));
        p.pump();
        assertEquals("ESTABLISHED", p.a.snapshots().get(0).state(), p.eventsA.toString());
        IkeSaSnapshot gwSa = p.b.snapshots().get(0);
        assertEquals("RSA", gwSa.authMethod());
        assertEquals("EAP", gwSa.peerAuthMethod());
        assertEquals("RSA", p.a.snapshots().get(0).peerAuthMethod());
        assertEquals("EAP", p.a.snapshots().get(0).authMethod());
        assertEquals("10.9.0.1", p.a.snapshots().get(0).remoteAccess().attributes().address().getHostAddress());
    }

    @Test
    void clientRefusesAGatewayCertificateFromAnotherCa() throws Exception {
        iosim.ikev2.cert.TestPki ca = iosim.ikev2.cert.TestPki.rsa("CN=RA Lab CA");
        iosim.ikev2.cert.TestPki other = iosim.ikev2.cert.TestPki.rsa("CN=Other CA");
        java.security.KeyPair gwKeys = iosim.ikev2.cert.TestPki.keys("RSA");
        java.security.cert.X509Certificate gwCert = other.issue(gwKeys, "CN=gw.lab.example");
        Identity gwId = iosim.ikev2.cert.CertificateIdentity.dn(gwCert);
        p.b.addPeer(IkeSessionParams.of("RA", new InetSocketAddress(EnginePair.B_ADDR, 500),
                new InetSocketAddress(EnginePair.addr("0.0.0.0"), 500), gwId, null, PSK,
                List.of(EnginePair.cbc256()), EnginePair.child("0.0.0.0/0", "0.0.0.0/0")).withAuth(
                new iosim.ikev2.api.AuthPolicy(iosim.ikev2.api.AuthKind.RSA_SIG, java.util.Set.of(iosim.ikev2.api.AuthKind.PSK),
                        new iosim.ikev2.api.LocalCredential(gwKeys.getPrivate(), List.of(gwCert)), null, false)));
        p.b.setRemoteAccess("RA", new RemoteAccessPolicy(List.of(EapMethod.MSCHAPV2), true, 10_000,
                u -> Optional.of("Secr3t!"), pool));
        p.a.setEapClient("Client", new EapClientParams("alice", "Secr3t!", true));
        p.a.initiate(IkeSessionParams.of("Client", new InetSocketAddress(EnginePair.A_ADDR, 500),
                new InetSocketAddress(EnginePair.B_ADDR, 500), Identity.email("alice@lab.example"), gwId, PSK,
                List.of(EnginePair.cbc256()), EnginePair.child("0.0.0.0/0", "0.0.0.0/0")).withAuth(
                new iosim.ikev2.api.AuthPolicy(iosim.ikev2.api.AuthKind.PSK, java.util.Set.of(iosim.ikev2.api.AuthKind.RSA_SIG),
                        null, new iosim.ikev2.cert.PkixCertificateVerifier(List.of(ca.caCert), List::of,
                        java.time.Instant::now, false, true), false)));
        p.pump();
        assertTrue(p.a.snapshots().isEmpty());
        assertTrue(EnginePair.of(p.eventsA, IkeEvent.Failure.class).get(0).reason().contains("rejected"),
                p.eventsA.toString());
        assertEquals(4, pool.free.size());
    }
}
