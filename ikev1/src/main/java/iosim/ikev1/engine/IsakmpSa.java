package iosim.ikev1.engine;

import iosim.ike.crypto.DhKeyPair;
import iosim.ike.time.Scheduler;
import iosim.ikev1.api.ChildKeys;
import iosim.ikev1.api.IsakmpPolicy;
import iosim.ikev1.api.IsakmpSaSnapshot;
import iosim.ikev1.api.PeerParams;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One ISAKMP SA and its phase 1 exchange state. Owned by the engine's thread; the handlers
 * ({@link Phase1}, {@link QuickMode}, {@link Informational}) read and move it.
 */
final class IsakmpSa {
    final long connectionId;
    final boolean initiator;
    final boolean aggressive;
    final long createdMillis;
    PeerParams peer;
    long icookie;
    long rcookie;
    InetSocketAddress local;
    InetSocketAddress remote;

    /** The name {@code show crypto isakmp sa} prints, and the one debug prints. */
    String showState;
    String fsmState = "IKE_READY";
    boolean established;
    boolean deleted;

    // phase 1 material
    IsakmpPolicy policy;
    int chosenTransformNumber;
    DhKeyPair dh;
    byte[] gxi;
    byte[] gxr;
    byte[] ni;
    byte[] nr;
    byte[] saiBody;
    /** The peer's phase 1 ID payload body (IDii_b / IDir_b). */
    byte[] peerIdBody;
    byte[] gxy;
    Protection protection;
    boolean peerNatT;
    boolean peerDpd;
    boolean natDetected;
    long expiresMillis;
    Scheduler.Timer lifetimeTimer;

    // retransmission of phase 1
    final Exchange phase1 = new Exchange(0);
    /** Quick Mode and INFORMATIONAL exchanges in progress, by message ID. */
    final Map<Integer, QuickModeExchange> quickModes = new HashMap<>();
    final List<ChildKeys> children = new ArrayList<>();
    /** Quick Modes to start once phase 1 is up. */
    final List<iosim.ikev1.api.QuickModeParams> pendingQuickModes = new ArrayList<>();
    /** Pending Quick Modes that rekey an IPsec SA pair (the old pair is deleted once the new one is up). */
    final java.util.Map<iosim.ikev1.api.QuickModeParams, ChildState> pendingReplacements = new java.util.IdentityHashMap<>();

    // DPD
    int dpdSequence;
    int dpdOutstanding;
    Scheduler.Timer dpdTimer;

    IsakmpSa(long connectionId, boolean initiator, boolean aggressive, PeerParams peer, long icookie,
             InetSocketAddress local, InetSocketAddress remote, long now) {
        this.connectionId = connectionId;
        this.initiator = initiator;
        this.aggressive = aggressive;
        this.peer = peer;
        this.icookie = icookie;
        this.local = local;
        this.remote = remote;
        this.createdMillis = now;
        this.showState = aggressive ? "AG_NO_STATE" : "MM_NO_STATE";
    }

    byte[] gxLocal() {
        return initiator ? gxi : gxr;
    }

    IsakmpSaSnapshot snapshot() {
        return new IsakmpSaSnapshot(connectionId, peer.name(), local, remote, icookie, rcookie, initiator, showState,
                fsmState, established, deleted, policy, aggressive, natDetected, peerDpd && peer.dpd().enabled(),
                createdMillis, expiresMillis, List.copyOf(children));
    }

    /** The last message we sent in an exchange and the last one we received, for retransmission. */
    static final class Exchange {
        final int messageId;
        byte[] lastSent;
        byte[] lastReceived;
        int attempts;
        Scheduler.Timer timer;

        Exchange(int messageId) {
            this.messageId = messageId;
        }

        void cancel() {
            if (timer != null) {
                timer.cancel();
                timer = null;
            }
        }
    }
}
