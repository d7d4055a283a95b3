package iosim.dataplane;

import io.netty.buffer.ByteBuf;
import iosim.dataplane.packet.Ipv4Header;
import iosim.dataplane.packet.UdpHeader;

/**
 * A UDP port bound on the router's own address(es) with {@link Node#bindUdp}. Sending may be
 * done from any thread; reception runs on the node's loop.
 */
public final class UdpSocket {
    private final Node node;
    private final int localAddress;
    private final int localPort;
    private final UdpReceiver receiver;
    private volatile boolean open = true;

    UdpSocket(Node node, int localAddress, int localPort, UdpReceiver receiver) {
        this.node = node;
        this.localAddress = localAddress;
        this.localPort = localPort;
        this.receiver = receiver;
    }

    public int localAddress() {
        return localAddress;
    }

    public int localPort() {
        return localPort;
    }

    public boolean isOpen() {
        return open;
    }

    /** Sends {@code payload} (ownership taken) from the bound address, with a UDP checksum. */
    public void send(int destination, int destinationPort, ByteBuf payload) {
        send(localAddress, destination, destinationPort, payload, true);
    }

    /**
     * Sends {@code payload} (ownership taken) from {@code source} (0 = the exit interface's
     * address). {@code checksum} false sends a zero UDP checksum (RFC 3948 allows it for
     * UDP-encapsulated ESP).
     */
    public void send(int source, int destination, int destinationPort, ByteBuf payload, boolean checksum) {
        if (!open) {
            payload.release();
            return;
        }
        node.executeOrRelease(() -> node.sendUdpNow(source, localPort, destination, destinationPort, payload, checksum),
                payload);
    }

    /** Unbinds the port. Any thread. */
    public void close() {
        open = false;
        node.execute(() -> node.udpSockets().unbind(this));
    }

    void deliver(UdpDatagram d) {
        if (open) {
            receiver.receive(d);
        }
    }

    /** Builds an IPv4+UDP packet with {@code Node.HEADROOM} bytes in front; does not release {@code payload}. */
    static ByteBuf build(PacketPipeline p, int src, int srcPort, int dst, int dstPort, ByteBuf payload, boolean checksum,
            int ttl) {
        int udpLen = UdpHeader.LENGTH + payload.readableBytes();
        ByteBuf b = p.allocatePacket(Ipv4Header.MIN_LENGTH + udpLen);
        Ipv4Header.write(b, 0, Ipv4Header.MIN_LENGTH + udpLen, p.nextIpId(), 0, ttl, Ipv4Header.PROTO_UDP, src, dst);
        int u = b.writerIndex();
        b.writeShort(srcPort);
        b.writeShort(dstPort);
        b.writeShort(udpLen);
        b.writeShort(0);
        b.writeBytes(payload, payload.readerIndex(), payload.readableBytes());
        if (checksum) {
            UdpHeader.fillChecksum(b, u, udpLen, src, dst);
        }
        return b;
    }
}
