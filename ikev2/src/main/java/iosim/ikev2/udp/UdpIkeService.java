package iosim.ikev2.udp;

import iosim.ike.time.ExecutorScheduler;
import iosim.ikev2.api.IkeEventListener;
import iosim.ikev2.api.EngineSettings;
import iosim.ikev2.engine.IkeEngine;
import java.io.IOException;
import java.net.InetAddress;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;

/**
 * A ready-to-run IKE endpoint on real UDP sockets: an {@link IkeEngine} on its own
 * single-threaded executor, fed by a {@link UdpIkeTransport} on ports 500/4500. Every call
 * into the engine goes through {@link #call}, which runs it on the engine's thread; events are
 * delivered on that thread too.
 */
public final class UdpIkeService implements AutoCloseable {
    private final ScheduledExecutorService loop;
    private final UdpIkeTransport transport;
    private final IkeEngine engine;

    private UdpIkeService(ScheduledExecutorService loop, UdpIkeTransport transport, IkeEngine engine) {
        this.loop = loop;
        this.transport = transport;
        this.engine = engine;
    }

    /** Binds {@code local}:{@code ikePort} and :{@code nattPort} and starts the engine thread. */
    public static UdpIkeService start(InetAddress local, int ikePort, int nattPort, IkeEventListener listener)
            throws IOException {
        return start(local, ikePort, nattPort, listener, EngineSettings.DEFAULT);
    }

    /** As {@link #start(InetAddress, int, int, IkeEventListener)}, with engine settings. */
    public static UdpIkeService start(InetAddress local, int ikePort, int nattPort, IkeEventListener listener,
                                      EngineSettings settings) throws IOException {
        ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ike-engine-" + local.getHostAddress());
            t.setDaemon(true);
            return t;
        });
        IkeEngine[] engine = new IkeEngine[1];
        UdpIkeTransport[] udp = new UdpIkeTransport[1];
        try {
            udp[0] = new UdpIkeTransport(local, ikePort, nattPort, d -> loop.execute(() -> engine[0].receive(d)));
        } catch (IOException e) {
            loop.shutdownNow();
            throw e;
        }
        engine[0] = IkeEngine.create(new ExecutorScheduler(loop), d -> udp[0].send(d), listener, settings);
        return new UdpIkeService(loop, udp[0], engine[0]);
    }

    /** Runs {@code action} on the engine thread. */
    public <T> CompletableFuture<T> call(Function<IkeEngine, T> action) {
        return CompletableFuture.supplyAsync(() -> action.apply(engine), loop);
    }

    public UdpIkeTransport transport() {
        return transport;
    }

    @Override
    public void close() {
        transport.close();
        loop.shutdownNow();
    }
}
