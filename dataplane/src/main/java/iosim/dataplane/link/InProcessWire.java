package iosim.dataplane.link;

import io.netty.buffer.ByteBuf;
import java.util.concurrent.ConcurrentLinkedQueue;
import iosim.dataplane.EthernetInterface;
import java.util.Queue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A cable between two Ethernet interfaces in the same JVM, possibly on different event loops.
 * A frame sent by one end is handed to the other end's loop (never processed inline, so deep
 * forwarding chains do not recurse).
 */
public final class InProcessWire {
    private final End a;
    private final End b;

    private InProcessWire(EthernetInterface x, EthernetInterface y) {
        this.a = new End(this, y);
        this.b = new End(this, x);
    }

    /** Connects {@code x} and {@code y} (replacing whatever links they had) and brings both carriers up. */
    public static InProcessWire connect(EthernetInterface x, EthernetInterface y) {
        InProcessWire w = new InProcessWire(x, y);
        x.attach(w.a);
        y.attach(w.b);
        return w;
    }

    /** Unplugs the cable: both ends lose carrier. */
    public void disconnect() {
        a.close();
        b.peer.setCarrier(false);
    }

    private static final class End implements Link {
        private final InProcessWire wire;
        private final EthernetInterface peer;
        private volatile boolean open = true;
        /** Frames on their way to the peer's loop; drained there in batches (one task per burst, not per frame). */
        private final Queue<ByteBuf> inFlight = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean drainScheduled = new AtomicBoolean();
        private final Runnable drain = this::drain;

        End(InProcessWire wire, EthernetInterface peer) {
            this.wire = wire;
            this.peer = peer;
        }

        @Override
        public void send(ByteBuf frame) {
            if (!open) {
                frame.release();
                return;
            }
            inFlight.offer(frame);
            if (drainScheduled.compareAndSet(false, true)) {
                try {
                    peer.node().eventLoop().execute(drain);
                } catch (RejectedExecutionException e) {
                    releaseAll();
                }
            }
        }

        private void drain() {
            drainScheduled.set(false);
            ByteBuf f;
            int n = 0;
            while (n++ < 1024 && (f = inFlight.poll()) != null) {
                peer.deliverFrame(f);
            }
            if (!inFlight.isEmpty() && drainScheduled.compareAndSet(false, true)) {
                peer.node().eventLoop().execute(drain); // let other tasks on this loop run too
            }
        }

        private void releaseAll() {
            ByteBuf f;
            while ((f = inFlight.poll()) != null) {
                f.release();
            }
        }

        @Override
        public void close() {
            if (open) {
                open = false;
                End other = wire.a == this ? wire.b : wire.a;
                if (other.open) {
                    other.open = false;
                    // the other end's interface is the peer of this end; tell it its carrier is gone
                    peer.setCarrier(false);
                }
            }
        }

        @Override
        public String describe() {
            return "wire to " + peer.node().name() + " " + peer.name();
        }
    }
}
