package iosim.shell.lab;

import iosim.dataplane.EthernetInterface;
import iosim.dataplane.link.Link;
import iosim.dataplane.link.UdpLink;
import iosim.dataplane.link.UdpLinkSpec;
import iosim.shell.controller.RouterRuntime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./iosim router --link GigabitEthernet0/0=udp:LOCALPORT:REMOTEHOST:REMOTEPORT}: one of a
 * lab's links when its routers run in separate processes (or machines): Ethernet frames in UDP
 * datagrams between the two processes.
 */
public final class LinkOption {
    /** One parsed {@code --link} value. */
    public record Spec(String ifName, UdpEndpoint udp) {}

    private LinkOption() {
    }

    /** Parses {@code IF=udp:LOCALPORT:REMOTEHOST:REMOTEPORT}; empty when malformed. */
    public static Optional<Spec> parse(String text) {
        int eq = text.indexOf('=');
        if (eq < 0 || !text.startsWith("udp:", eq + 1)) {
            return Optional.empty();
        }
        Optional<String> ifName = LabNames.ethernet(text.substring(0, eq));
        Optional<UdpEndpoint> udp = UdpEndpoint.parse(text.substring(eq + 5));
        if (ifName.isEmpty() || udp.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Spec(ifName.get(), udp.get()));
    }

    /**
     * Opens every {@code --link} on the router (before it boots).
     *
     * @throws IllegalArgumentException with a message for the user when one is malformed or
     *         its port cannot be bound (the links opened so far are closed again)
     */
    public static List<Link> open(RouterRuntime router, List<String> values) {
        List<Link> opened = new ArrayList<>();
        try {
            for (String v : values) {
                Spec s = parse(v).orElseThrow(() -> new IllegalArgumentException(
                        "--link wants IF=udp:LOCALPORT:REMOTEHOST:REMOTEPORT, e.g."
                                + " GigabitEthernet0/0=udp:40001:127.0.0.1:40002, not " + v));
                EthernetInterface eth = router.ethernet(s.ifName());
                if (eth == null) {
                    throw new IllegalArgumentException("--link " + v + ": no interface " + s.ifName()
                            + " (GigabitEthernet0/0 to 0/3 exist)");
                }
                if (!LabValidator.udpFree(s.udp().localPort())) {
                    throw new IllegalArgumentException("--link " + v + ": UDP port " + s.udp().localPort()
                            + " is in use");
                }
                try {
                    opened.add(UdpLink.open(eth, new UdpLinkSpec(null, s.udp().localPort(), s.udp().remoteHost(),
                            s.udp().remotePort())).get(5, TimeUnit.SECONDS));
                } catch (Exception e) {
                    throw new IllegalArgumentException("--link " + v + ": cannot open: "
                            + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
                }
            }
            return opened;
        } catch (IllegalArgumentException e) {
            opened.forEach(Link::close);
            throw e;
        }
    }
}
