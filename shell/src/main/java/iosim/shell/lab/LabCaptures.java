package iosim.shell.lab;

import iosim.dataplane.capture.PacketCapture;
import iosim.shell.controller.KeyTables;
import iosim.shell.controller.capture.CaptureKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code lab> capture ROUTER IF FILE}: a pcap of any router port of the lab (every link has one
 * at least), packets written as they pass; {@code capture stop} ends every capture and writes the
 * keys of the lab's IKE and IPsec SAs beside each file ({@link CaptureKeys}). A relative FILE goes
 * to the lab's state folder ({@code captures/}), never to the lab folder. Also a plain API for
 * other front ends ({@link #start}, {@link #stopAll}).
 */
public final class LabCaptures {
    private record Running(String router, String ifName, Path file, PacketCapture capture) {}

    private final RunningLab lab;
    private final Map<Path, Running> running = new LinkedHashMap<>();
    private static final java.util.concurrent.ScheduledExecutorService POLLER =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "lab-capture-keys");
                t.setDaemon(true);
                return t;
            });

    private final KeyTables seen = KeyTables.empty();
    private java.util.concurrent.ScheduledFuture<?> poll;

    LabCaptures(RunningLab lab) {
        this.lab = lab;
    }

    /** The lab prompt's {@code capture ...} words. */
    synchronized String command(String[] w) {
        if (w.length == 2 && "stop".startsWith(w[1].toLowerCase(java.util.Locale.ROOT))) {
            return stopAll();
        }
        if (w.length == 1) {
            if (running.isEmpty()) {
                return "No capture running. Start one: capture ROUTER INTERFACE FILE\n";
            }
            StringBuilder b = new StringBuilder();
            running.values().forEach(r -> b.append("  ").append(r.router()).append(' ').append(r.ifName()).append(" -> ")
                    .append(r.file()).append(" (").append(r.capture().packets()).append(" packets)\n"));
            return b.toString();
        }
        if (w.length != 4) {
            return "% Type: capture ROUTER INTERFACE FILE (capture stop ends them)\n";
        }
        try {
            Path f = start(w[1], w[2], w[3]);
            return "Capturing " + w[1] + " " + iosim.shell.lab.LabNames.ethernet(w[2]).orElse(w[2]) + " both ways into " + f
                    + "\n(capture stop: end it and write the keys beside it)\n";
        } catch (IllegalArgumentException e) {
            return "% " + e.getMessage() + "\n";
        }
    }

    /** Starts capturing {@code router}'s port into {@code file}; returns the file's path. */
    public synchronized Path start(String router, String ifName, String file) {
        LabRouter r = lab.router(router);
        if (r == null) {
            throw new IllegalArgumentException("No router named " + router);
        }
        String name = LabNames.ethernet(ifName).orElseThrow(() -> new IllegalArgumentException(ifName
                + " is not an Ethernet port (GigabitEthernet0/0 to 0/3)"));
        if (r.runtime().ethernet(name) == null) {
            throw new IllegalArgumentException(router + " has no " + name);
        }
        Path f = Path.of(file);
        if (!f.isAbsolute()) {
            f = lab.state().root().resolve("captures").resolve(f);
        }
        f = f.normalize();
        if (running.containsKey(f)) {
            throw new IllegalArgumentException(f + " is being captured already");
        }
        try {
            Files.createDirectories(f.getParent());
            PacketCapture c = r.runtime().node().startCapture(name, f, PacketCapture.Direction.BOTH).get(5, TimeUnit.SECONDS);
            running.put(f, new Running(router, name, f, c));
            collectKeys();
            if (poll == null) {
                // SAs rekeyed or deleted while capturing: their keys are collected every second
                poll = POLLER.scheduleWithFixedDelay(this::pollKeys, 1, 1, TimeUnit.SECONDS);
            }
            return f;
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot capture into " + f + ": " + message(e));
        }
    }

    /** Stops every capture, writes each file's keys; the text says where and how to decrypt. */
    public synchronized String stopAll() {
        if (running.isEmpty()) {
            return "No capture running.\n";
        }
        collectKeys();
        StringBuilder b = new StringBuilder();
        for (Running r : new ArrayList<>(running.values())) {
            try {
                long n = lab.router(r.router()).runtime().node().stopCapture(r.capture()).get(5, TimeUnit.SECONDS);
                Path keys = CaptureKeys.write(r.file(), seen);
                b.append(r.router()).append(' ').append(r.ifName()).append(": ").append(n).append(" packets in ")
                        .append(r.file()).append("\n  keys (iosim's addition, secret): ").append(keys)
                        .append(" (").append(seen.ikev2().size()).append(" IKE SAs, ").append(seen.espSa().size())
                        .append(" ESP SAs)\n  decrypt: ").append(CaptureKeys.tsharkCommand(r.file())).append('\n');
            } catch (Exception e) {
                b.append("% ").append(r.file()).append(": ").append(message(e)).append('\n');
            }
        }
        running.clear();
        if (poll != null) {
            poll.cancel(false);
            poll = null;
        }
        return b.toString();
    }

    private synchronized void pollKeys() {
        if (!running.isEmpty()) {
            collectKeys();
        }
    }

    /** The keys of every router's SAs now, added to those seen since the first capture started. */
    private void collectKeys() {
        for (LabRouter r : lab.routers()) {
            try {
                seen.merge(r.runtime().keyTables());
            } catch (RuntimeException e) {
                // a router that does not answer adds no keys
            }
        }
    }

    synchronized void closeAll() {
        if (!running.isEmpty()) {
            stopAll();
        }
    }

    private static String message(Exception e) {
        Throwable t = e instanceof java.util.concurrent.ExecutionException && e.getCause() != null ? e.getCause() : e;
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    List<Path> files() {
        return List.copyOf(running.keySet());
    }
}
