package iosim.dataplane;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Owns the event loops of a process's simulated routers: {@link #newNode} pins each node to
 * the next loop (round robin). The loops are NIO-capable, so {@link iosim.dataplane.link.UdpLink}s
 * share them. Close it to stop every node and loop.
 */
public final class Dataplane implements AutoCloseable {
    private final EventLoopGroup group;
    private final List<Node> nodes = new CopyOnWriteArrayList<>();

    private Dataplane(int threads) {
        this.group = new MultiThreadIoEventLoopGroup(threads, NioIoHandler.newFactory());
    }

    /** A dataplane with {@code threads} event loops (one per core is a good default). */
    public static Dataplane create(int threads) {
        return new Dataplane(Math.max(1, threads));
    }

    /** One loop per available processor. */
    public static Dataplane create() {
        return create(Runtime.getRuntime().availableProcessors());
    }

    public Node newNode(String name) {
        Node n = new Node(name, group.next());
        nodes.add(n);
        return n;
    }

    public List<Node> nodes() {
        return List.copyOf(nodes);
    }

    public EventLoopGroup eventLoopGroup() {
        return group;
    }

    /** Closes every node (links, captures, timers), then stops the loops (bounded wait). */
    @Override
    public void close() {
        for (Node n : nodes) {
            try {
                n.close().get(2, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // the loops are going away anyway
            }
        }
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    }
}
