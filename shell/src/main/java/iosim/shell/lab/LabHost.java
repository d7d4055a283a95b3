package iosim.shell.lab;

import iosim.dataplane.EthernetInterface;
import iosim.dataplane.Node;
import iosim.dataplane.StaticRoute;
import iosim.dataplane.packet.Ipv4Address;
import iosim.shell.controller.RouterRuntime;
import io.netty.channel.EventLoop;
import java.util.concurrent.TimeUnit;

/**
 * A simple host of a lab: one Ethernet interface ({@code eth0}) with an address and a default
 * route to its gateway, on the dataplane's {@link Node}, so it answers ARP and ping and routers
 * can ping it.
 */
public final class LabHost implements AutoCloseable {
    public static final String IF_NAME = "eth0";

    private final HostSpec spec;
    private final Node node;

    private LabHost(HostSpec spec, Node node) {
        this.spec = spec;
        this.node = node;
    }

    static LabHost start(HostSpec spec, EventLoop loop) throws Exception {
        Node node = new Node(spec.name(), loop);
        node.addEthernet(IF_NAME, RouterRuntime.macFor(spec.name(), IF_NAME)).get(5, TimeUnit.SECONDS);
        node.setAddress(IF_NAME, Ipv4Address.parse(spec.address()), spec.prefix()).get(5, TimeUnit.SECONDS);
        node.setAdminUp(IF_NAME, true).get(5, TimeUnit.SECONDS);
        if (spec.gateway() != null) {
            node.addStaticRoute(StaticRoute.via("0.0.0.0/0", spec.gateway())).get(5, TimeUnit.SECONDS);
        }
        return new LabHost(spec, node);
    }

    public String name() {
        return spec.name();
    }

    public HostSpec spec() {
        return spec;
    }

    public Node node() {
        return node;
    }

    public EthernetInterface ethernet() {
        return node.ethernet(IF_NAME);
    }

    @Override
    public void close() {
        try {
            node.close().get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            // closing anyway
        }
    }
}
