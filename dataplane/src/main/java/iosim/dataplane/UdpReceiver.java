package iosim.dataplane;

/** Receives datagrams on a bound {@link UdpSocket}; runs on the node's event loop. */
@FunctionalInterface
public interface UdpReceiver {
    /** The datagram's payload is valid only during this call: {@code retain()} it to keep it. */
    void receive(UdpDatagram datagram);
}
