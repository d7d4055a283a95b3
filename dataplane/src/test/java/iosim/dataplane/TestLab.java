package iosim.dataplane;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import iosim.dataplane.link.InProcessWire;
import iosim.dataplane.packet.Ipv4Address;
import iosim.dataplane.packet.MacAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Builds small topologies of nodes for tests; closes everything it made. */
public final class TestLab implements AutoCloseable {
    public static final Duration WAIT = Duration.ofSeconds(5);
    private final EventLoopGroup group;
    private final List<Node> nodes = new ArrayList<>();

    public TestLab(int threads) {
        this.group = new MultiThreadIoEventLoopGroup(threads, NioIoHandler.newFactory());
    }

    public EventLoopGroup group() {
        return group;
    }

    public Node node(String name) {
        Node n = new Node(name, group.next());
        nodes.add(n);
        return n;
    }

    public static <T> T get(CompletableFuture<T> f) {
        try {
            return f.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("future failed or timed out: " + e, e);
        }
    }

    public static EthernetInterface eth(Node n, String name, String cidr) {
        EthernetInterface e = get(n.addEthernet(name, MacAddress.randomLocal()));
        String[] p = cidr.split("/");
        get(n.setAddress(name, Ipv4Address.parse(p[0]), Integer.parseInt(p[1])));
        get(n.setAdminUp(name, true));
        return e;
    }

    public static void wire(EthernetInterface a, EthernetInterface b) {
        InProcessWire.connect(a, b);
        // attach() hops onto each loop; wait until both see the carrier
        get(a.node().call(() -> null));
        get(b.node().call(() -> null));
    }

    public static int ip(String s) {
        return Ipv4Address.parse(s);
    }

    /** Pings until a reply arrives (the first ones may die in ARP resolution), at most {@code tries} times. */
    public static ProbeResult pingUntilReply(Node from, String dst, int tries) {
        ProbeResult r = null;
        for (int i = 0; i < tries; i++) {
            r = get(from.ping(PingRequest.to(ip(dst)).withTimeout(Duration.ofMillis(300))));
            if (r instanceof ProbeResult.Reply) {
                return r;
            }
        }
        return r;
    }

    @Override
    public void close() {
        for (Node n : nodes) {
            try {
                n.close().get(2, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // shutting down anyway
            }
        }
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
