package iosim.dataplane.link;

/**
 * A UDP link endpoint pair in dynamips/GNS3 NIO UDP form: {@code LOCALPORT:REMOTEHOST:REMOTEPORT}
 * (the local side binds to all addresses unless {@code localHost} is given).
 */
public record UdpLinkSpec(String localHost, int localPort, String remoteHost, int remotePort) {
    public UdpLinkSpec {
        if (localPort < 0 || localPort > 65535 || remotePort < 1 || remotePort > 65535) {
            throw new IllegalArgumentException("bad UDP link ports " + localPort + " -> " + remotePort);
        }
    }

    /** Parses {@code LOCALPORT:REMOTEHOST:REMOTEPORT}. */
    public static UdpLinkSpec parse(String text) {
        String[] p = text.split(":");
        if (p.length != 3) {
            throw new IllegalArgumentException("expected LOCALPORT:REMOTEHOST:REMOTEPORT, got " + text);
        }
        try {
            return new UdpLinkSpec(null, Integer.parseInt(p[0]), p[1], Integer.parseInt(p[2]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected LOCALPORT:REMOTEHOST:REMOTEPORT, got " + text, e);
        }
    }

    @Override
    public String toString() {
        return localPort + ":" + remoteHost + ":" + remotePort;
    }
}
