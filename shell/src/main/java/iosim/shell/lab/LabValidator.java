package iosim.shell.lab;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks that need the whole lab or the machine: names used twice, links to unknown routers
 * or hosts, an interface used by two links, startup-config files that do not exist, SSH and UDP
 * ports used twice or already taken on this machine.
 */
public final class LabValidator {
    private LabValidator() {
    }

    public static List<LabError> validate(LabSpec spec, Path file) {
        List<LabError> errors = new ArrayList<>();
        Map<String, Integer> nodes = new HashMap<>();
        Set<String> hosts = new HashSet<>();
        for (RouterSpec r : spec.routers()) {
            nodes.put(r.name(), r.line());
            if (!Files.isRegularFile(r.config())) {
                errors.add(new LabError(file, r.line(), "router " + r.name() + ": startup-config file "
                        + r.config() + " does not exist"));
            } else if (!Files.isReadable(r.config())) {
                errors.add(new LabError(file, r.line(), "router " + r.name() + ": cannot read " + r.config()));
            }
        }
        for (HostSpec h : spec.hosts()) {
            if (nodes.containsKey(h.name())) {
                errors.add(new LabError(file, h.line(), "host " + h.name() + ": the name is already a router's (line "
                        + nodes.get(h.name()) + ")"));
            }
            nodes.put(h.name(), h.line());
            hosts.add(h.name());
        }
        Map<String, Integer> used = new HashMap<>();
        Set<String> linkedHosts = new HashSet<>();
        for (LinkSpec l : spec.links()) {
            for (Endpoint e : l.endpoints()) {
                if (!nodes.containsKey(e.node())) {
                    errors.add(new LabError(file, e.line(), "unknown router '" + e.node() + "' in link"));
                    continue;
                }
                boolean host = hosts.contains(e.node());
                if (host && e.ifName() != null) {
                    errors.add(new LabError(file, e.line(), "host " + e.node()
                            + " has one interface: name the host alone, without an interface"));
                    continue;
                }
                if (!host && e.ifName() == null) {
                    errors.add(new LabError(file, e.line(), "router " + e.node()
                            + ": name the interface (e.g. " + e.node() + " GigabitEthernet0/0)"));
                    continue;
                }
                if (host) {
                    linkedHosts.add(e.node());
                }
                Integer first = used.putIfAbsent(e.key(), e.line());
                if (first != null) {
                    errors.add(new LabError(file, e.line(), "interface " + e.label() + " is used twice (first on line "
                            + first + ")"));
                }
            }
            if (l instanceof LinkSpec.Attach a && hosts.contains(a.a().node())) {
                errors.add(new LabError(file, a.line(), "only a router interface can be attached to a Linux interface"));
            }
        }
        for (HostSpec h : spec.hosts()) {
            if (!linkedHosts.contains(h.name())) {
                errors.add(new LabError(file, h.line(), "host " + h.name() + " is not on any link"));
            }
        }
        ports(spec, file, errors);
        return errors;
    }

    private static void ports(LabSpec spec, Path file, List<LabError> errors) {
        Map<Integer, Integer> tcp = new HashMap<>();
        for (RouterSpec r : spec.routers()) {
            if (r.sshPort() == 0) {
                continue;
            }
            Integer first = tcp.putIfAbsent(r.sshPort(), r.line());
            if (first != null) {
                errors.add(new LabError(file, r.line(), "router " + r.name() + ": SSH port " + r.sshPort()
                        + " is used twice (first on line " + first + ")"));
            } else if (!tcpFree(r.sshAddress(), r.sshPort())) {
                errors.add(new LabError(file, r.line(), "router " + r.name() + ": SSH port " + r.sshAddress() + ":"
                        + r.sshPort() + " is in use (or the address is not on this machine)"));
            }
        }
        Map<Integer, Integer> udp = new HashMap<>();
        for (LinkSpec l : spec.links()) {
            if (l instanceof LinkSpec.Udp u) {
                Integer first = udp.putIfAbsent(u.udp().localPort(), u.line());
                if (first != null) {
                    errors.add(new LabError(file, u.line(), "UDP port " + u.udp().localPort()
                            + " is used twice (first on line " + first + ")"));
                } else if (!udpFree(u.udp().localPort())) {
                    errors.add(new LabError(file, u.line(), "UDP port " + u.udp().localPort() + " is in use"));
                }
                try {
                    InetAddress.getByName(u.udp().remoteHost());
                } catch (UnknownHostException e) {
                    errors.add(new LabError(file, u.line(), "unknown host '" + u.udp().remoteHost() + "'"));
                }
            }
        }
    }

    /** True when a TCP server could listen on address:port now. */
    public static boolean tcpFree(String address, int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getByName(address), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** True when a UDP socket could be bound to the port now (all addresses). */
    public static boolean udpFree(int port) {
        try (DatagramSocket s = new DatagramSocket(null)) {
            s.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
