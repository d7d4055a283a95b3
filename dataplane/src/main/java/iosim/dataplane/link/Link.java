package iosim.dataplane.link;

import io.netty.buffer.ByteBuf;

/**
 * The medium behind an {@link iosim.dataplane.EthernetInterface}: carries whole Ethernet frames
 * out. Received frames come back through {@link iosim.dataplane.EthernetInterface#deliverFrame}.
 */
public interface Link {
    /** Sends one frame; called on the interface's event loop; takes ownership of {@code frame}. */
    void send(ByteBuf frame);

    /** Releases the link's resources (sockets, threads). Idempotent. */
    void close();

    /** A short human description, e.g. {@code udp 127.0.0.1:40001->127.0.0.1:40002}. */
    String describe();
}
