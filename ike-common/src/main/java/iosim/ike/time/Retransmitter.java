package iosim.ike.time;

import java.util.List;
import java.util.Random;

/**
 * Owns the encoded datagrams of one outstanding request (all fragments), sends them, and
 * resends exactly those bytes with exponential back-off until {@link #stop()} is called (a
 * response arrived) or the tries are exhausted, when {@code onGiveUp} runs once.
 */
public final class Retransmitter {
    private final Scheduler scheduler;
    private final RetransmitSettings settings;
    private final Random random;
    private final Runnable send;
    private final Runnable onGiveUp;
    private Scheduler.Timer timer;
    private int retransmissions;
    private boolean finished;

    /**
     * @param send      sends the owned datagrams once (called for the first send and each retransmission)
     * @param onGiveUp  called when the last wait expired without {@link #stop()}
     */
    public Retransmitter(Scheduler scheduler, RetransmitSettings settings, Random random,
                         Runnable send, Runnable onGiveUp) {
        this.scheduler = scheduler;
        this.settings = settings;
        this.random = random;
        this.send = send;
        this.onGiveUp = onGiveUp;
    }

    /** Sends now and arms the first timeout. */
    public void start() {
        send.run();
        arm();
    }

    /** The response arrived (or the exchange was abandoned): no more sends, no give-up. */
    public void stop() {
        finished = true;
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

    public boolean finished() {
        return finished;
    }

    /** Retransmissions done so far. */
    public int retransmissions() {
        return retransmissions;
    }

    private void arm() {
        long delay = settings.delayMillis(retransmissions);
        if (settings.jitterPercent() > 0) {
            delay -= (long) (delay * (random.nextInt(settings.jitterPercent() + 1) / 100.0));
        }
        timer = scheduler.schedule(delay, this::expired);
    }

    private void expired() {
        timer = null;
        if (finished) {
            return;
        }
        if (retransmissions >= settings.tries()) {
            finished = true;
            onGiveUp.run();
            return;
        }
        retransmissions++;
        send.run();
        arm();
    }

    /** Convenience for callers holding a fixed list of datagrams. */
    public static Runnable sender(List<byte[]> datagrams, java.util.function.Consumer<byte[]> out) {
        return () -> datagrams.forEach(out);
    }
}
