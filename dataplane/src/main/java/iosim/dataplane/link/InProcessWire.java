package iosim.dataplane.link;

import io.netty.buffer.ByteBuf;
import iosim.dataplane.EthernetInterface;

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
            try {
                peer.node().eventLoop().execute(() -> peer.deliverFrame(frame));
            } catch (java.util.concurrent.RejectedExecutionException e) {
                frame.release();
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
