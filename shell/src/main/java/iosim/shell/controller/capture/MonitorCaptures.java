package iosim.shell.controller.capture;

import iosim.dataplane.Node;
import iosim.dataplane.capture.PacketCapture;
import iosim.shell.cli.CapturePoints;
import iosim.shell.controller.KeyTables;
import iosim.shell.fs.FlashFileSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The embedded packet capture points of one router, the IOS-XE way: each point is defined
 * ({@code interface}, {@code match}, {@code buffer size}, {@code limit}), started and stopped,
 * shown and exported to {@code flash:} as a pcap. Packets go to a buffer file while capturing;
 * the match and the packet limit apply to what the buffer shows and exports. Beside each export,
 * iosim writes the keys of the IKE and IPsec SAs seen while capturing ({@code FILE.keys/}, see
 * {@link CaptureKeys}): real IOS never exports keys. All methods answer IOS's text.
 */
public final class MonitorCaptures implements CapturePoints, AutoCloseable {
    private static final class Point {
        final String name;
        String ifName;
        PacketCapture.Direction direction = PacketCapture.Direction.BOTH;
        CaptureFrames.Match match;
        int bufferMb = 10;
        int limitPackets;
        int limitSeconds;
        Path buffer;
        PacketCapture running;
        ScheduledFuture<?> timer;
        ScheduledFuture<?> keyPoll;
        final KeyTables keys = KeyTables.empty();

        Point(String name) {
            this.name = name;
        }
    }

