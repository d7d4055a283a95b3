package iosim.dataplane;

import io.netty.buffer.ByteBuf;

/**
 * A UDP datagram delivered to a bound socket.
 *
 * @param in the interface it arrived on
 * @param payload the UDP payload (valid only during {@link UdpReceiver#receive})
 */
public record UdpDatagram(int source, int sourcePort, int destination, int destinationPort, NodeInterface in,
        ByteBuf payload) {}
