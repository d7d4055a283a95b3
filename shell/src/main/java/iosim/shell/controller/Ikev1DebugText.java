package iosim.shell.controller;

import iosim.ikev1.api.Ikev1Event;
import iosim.ikev1.message.NotifyType;
import iosim.shell.cli.DebugFlags;
import java.util.function.Consumer;

/**
 * {@code debug crypto isakmp} lines from the IKEv1 engine's events, in IOS's form
 * ({@code ISAKMP:(0):Old State = IKE_READY  New State = IKE_I_MM1}, {@code atts are
 * acceptable}, the proposal-check lines, retransmissions, deletes), and the IKEv1 syslog
 * messages that do not depend on debug.
 */
final class Ikev1DebugText {
    private final DebugFlags flags;
    private final Consumer<String> out;

    Ikev1DebugText(DebugFlags flags, Consumer<String> out) {
        this.flags = flags;
        this.out = out;
    }

    void event(Ikev1Event e) {
        if (e instanceof Ikev1Event.Phase1Failed f && f.remote() != null
                && (f.notifyType() == NotifyType.NO_PROPOSAL_CHOSEN || f.notifyType() == NotifyType.AUTHENTICATION_FAILED
                || f.reason().contains("retransmissions"))) {
            out.accept("%CRYPTO-6-IKMP_MODE_FAILURE: Processing of Main mode failed with peer at "
                    + f.remote().getAddress().getHostAddress());
        } else if (e instanceof Ikev1Event.Phase2Failed f && f.remote() != null) {
            out.accept("%CRYPTO-6-IKMP_MODE_FAILURE: Processing of Quick mode failed with peer at "
                    + f.remote().getAddress().getHostAddress());
        }
        if (!flags.isOn(Ikev1Sessions.DEBUG_FLAG)) {
            return;
        }
        if (e instanceof Ikev1Event.StateChanged s) {
            boolean p1done = s.newState().startsWith("IKE_QM") || s.oldState().equals("IKE_P1_COMPLETE");
            out.accept("ISAKMP:(" + (p1done ? s.connectionId() : 0) + "):Old State = " + s.oldState() + "  New State = "
                    + s.newState());
        } else if (e instanceof Ikev1Event.Trace t) {
            out.accept("ISAKMP:(0):" + t.step());
        } else if (e instanceof Ikev1Event.Retransmit r) {
            if (r.attempt() > 0) {
                out.accept("ISAKMP:(0): retransmitting phase 1 " + r.state() + "...");
                out.accept("ISAKMP (0): incrementing error counter on sa, attempt " + r.attempt()
                        + " of 5: retransmit phase 1");
            } else {
                out.accept("ISAKMP:(0): retransmitting due to retransmit phase 1");
            }
        } else if (e instanceof Ikev1Event.Phase1Up u) {
            out.accept("ISAKMP:(" + u.sa().connectionId() + "):SA authentication status:");
            out.accept("\tauthenticated");
            out.accept("ISAKMP:(" + u.sa().connectionId() + "):Input = IKE_MESG_INTERNAL, IKE_PROCESS_COMPLETE");
        } else if (e instanceof Ikev1Event.Phase1Failed f) {
            out.accept("ISAKMP:(0):deleting SA reason \"" + f.reason() + "\" state (I) MM_NO_STATE (peer "
                    + (f.remote() == null ? "?" : f.remote().getAddress().getHostAddress()) + ")");
        } else if (e instanceof Ikev1Event.Phase1Deleted d) {
            out.accept("ISAKMP:(" + d.sa().connectionId() + "):deleting SA reason \"" + d.reason() + "\" state ("
                    + (d.sa().initiator() ? "I" : "R") + ") QM_IDLE       (peer "
                    + d.sa().remote().getAddress().getHostAddress() + ")");
        } else if (e instanceof Ikev1Event.Phase2Up u) {
            out.accept("ISAKMP:(" + u.child().connectionId() + "):Node " + Integer.toUnsignedString(u.child().inboundSpi())
                    + ", Input = IKE_MESG_FROM_PEER, IKE_QM_EXCH");
        } else if (e instanceof Ikev1Event.BadMessage b) {
            out.accept("ISAKMP:(0):" + b.reason());
        }
    }
}
