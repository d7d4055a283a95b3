package iosim.dataplane;

import io.netty.buffer.ByteBuf;
import iosim.dataplane.link.Link;
import iosim.dataplane.packet.MacAddress;

/**
 * An Ethernet-like interface (GigabitEthernetX/Y): a MAC, an IPv4 address, MTU 1500 and a
 * {@link Link}. Its line protocol follows the link's carrier.
 */
public final class EthernetInterface extends NodeInterface {
    private volatile MacAddress mac;
    private volatile Link link;
    private volatile boolean carrier;

    EthernetInterface(Node node, String name, MacAddress mac) {
        super(node, name);
        this.mac = mac;
    }

    @Override
    public InterfaceKind kind() {
        return InterfaceKind.ETHERNET;
    }

    @Override
    public boolean lineProtocolUp() {
        return adminUp() && link != null && carrier;
    }

    public MacAddress mac() {
        return mac;
    }

    public Link link() {
        return link;
    }

    void setMac(MacAddress mac) {
        this.mac = mac;
    }

    /**
     * Attaches a link (carrier up) or detaches it (null, carrier down). Any thread; hops onto
     * the node's loop. The previous link is closed.
     */
    public void attach(Link newLink) {
        node().execute(() -> {
            Link old = this.link;
            this.link = newLink;
            this.carrier = newLink != null;
            if (old != null && old != newLink) {
                old.close();
            }
            node().interfaceStateChanged(this);
        });
    }

    /** A link reports its carrier (e.g. the peer end went away). Any thread. */
    public void setCarrier(boolean up) {
        node().execute(() -> {
            if (carrier != up) {
                carrier = up;
                node().interfaceStateChanged(this);
            }
        });
    }

    /**
     * A link hands over one received frame. Any thread: hops onto the node's loop if needed.
     * Takes ownership of {@code frame}.
     */
    public void deliverFrame(ByteBuf frame) {
        if (node().inLoop()) {
            node().pipeline().receiveFrame(this, frame);
        } else {
            node().executeOrRelease(() -> node().pipeline().receiveFrame(this, frame), frame);
        }
    }

    /** Sends a finished frame out of the link; on the loop. Takes ownership. */
    void transmitFrame(ByteBuf frame) {
        Link l = link;
        if (l == null || !isUp()) {
            counters.outputDrops++;
            frame.release();
            return;
        }
        counters.outputPackets++;
        counters.outputBytes += frame.readableBytes();
        if (!captures.isEmpty()) {
            node().pipeline().capture(this, frame, false);
        }
        l.send(frame);
    }
}
