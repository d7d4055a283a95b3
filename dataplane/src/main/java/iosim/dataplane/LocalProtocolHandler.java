package iosim.dataplane;

import io.netty.buffer.ByteBuf;

/**
 * Receives IPv4 packets of one IP protocol (e.g. 50 ESP, 51 AH) addressed to one of the router's
 * own addresses, after reassembly. Registered with {@link Node#registerProtocol}.
 */
@FunctionalInterface
public interface LocalProtocolHandler {
    /**
     * Runs on the node's event loop. {@code packet} is the whole IPv4 packet (header first);
     * the handler owns it and must release it.
     */
    void receive(NodeInterface in, ByteBuf packet);
}
