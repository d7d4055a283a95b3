package iosim.shell.controller;

import iosim.dataplane.InterfaceCounters;
import iosim.dataplane.Node;
import iosim.dataplane.NodeInterface;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * What {@code show interfaces} prints beside the raw counters: the {@code 5 minute input/output
 * rate} (IOS's exponentially decayed average over the load interval, here sampled once a
 * second), when a packet last came in or went out, and when the counters were last cleared.
 * Samples the dataplane's per-interface counters on the router's loop ({@link #run()}); read it
 * on the loop too ({@link #of(String)} returns an immutable copy).
 */
final class InterfaceLoad implements Runnable {
    /** IOS's default {@code load-interval}: 300 seconds. */
    static final long LOAD_INTERVAL_MILLIS = 300_000;

    /** One interface's derived figures; times are in the loop clock's milliseconds, -1 = never. */
    record Figures(double inBitsPerSec, double inPacketsPerSec, double outBitsPerSec, double outPacketsPerSec,
                   long lastInputMillis, long lastOutputMillis, long lastClearedMillis) {
        static final Figures NONE = new Figures(0, 0, 0, 0, -1, -1, -1);
    }

    private static final class State {
        long sampledAt = -1;
        long inPackets;
        long inBytes;
        long outPackets;
        long outBytes;
        double inBits;
        double inPps;
        double outBits;
        double outPps;
        long lastInput = -1;
        long lastOutput = -1;
        long lastCleared = -1;
    }

    private final Node node;
    private final LongSupplier clock;
    private final Map<String, State> states = new HashMap<>();

    InterfaceLoad(Node node, LongSupplier clockMillis) {
        this.node = node;
        this.clock = clockMillis;
    }

    /** Takes one sample of every interface's counters. On the loop. */
    @Override
    public void run() {
        long now = clock.getAsLong();
        for (NodeInterface i : node.interfaces()) {
            sample(states.computeIfAbsent(i.name(), n -> new State()), i.counters(), now);
        }
    }

    private static void sample(State s, InterfaceCounters.Snapshot c, long now) {
        if (s.sampledAt < 0 || c.inputPackets() < s.inPackets || c.outputPackets() < s.outPackets) {
            // first sample, or the counters were cleared behind our back: what they already
            // count came in or went out within the last second
            if (c.inputPackets() > 0 && s.lastInput < 0) {
                s.lastInput = now;
            }
            if (c.outputPackets() > 0 && s.lastOutput < 0) {
                s.lastOutput = now;
            }
            remember(s, c, now);
            return;
        }
        long dt = now - s.sampledAt;
        if (dt <= 0) {
            return;
        }
        double seconds = dt / 1000.0;
        double keep = Math.exp(-(double) dt / LOAD_INTERVAL_MILLIS);
        s.inBits = decay(s.inBits, (c.inputBytes() - s.inBytes) * 8 / seconds, keep);
        s.inPps = decay(s.inPps, (c.inputPackets() - s.inPackets) / seconds, keep);
        s.outBits = decay(s.outBits, (c.outputBytes() - s.outBytes) * 8 / seconds, keep);
        s.outPps = decay(s.outPps, (c.outputPackets() - s.outPackets) / seconds, keep);
        if (c.inputPackets() > s.inPackets) {
            s.lastInput = now;
        }
        if (c.outputPackets() > s.outPackets) {
            s.lastOutput = now;
        }
        remember(s, c, now);
    }

    private static double decay(double average, double sample, double keep) {
        return average * keep + sample * (1 - keep);
    }

    private static void remember(State s, InterfaceCounters.Snapshot c, long now) {
        s.sampledAt = now;
        s.inPackets = c.inputPackets();
        s.inBytes = c.inputBytes();
        s.outPackets = c.outputPackets();
        s.outBytes = c.outputBytes();
    }

    /** {@code clear counters [IF]} was done on {@code ifName}: rates restart, the clearing time is kept. On the loop. */
    void cleared(String ifName) {
        State s = states.computeIfAbsent(ifName, n -> new State());
        s.sampledAt = -1;
        s.inBits = s.inPps = s.outBits = s.outPps = 0;
        s.lastCleared = clock.getAsLong();
    }

    /** The figures of one interface. On the loop. */
    Figures of(String ifName) {
        State s = states.get(ifName);
        if (s == null) {
            return Figures.NONE;
        }
        return new Figures(s.inBits, s.inPps, s.outBits, s.outPps, s.lastInput, s.lastOutput, s.lastCleared);
    }

    long now() {
        return clock.getAsLong();
    }
}
