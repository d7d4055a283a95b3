package iosim.ikev2.sa;

import iosim.ikev2.api.FragmentationSettings;
import iosim.ike.time.Scheduler;
import iosim.ikev2.message.DecodeResult;
import iosim.ikev2.message.FragmentReassembler;

/**
 * The SKF fragments (RFC 7383) of one inbound message of one IKE SA in one direction (the
 * peer's request, or the response to ours), each already authenticated by its own ICV. Holds
 * nothing until a fragment arrives, drops an incomplete message after the reassembly timeout,
 * and keeps the datagram count and octets for the exchange event.
 */
final class InboundFragments {
    private final EngineContext ctx;
    private FragmentReassembler reassembler;
    private Scheduler.Timer timer;
    private int stored;
    private int octets;
    private int datagrams;

    InboundFragments(EngineContext ctx) {
        this.ctx = ctx;
    }

    /** Datagrams and octets of the message last completed by {@link #add}. */
    int datagrams() {
        return datagrams;
    }

    int octets() {
        return octets;
    }

    /** Adds one authenticated fragment: {@link DecodeResult.Ok}, {@link DecodeResult.Partial} or an error. */
    DecodeResult add(DecodeResult.Fragment f, int datagramLength) {
        FragmentationSettings s = ctx.settings().fragmentation();
        if (reassembler == null) {
            reassembler = new FragmentReassembler(s.maxFragments(), s.maxReassemblyBytes());
            stored = 0;
            octets = 0;
        }
        DecodeResult r = reassembler.add(f);
        if (r instanceof DecodeResult.Partial p) {
            ctx.counters().fragmentsReceived++;
            if (p.received() > stored) {
                octets += datagramLength;
            } else if (p.received() < stored) {
                octets = datagramLength; // the peer started over with smaller fragments
            }
            stored = p.received();
            if (timer == null) {
                timer = ctx.scheduler().schedule(s.reassemblyTimeoutMillis(), this::timedOut);
            }
            return r;
        }
        if (r instanceof DecodeResult.Ok) {
            ctx.counters().fragmentsReceived++;
            ctx.counters().messagesReassembled++;
            datagrams = f.totalFragments();
            octets += datagramLength;
        } else {
            ctx.counters().fragmentsDropped++;
        }
        if (!reassembler.inProgress()) {
            clear();
        }
        return r;
    }

    private void timedOut() {
        timer = null;
        if (reassembler != null && reassembler.inProgress()) {
            ctx.counters().reassemblyTimeouts++;
        }
        clear();
    }

    /** Forgets any partial message (SA gone, or its exchange over). */
    void clear() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
        reassembler = null;
        stored = 0;
    }

    /** Octets held (for tests and memory accounting). */
    int bytesHeld() {
        return reassembler == null ? 0 : reassembler.bytesHeld();
    }
}