    private final Node node;
    private final Supplier<FlashFileSystem> flash;
    private final Supplier<KeyTables> liveKeys;
    private final Consumer<String> syslog;
    private final Map<String, Point> points = new LinkedHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "monitor-capture");
        t.setDaemon(true);
        return t;
    });

    public MonitorCaptures(Node node, Supplier<FlashFileSystem> flash, Supplier<KeyTables> liveKeys,
            Consumer<String> syslog) {
        this.node = node;
        this.flash = flash;
        this.liveKeys = liveKeys;
        this.syslog = syslog;
    }

    private Point point(String name) {
        return points.computeIfAbsent(name, Point::new);
    }

    @Override
    public synchronized String setInterface(String name, String ifName, String direction) {
        if (node.iface(ifName) == null) {
            return "% Invalid interface " + ifName + "\n";
        }
        Point p = point(name);
        p.ifName = ifName;
        p.direction = switch (direction) {
            case "in" -> PacketCapture.Direction.IN;
            case "out" -> PacketCapture.Direction.OUT;
            default -> PacketCapture.Direction.BOTH;
        };
        return "";
    }

    @Override
    public synchronized String setMatch(String name, boolean ipv4, Integer source, Integer destination) {
        point(name).match = ipv4 ? new CaptureFrames.Match(true, source, destination) : CaptureFrames.Match.ANY;
        return "";
    }

    @Override
    public synchronized String setBuffer(String name, int mb) {
        if (mb < 1 || mb > 100) {
            return "% Invalid buffer size\n";
        }
        point(name).bufferMb = mb;
        return "";
    }

    @Override
    public synchronized String setLimit(String name, int packets, int seconds) {
        Point p = point(name);
        if (packets > 0) {
            p.limitPackets = packets;
        }
        if (seconds > 0) {
            p.limitSeconds = seconds;
        }
        return "";
    }

    /** {@code no monitor capture NAME [setting]}: removes the point (stopping it) or resets one setting. */
    @Override
    public synchronized String remove(String name, String setting) {
        Point p = points.get(name);
        if (p == null) {
            return "";
        }
        if (setting == null) {
            stopQuietly(p);
            deleteBuffer(p);
            points.remove(name);
        } else if (setting.equals("interface")) {
            p.ifName = null;
        } else if (setting.equals("match")) {
            p.match = null;
        } else if (setting.equals("buffer")) {
            p.bufferMb = 10;
        } else if (setting.equals("limit")) {
            p.limitPackets = 0;
            p.limitSeconds = 0;
        }
        return "";
    }

    @Override
    public synchronized String start(String name) {
        Point p = points.get(name);
        if (p == null || p.ifName == null) {
            return "No Target is attached to capture failed to disable provision featurestatus : 1\n";
        }
        if (p.match == null) {
            return "Filter not attached to capture\n";
        }
        if (p.running != null) {
            return "Capture point " + name + " is already active\n";
        }
        try {
            deleteBuffer(p);
            p.buffer = Files.createTempFile("iosim-capture-" + name, ".pcap");
            p.running = node.startCapture(p.ifName, p.buffer, p.direction).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            return "% Capture point " + name + " could not start: " + e.getMessage() + "\n";
        }
        p.keys.merge(liveKeys.get());
        // SAs rekeyed or deleted while capturing: their keys are collected every second
        p.keyPoll = timer.scheduleWithFixedDelay(() -> collect(name), 1, 1, TimeUnit.SECONDS);
        if (p.limitSeconds > 0) {
            p.timer = timer.schedule(() -> stop(name), p.limitSeconds, TimeUnit.SECONDS);
        }
        syslog.accept("%BUFCAP-6-ENABLE: Capture Point " + name + " enabled.");
        return "Started capture point : " + name + "\n";
    }

    @Override
    public synchronized String stop(String name) {
        Point p = points.get(name);
        if (p == null || p.running == null) {
            return "Capture point " + name + " is not active\n";
        }
        stopQuietly(p);
        syslog.accept("%BUFCAP-6-DISABLE: Capture Point " + name + " disabled.");
        return "Stopped capture point : " + name + "\n";
    }

    private void collect(String name) {
        KeyTables now;
        try {
            now = liveKeys.get();
        } catch (RuntimeException e) {
            return; // the router's loop is busy or closing: next second
        }
        synchronized (this) {
            Point p = points.get(name);
            if (p != null && p.running != null) {
                p.keys.merge(now);
            }
        }
    }

    private void stopQuietly(Point p) {
        if (p.keyPoll != null) {
            p.keyPoll.cancel(false);
            p.keyPoll = null;
        }
        if (p.timer != null) {
            p.timer.cancel(false);
            p.timer = null;
        }
        if (p.running != null) {
            p.keys.merge(liveKeys.get());
            try {
                node.stopCapture(p.running).get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                p.running.close();
            }
            p.running = null;
        }
    }

    @Override
    public synchronized String clear(String name) {
        Point p = points.get(name);
        if (p == null) {
            return "Capture point " + name + " does not exist\n";
        }
        if (p.running != null) {
            return "Capture point " + name + " is active; stop it first\n";
        }
        deleteBuffer(p);
        return "";
    }

    /** {@code monitor capture NAME export flash:FILE}: the selected packets as a pcap, and iosim's keys beside it. */
    @Override
    public synchronized String export(String name, String url) {
        Point p = points.get(name);
        if (p == null) {
            return "Capture point " + name + " does not exist\n";
        }
        if (p.running != null) {
            return "Capture point " + name + " is active; stop it before exporting\n";
        }
        String path = url.regionMatches(true, 0, "flash:", 0, 6) ? url.substring(6) : url;
        try {
            byte[] pcap = CaptureFrames.write(frames(p));
            FlashFileSystem fs = flash.get();
            fs.write(path, pcap, Instant.now());
            Path host = fs.root().resolve(FlashFileSystem.normalize(path));
            CaptureKeys.write(host, p.keys);
        } catch (IOException e) {
            return "% Export failed: " + e.getMessage() + "\n";
        }
        return "Exported Successfully\n";
    }

    private List<CaptureFrames.Frame> frames(Point p) {
        if (p.buffer == null) {
            return List.of();
        }
        byte[] raw;
        try {
            raw = Files.readAllBytes(p.buffer);
        } catch (IOException e) {
            return List.of();
        }
        return CaptureFrames.select(CaptureFrames.read(raw), p.match == null ? CaptureFrames.Match.ANY : p.match,
                p.limitPackets);
    }

    /** {@code show monitor capture NAME buffer [brief|detailed]}. */
    @Override
    public synchronized String buffer(String name, String view) {
        Point p = points.get(name);
        if (p == null) {
            return "Capture point " + name + " does not exist\n";
        }
        List<CaptureFrames.Frame> f = frames(p);
        if ("brief".equals(view)) {
            return CaptureBriefText.render(f);
        }
        if ("detailed".equals(view)) {
            return CaptureBriefText.detailed(f);
        }
        long bytes = f.stream().mapToLong(x -> x.data().length + 16).sum();
        return " buffer size (KB) : " + p.bufferMb * 1024 + "\n buffer used (KB) : " + (bytes + 1023) / 1024
                + "\n packets in buf   : " + f.size() + "\n packets dropped  : 0\n packets per sec  : 0\n";
    }

    /** {@code show monitor capture [NAME]}. */
    @Override
    public synchronized String show(String nameOrNull) {
        StringBuilder out = new StringBuilder();
        for (Point p : points.values()) {
            if (nameOrNull != null && !nameOrNull.equals(p.name)) {
                continue;
            }
            out.append("Status Information for Capture ").append(p.name).append('\n');
            out.append("  Target Type: \n");
            if (p.ifName != null) {
                out.append("   Interface: ").append(p.ifName).append(", Direction: ")
                        .append(p.direction.name().toLowerCase(java.util.Locale.ROOT)).append('\n');
            }
            out.append("   Status : ").append(p.running != null ? "Active" : "Inactive").append('\n');
            out.append("  Filter Details: \n");
            if (p.match == null || !p.match.ipv4()) {
                out.append(p.match == null ? "" : "   Capture all packets\n");
            } else {
                out.append("   IPv4 \n    Source IP:  ").append(host(p.match.source())).append("\n    Destination IP:  ")
                        .append(host(p.match.destination())).append("\n   Protocol: any\n");
            }
            out.append("  Buffer Details: \n   Buffer Type: LINEAR (default)\n   Buffer Size (in MB): ")
                    .append(p.bufferMb).append('\n');
            out.append("  Limit Details: \n   Number of Packets to capture: ")
                    .append(p.limitPackets == 0 ? "0 (no limit)" : Integer.toString(p.limitPackets))
                    .append("\n   Packet Capture duration: ")
                    .append(p.limitSeconds == 0 ? "0 (no limit)" : Integer.toString(p.limitSeconds))
                    .append("\n   Packet Size to capture: 0 (no limit)\n   Packet sampling rate: 0 (no sampling)\n");
        }
        if (out.length() == 0 && nameOrNull != null) {
            return "Capture point " + nameOrNull + " does not exist\n";
        }
        return out.toString();
    }

    private static String host(Integer a) {
        if (a == null) {
            return "any";
        }
        return ((a >>> 24) & 0xff) + "." + ((a >>> 16) & 0xff) + "." + ((a >>> 8) & 0xff) + "." + (a & 0xff) + "/32";
    }

    private static void deleteBuffer(Point p) {
        if (p.buffer != null) {
            try {
                Files.deleteIfExists(p.buffer);
            } catch (IOException e) {
                // a temp file; the OS cleans up
            }
            p.buffer = null;
        }
    }

    @Override
    public synchronized void close() {
        for (Point p : points.values()) {
            stopQuietly(p);
            deleteBuffer(p);
        }
        points.clear();
        timer.shutdownNow();
    }
}
