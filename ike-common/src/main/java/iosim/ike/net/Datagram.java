package iosim.ike.net;

import java.net.InetSocketAddress;

/**
 * One UDP datagram carrying an IKE message, as the engine takes it in and hands it out.
 * {@code data} never includes the four-zero-octet non-ESP marker: whoever owns the port 4500
 * socket adds it on send and strips it on receive. A NAT keepalive is the single octet 0xFF
 * (RFC 3948 2.3) and is sent without a marker.
 */
public record Datagram(InetSocketAddress source, InetSocketAddress destination, byte[] data) {

    public boolean isNatKeepalive() {
        return data.length == 1 && data[0] == (byte) 0xFF;
    }

    public static Datagram natKeepalive(InetSocketAddress source, InetSocketAddress destination) {
        return new Datagram(source, destination, new byte[] {(byte) 0xFF});
    }
}
