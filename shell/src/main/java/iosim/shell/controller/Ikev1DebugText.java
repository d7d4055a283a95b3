package iosim.shell.controller;

import iosim.ikev1.api.Ikev1Event;
import iosim.ikev1.api.IsakmpSaSnapshot;
import iosim.ikev1.message.NotifyType;
import iosim.shell.cli.DebugFlags;
import java.net.InetSocketAddress;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code debug crypto isakmp} lines from the IKEv1 engine's events and datagrams, in IOS's form:
 * each state change as its {@code Input = ...} line then {@code Old State = IKE_READY  New State
 * = IKE_I_MM1}, the packets as {@code sending packet to A my_port 500 peer_port 500 (I)
 * MM_NO_STATE} / {@code received packet from A dport 500 sport 500 Global (I) MM_SA_SETUP}, the
 * proposal checks ({@code atts are acceptable}), retransmissions and deletes. The number in
 * {@code ISAKMP:(N)} is 0 until the SA's keys exist (SKEYID), then its conn-id, as on IOS. Also
 * the IKEv1 syslog messages that do not depend on debug.
 */
final class Ikev1DebugText implements iosim.shell.controller.tunnel.Ikev1Debug {
    private final DebugFlags flags;
    private final Consumer<String> out;
    /** Conn-ids whose SKEYID exists (IOS numbers the SA's debug lines from then on). */
    private final Set<Long> keyed = new HashSet<>();

    Ikev1DebugText(DebugFlags flags, Consumer<String> out) {
        this.flags = flags;
        this.out = out;
    }

    @Override
    public boolean on() {
        return flags.isOn(iosim.shell.controller.tunnel.Ikev1Keying.DEBUG_FLAG);
    }

    private String id(long connectionId) {
        return "ISAKMP:(" + (keyed.contains(connectionId) ? connectionId : 0) + "):";
    }

    /** A datagram we send ({@code sa}: the ISAKMP SA it belongs to, null when unknown). */
    @Override
    public void sent(InetSocketAddress to, InetSocketAddress from, IsakmpSaSnapshot sa) {
        if (!on() || sa == null) {
            return;
        }
        out.accept(id(sa.connectionId()) + " sending packet to " + to.getAddress().getHostAddress() + " my_port "
                + from.getPort() + " peer_port " + to.getPort() + " (" + role(sa) + ") " + sa.state());
        out.accept(id(sa.connectionId()) + "Sending an IKE IPv4 Packet.");
    }

    /** A datagram received for {@code sa} (before the engine handles it). */
    @Override
    public void received(InetSocketAddress from, InetSocketAddress to, IsakmpSaSnapshot sa) {
        if (!on()) {
            return;
        }
        long n = sa != null && keyed.contains(sa.connectionId()) ? sa.connectionId() : 0;
        out.accept("ISAKMP (" + n + "): received packet from " + from.getAddress().getHostAddress() + " dport "
                + to.getPort() + " sport " + from.getPort() + " Global" + (sa == null ? " (N) NEW SA"
                : " (" + role(sa) + ") " + sa.state()));
    }

    private static String role(IsakmpSaSnapshot sa) {
        return sa.initiator() ? "I" : "R";
    }

