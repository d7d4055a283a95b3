package iosim.shell.lab;

import java.util.List;

/** A lab link: a cable between two endpoints in this process, a UDP tunnel, or a Linux interface. */
public sealed interface LinkSpec {
    /** The endpoints of this process that the link uses. */
    List<Endpoint> endpoints();

    int line();

    /** A cable between two interfaces of this lab (in-process). */
    record Wire(Endpoint a, Endpoint b, int line) implements LinkSpec {
        @Override
        public List<Endpoint> endpoints() {
            return List.of(a, b);
        }
    }

    /** Ethernet frames carried in UDP datagrams to a router in another process or machine. */
    record Udp(Endpoint a, UdpEndpoint udp, int line) implements LinkSpec {
        @Override
        public List<Endpoint> endpoints() {
            return List.of(a);
        }
    }

    /** The interface attached to a Linux network interface (AF_PACKET; needs root). */
    record Attach(Endpoint a, String linuxInterface, int line) implements LinkSpec {
        @Override
        public List<Endpoint> endpoints() {
            return List.of(a);
        }
    }
}
