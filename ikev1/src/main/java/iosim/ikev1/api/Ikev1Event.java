package iosim.ikev1.api;

import java.net.InetSocketAddress;

/** What the engine reports to its owner (the router's controller, tests). */
public sealed interface Ikev1Event {

    /** A state transition, as IOS debug prints it (Old State = IKE_I_MM1  New State = IKE_I_MM2). */
    record StateChanged(long connectionId, InetSocketAddress remote, String oldState, String newState)
            implements Ikev1Event {
    }

    /** Debug detail of a negotiation step (proposal checks, payload processing). */
    record Trace(long connectionId, InetSocketAddress remote, String step) implements Ikev1Event {
    }

    record Phase1Up(IsakmpSaSnapshot sa) implements Ikev1Event {
    }

    /** Phase 1 did not complete; {@code notifyType} is the ISAKMP notify type involved (0: none). */
    record Phase1Failed(String peerName, InetSocketAddress remote, String reason, int notifyType) implements Ikev1Event {
    }

    record Phase1Deleted(IsakmpSaSnapshot sa, String reason) implements Ikev1Event {
    }

    record Phase2Up(ChildKeys child, boolean rekey) implements Ikev1Event {
    }

    record Phase2Failed(String peerName, InetSocketAddress remote, Selector local, Selector remote2, String reason,
                        int notifyType) implements Ikev1Event {
    }

    record Phase2Deleted(ChildKeys child, String reason) implements Ikev1Event {
    }

    /** A datagram that failed its sanity check (IOS %CRYPTO-4-IKMP_BAD_MESSAGE). */
    record BadMessage(InetSocketAddress remote, String reason) implements Ikev1Event {
    }

    /** A retransmission of our last message of an exchange. */
    record Retransmit(long connectionId, InetSocketAddress remote, String state, int attempt) implements Ikev1Event {
    }

    /** DPD gave up on the peer. */
    record PeerDead(String peerName, InetSocketAddress remote) implements Ikev1Event {
    }
}
