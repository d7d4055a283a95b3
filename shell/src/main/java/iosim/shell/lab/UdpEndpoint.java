package iosim.shell.lab;

import java.util.Optional;

/**
 * {@code LOCALPORT:REMOTEHOST:REMOTEPORT}: the local UDP port Ethernet frames arrive on and the
 * remote socket they are sent to (the other router's local port).
 */
public record UdpEndpoint(int localPort, String remoteHost, int remotePort) {

    /** Parses {@code LOCALPORT:REMOTEHOST:REMOTEPORT}; empty when malformed. */
    public static Optional<UdpEndpoint> parse(String text) {
        String[] p = text.strip().split(":");
        if (p.length != 3 || p[1].isBlank()) {
            return Optional.empty();
        }
        Integer local = port(p[0]);
        Integer remote = port(p[2]);
        if (local == null || remote == null) {
            return Optional.empty();
        }
        return Optional.of(new UdpEndpoint(local, p[1], remote));
    }

    private static Integer port(String s) {
        if (!s.matches("\\d{1,5}")) {
            return null;
        }
        int v = Integer.parseInt(s);
        return v >= 1 && v <= 65535 ? v : null;
    }

    @Override
    public String toString() {
        return localPort + ":" + remoteHost + ":" + remotePort;
    }
}
