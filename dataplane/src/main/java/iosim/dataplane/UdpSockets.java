package iosim.dataplane;

import java.util.HashMap;
import java.util.Map;

/** Bound UDP ports of one node; event-loop only. */
final class UdpSockets {
    private final Map<Long, UdpSocket> bound = new HashMap<>();

    private static long key(int address, int port) {
        return ((address & 0xffffffffL) << 16) | port;
    }

    UdpSocket bind(UdpSocket s) {
        long k = key(s.localAddress(), s.localPort());
        if (bound.containsKey(k)) {
            throw new IllegalStateException("UDP port " + s.localPort() + " already bound");
        }
        bound.put(k, s);
        return s;
    }

    void unbind(UdpSocket s) {
        bound.remove(key(s.localAddress(), s.localPort()), s);
    }

    /** Exact address match first, then a socket bound to any address (0). */
    UdpSocket lookup(int address, int port) {
        UdpSocket s = bound.get(key(address, port));
        return s != null ? s : bound.get(key(0, port));
    }
}
