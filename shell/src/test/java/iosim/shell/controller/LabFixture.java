package iosim.shell.controller;

import iosim.dataplane.link.InProcessWire;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Routers booted from config files (copied to a temp dir), wired in-process; closes everything. */
final class LabFixture implements AutoCloseable {
    static final Path CONFIGS = locate();

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    private final Map<String, RouterRuntime> routers = new LinkedHashMap<>();
    private final List<InProcessWire> wires = new ArrayList<>();
    private final Path dir;
    private final LabClock clock;

    LabFixture(Path dir) {
        this(dir, null);
    }

    /** A lab whose routers' protocol timers run in {@code clock}'s virtual time (null: wall time). */
    LabFixture(Path dir, LabClock clock) {
        this.dir = dir;
        this.clock = clock;
    }

    private static Path locate() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("running-configs"))) {
            p = p.getParent();
        }
        return p == null ? Path.of("running-configs") : p.resolve("running-configs");
    }

    /** Boots {@code name} from {@code running-configs/<file>}. */
    RouterRuntime boot(String name, String file) {
        return bootText(name, read(CONFIGS.resolve(file)));
    }

    RouterRuntime bootText(String name, String text) {
        RouterRuntime r = createText(name, text);
        r.bootRouter();
        return r;
    }

    /** Builds {@code name} without booting it (link first, then {@link #bootAll()}, like a lab powering on). */
    RouterRuntime create(String name, String file) {
        return createText(name, read(CONFIGS.resolve(file)));
    }

    RouterRuntime createText(String name, String text) {
        try {
            Path f = dir.resolve(name + ".cfg");
            Files.writeString(f, text);
            RouterRuntime r = clock == null ? RouterRuntime.create(f, group) : RouterRuntime.create(f, group, clock);
            routers.put(name, r);
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void bootAll() {
        routers.values().forEach(RouterRuntime::bootRouter);
    }

    /** Completes with the next log line of {@code router} that contains {@code text} (register before acting). */
    CompletableFuture<String> logged(String router, String text) {
        CompletableFuture<String> f = new CompletableFuture<>();
        iosim.shell.cli.Syslog log = routers.get(router).router().syslog();
        iosim.shell.cli.Syslog.Listener l = new iosim.shell.cli.Syslog.Listener() {
            @Override
            public void message(String line) {
                if (line.contains(text)) {
                    f.complete(line);
                    log.removeListener(this);
                }
            }
        };
        log.addListener(l);
        return f;
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    InProcessWire link(String a, String aIf, String b, String bIf) {
        InProcessWire w = InProcessWire.connect(routers.get(a).ethernet(aIf), routers.get(b).ethernet(bIf));
        wires.add(w);
        return w;
    }

    /**
     * Pings {@code address} from {@code router} until one reply (at most 3 tries of 1 s): resolves
     * ARP along the way, as the first ping in a fresh lab does.
     */
    boolean prime(String router, String address) {
        for (int i = 0; i < 3; i++) {
            if (routers.get(router).exec().ping(new PingRunner.Options(address, null, 1, 100, 1, false), s -> { }) == 1) {
                return true;
            }
        }
        return false;
    }

    RouterRuntime get(String name) {
        return routers.get(name);
    }

    /** Waits (bounded) until every router's loop has run what was queued before. */
    void settle() {
        routers.values().forEach(r -> r.onLoop(() -> null));
    }

    @Override
    public void close() {
        routers.values().forEach(RouterRuntime::close);
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
