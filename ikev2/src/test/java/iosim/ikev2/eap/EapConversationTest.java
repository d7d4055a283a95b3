package iosim.ikev2.eap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import iosim.ike.crypto.RandomSource;
import iosim.ikev2.api.EapCredentials;
import iosim.ikev2.api.EapMethod;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** EapServer against EapPeer, packet by packet, through the wire encoding. */
class EapConversationTest {
    private static final EapCredentials USERS = u -> Optional.ofNullable(Map.of("alice", "Secr3t!", "bob", "pw").get(u));

    /** Runs the conversation; returns the server's final step. */
    private static EapServer.Step run(EapServer server, EapPeer peer, EapPeer.Result[] peerEnd) {
        EapServer.Step step = server.start();
        for (int i = 0; i < 10; i++) {
            if (!(step instanceof EapServer.Send send)) {
                break;
            }
            EapPeer.Result r = peer.receive(EapPacket.decode(send.request().encode()));
            if (!(r instanceof EapPeer.Reply reply)) {
                peerEnd[0] = r;
                return step;
            }
            step = server.receive(EapPacket.decode(reply.response().encode()));
        }
        byte[] last = step instanceof EapServer.Succeeded s ? s.success().encode() : ((EapServer.Failed) step).failure().encode();
        peerEnd[0] = peer.receive(EapPacket.decode(last));
        return step;
    }

    @ParameterizedTest
    @EnumSource(EapMethod.class)
    void eachMethodSucceedsWithTheRightPassword(EapMethod m) {
        EapServer server = new EapServer(List.of(m), true, USERS, RandomSource.deterministic(1), "client.example", "GW");
        EapPeer peer = new EapPeer("alice", "Secr3t!", RandomSource.deterministic(2));
        EapPeer.Result[] end = new EapPeer.Result[1];
        EapServer.Step s = run(server, peer, end);
        EapServer.Succeeded ok = assertInstanceOf(EapServer.Succeeded.class, s);
        EapPeer.Success pok = assertInstanceOf(EapPeer.Success.class, end[0]);
        assertEquals("alice", server.identity());
        assertEquals(m, pok.method());
        if (m == EapMethod.MSCHAPV2) {
            assertNotNull(ok.msk());
            assertArrayEquals(ok.msk(), pok.msk());
        } else {
            assertNull(ok.msk());
            assertNull(pok.msk());
        }
    }

    @ParameterizedTest
    @EnumSource(EapMethod.class)
    void wrongPasswordFails(EapMethod m) {
        EapServer server = new EapServer(List.of(m), true, USERS, RandomSource.deterministic(1), "x", "GW");
        EapPeer.Result[] end = new EapPeer.Result[1];
        EapServer.Failed f = assertInstanceOf(EapServer.Failed.class,
                run(server, new EapPeer("alice", "wrong", RandomSource.deterministic(2)), end));
        assertTrue(f.reason().contains("alice"), f.reason());
        assertInstanceOf(EapPeer.Failure.class, end[0]);
    }

    @Test
    void unknownUserFails() {
        EapServer server = new EapServer(List.of(EapMethod.MSCHAPV2), true, USERS, RandomSource.deterministic(1), "x", "GW");
        EapPeer.Result[] end = new EapPeer.Result[1];
        EapServer.Failed f = assertInstanceOf(EapServer.Failed.class,
                run(server, new EapPeer("mallory", "pw", RandomSource.deterministic(2)), end));
        assertTrue(f.reason().contains("mallory is unknown"), f.reason());
    }

    @Test
    void withoutQueryIdentityTheIkeIdentityIsUsed() {
        EapServer server = new EapServer(List.of(EapMethod.MD5), false, USERS, RandomSource.deterministic(1), "bob", "GW");
        EapPeer.Result[] end = new EapPeer.Result[1];
        assertInstanceOf(EapServer.Succeeded.class, run(server, new EapPeer("bob", "pw", RandomSource.deterministic(2)), end));
    }

    @Test
    void nakSwitchesToAnotherConfiguredMethod() {
        EapServer server = new EapServer(List.of(EapMethod.MSCHAPV2, EapMethod.GTC), true, USERS,
                RandomSource.deterministic(1), "x", "GW");
        EapServer.Send id = assertInstanceOf(EapServer.Send.class, server.start());
        EapServer.Send chal = assertInstanceOf(EapServer.Send.class, server.receive(
                EapPacket.response(id.request().identifier(), EapPacket.TYPE_IDENTITY, "bob".getBytes())));
        EapServer.Send gtc = assertInstanceOf(EapServer.Send.class, server.receive(
                EapPacket.response(chal.request().identifier(), EapPacket.TYPE_NAK, new byte[] {6})));
        assertEquals(EapMethod.GTC.type(), gtc.request().type());
        assertInstanceOf(EapServer.Succeeded.class, server.receive(
                EapPacket.response(gtc.request().identifier(), 6, "pw".getBytes())));
    }

    @Test
    void malformedAndMismatchedResponsesFail() {
        EapServer server = new EapServer(List.of(EapMethod.MSCHAPV2), true, USERS, RandomSource.deterministic(1), "x", "GW");
        EapServer.Send id = assertInstanceOf(EapServer.Send.class, server.start());
        assertInstanceOf(EapServer.Failed.class, server.receive(
                EapPacket.response(id.request().identifier() + 1, EapPacket.TYPE_IDENTITY, "bob".getBytes())));
        assertNull(EapPacket.decode(new byte[] {2, 1, 0, 9, 1}));
        assertNull(EapPacket.decode(new byte[] {3, 1, 0, 5, 0}));
        assertInstanceOf(EapServer.Failed.class, new EapServer(List.of(EapMethod.MD5), false, USERS,
                RandomSource.deterministic(1), "bob", "GW").receive(null));
    }
}