    @Override
    public void event(Ikev1Event e) {
        if (e instanceof Ikev1Event.Phase1Failed f && f.remote() != null
                && (f.notifyType() == NotifyType.NO_PROPOSAL_CHOSEN || f.notifyType() == NotifyType.AUTHENTICATION_FAILED
                || f.reason().contains("retransmissions"))) {
            out.accept("%CRYPTO-6-IKMP_MODE_FAILURE: Processing of Main mode failed with peer at "
                    + f.remote().getAddress().getHostAddress());
        } else if (e instanceof Ikev1Event.Phase2Failed f && f.remote() != null) {
            out.accept("%CRYPTO-6-IKMP_MODE_FAILURE: Processing of Quick mode failed with peer at "
                    + f.remote().getAddress().getHostAddress());
        }
        if (e instanceof Ikev1Event.Trace t && t.step().startsWith("SKEYID")) {
            keyed.add(t.connectionId());
        } else if (e instanceof Ikev1Event.Phase1Up u) {
            keyed.add(u.sa().connectionId());
        } else if (e instanceof Ikev1Event.Phase1Deleted d) {
            keyed.remove(d.sa().connectionId());
        }
        if (!on()) {
            return;
        }
        if (e instanceof Ikev1Event.StateChanged s) {
            String input = input(s.oldState(), s.newState());
            String head = id(s.connectionId());
            if (input != null) {
                out.accept(head + input);
            }
            out.accept(head + "Old State = " + s.oldState() + "  New State = " + s.newState());
        } else if (e instanceof Ikev1Event.Trace t) {
            out.accept(id(t.connectionId()) + t.step());
        } else if (e instanceof Ikev1Event.Retransmit r) {
            String head = id(r.connectionId());
            if (r.attempt() > 0) {
                out.accept(head + " retransmitting phase 1 " + r.state() + "...");
                out.accept("ISAKMP (" + (keyed.contains(r.connectionId()) ? r.connectionId() : 0)
                        + "): incrementing error counter on sa, attempt " + r.attempt() + " of 5: retransmit phase 1");
            } else {
                out.accept(head + " retransmitting due to retransmit phase 1");
            }
        } else if (e instanceof Ikev1Event.Phase1Up u) {
            String head = id(u.sa().connectionId());
            out.accept(head + "SA has been authenticated with " + u.sa().remote().getAddress().getHostAddress());
        } else if (e instanceof Ikev1Event.Phase1Failed f) {
            out.accept("ISAKMP:(0):deleting SA reason \"" + f.reason() + "\" state (I) MM_NO_STATE (peer "
                    + (f.remote() == null ? "?" : f.remote().getAddress().getHostAddress()) + ")");
        } else if (e instanceof Ikev1Event.Phase1Deleted d) {
            out.accept("ISAKMP:(" + d.sa().connectionId() + "):deleting SA reason \"" + d.reason() + "\" state ("
                    + (d.sa().initiator() ? "I" : "R") + ") " + d.sa().state() + "       (peer "
                    + d.sa().remote().getAddress().getHostAddress() + ")");
        } else if (e instanceof Ikev1Event.BadMessage b) {
            out.accept("ISAKMP:(0):" + b.reason());
        }
    }

    /**
     * IOS's {@code Input = ...} line before a state change: what drove it (a peer's message, our
     * own processing, or IPsec asking for an SA). Quick Mode lines carry the node (message id)
     * in IOS; the engine does not report it, so they start at {@code Input}.
     */
    static String input(String from, String to) {
        String peer = "Input = IKE_MESG_FROM_PEER, ";
        String internal = "Input = IKE_MESG_INTERNAL, IKE_PROCESS_COMPLETE";
        return switch (to) {
            case "IKE_I_MM1" -> "Input = IKE_MESG_FROM_IPSEC, IKE_SA_REQ_MM";
            case "IKE_I_AM1" -> "Input = IKE_MESG_FROM_IPSEC, IKE_SA_REQ_AM";
            case "IKE_I_MM2", "IKE_I_MM4", "IKE_I_MM6", "IKE_R_MM1", "IKE_R_MM3", "IKE_R_MM5" -> peer + "IKE_MM_EXCH";
            case "IKE_I_AM2", "IKE_R_AM1", "IKE_R_AM3" -> peer + "IKE_AM_EXCH";
            case "IKE_I_MM3", "IKE_I_MM5", "IKE_R_MM2", "IKE_R_MM4", "IKE_R_AM2" -> internal;
            case "IKE_P1_COMPLETE" -> from.startsWith("IKE_I_AM") || from.startsWith("IKE_R_AM")
                    ? "Input = IKE_MESG_INTERNAL, IKE_PHASE1_COMPLETE" : internal;
            case "IKE_QM_I_QM1" -> "Input = IKE_MESG_INTERNAL, IKE_INIT_QM";
            case "IKE_QM_SPI_STARVE", "IKE_QM_R_QM2" -> peer + "IKE_QM_EXCH";
            case "IKE_QM_PHASE2_COMPLETE" -> peer + "IKE_QM_EXCH";
            default -> null;
        };
    }
}
