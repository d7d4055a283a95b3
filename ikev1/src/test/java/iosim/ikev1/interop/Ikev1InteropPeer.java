package iosim.ikev1.interop;

import iosim.ikev1.api.ChildKeys;
import iosim.ikev1.api.DpdSettings;
import iosim.ikev1.api.Ikev1Event;
import iosim.ikev1.api.PeerParams;
import iosim.ikev1.api.QuickModeParams;
import iosim.ikev1.api.Selector;
import iosim.ikev1.engine.Ikev1Engine;
import iosim.ikev1.engine.Ikev1Settings;
import iosim.ike.crypto.RandomSource;
import iosim.ike.time.ExecutorScheduler;
import iosim.ikev2.udp.UdpIkeTransport;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The IKEv1 engine side of the strongSwan interop tests, a child JVM inside netns "left":
 * binds 500/4500 on --local, prints one line per engine event, takes commands on stdin
 * (initiate, delete, dpd, sas, quit). Options: --ike (comma-separated), --esp (strongSwan
 * syntax, a trailing group is PFS), --psk, --local-ts, --remote-ts, --aggressive yes,
 * --dpd SECONDS, --qm-seconds, --max-seconds.
 */
public final class Ikev1InteropPeer {
    private Ikev1InteropPeer() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        InetAddress local = InetAddress.getByName(o.getOrDefault("local", "203.0.113.10"));
        InetAddress remote = InetAddress.getByName(o.getOrDefault("remote", "203.0.113.20"));
        String esp = o.getOrDefault("esp", "aes256-sha1");
        QuickModeParams qm = new QuickModeParams(Selector.parse(o.getOrDefault("local-ts", "192.168.1.0/24")),
                Selector.parse(o.getOrDefault("remote-ts", "10.0.0.0/24")), List.of(SwanNames.esp(esp)),
                SwanNames.espGroup(esp), Long.parseLong(o.getOrDefault("qm-seconds", "3600")), 4_608_000);
        String[] ikes = o.getOrDefault("ike", "aes256-sha256-modp2048").split(",");
        PeerParams peer = new PeerParams("sut", new InetSocketAddress(local, 500), new InetSocketAddress(remote, 500),
                o.getOrDefault("psk", "lab-psk-0123456789abcdef").getBytes(StandardCharsets.UTF_8),
                Arrays.stream(ikes).map(s -> SwanNames.ike(s, 10 + Arrays.asList(ikes).indexOf(s))).toList(),
                "yes".equals(o.get("aggressive")), null, List.of(qm), true,
                o.containsKey("dpd") ? DpdSettings.periodic(Integer.parseInt(o.get("dpd")), 2) : DpdSettings.OFF);
        ScheduledExecutorService exec = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ikev1-engine");
            t.setDaemon(true);
            return t;
        });
        UdpIkeTransport[] transport = new UdpIkeTransport[1];
        Ikev1Engine engine = new Ikev1Engine(new ExecutorScheduler(exec), RandomSource.secure(),
                d -> transport[0].send(d), e -> out.println(format(e)),
                Ikev1Settings.DEFAULT.withRetransmit(1000, 4));
        transport[0] = new UdpIkeTransport(local, 500, 4500, d -> exec.execute(() -> engine.receive(d)));
        exec.submit(() -> engine.addPeer(peer)).get();
        out.println("READY");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.parseLong(o.getOrDefault("max-seconds", "120")));
        Thread killer = new Thread(() -> {
            while (System.nanoTime() < deadline) {
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
            System.exit(3);
        });
        killer.setDaemon(true);
        killer.start();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            String cmd = line.trim();
            if (cmd.equals("quit")) {
                break;
            }
            exec.submit(() -> {
                switch (cmd) {
                    case "initiate" -> engine.connect("sut");
                    case "delete" -> engine.deleteAll();
                    case "dpd" -> engine.snapshots().forEach(s -> engine.dpd(s.connectionId()));
                    case "sas" -> engine.snapshots().forEach(s -> out.println("SA " + s.connectionId() + " "
                            + s.state() + " children=" + s.children().size() + " deleted=" + s.deleted()));
                    default -> out.println("unknown command " + cmd);
                }
            }).get();
        }
        transport[0].close();
        exec.shutdownNow();
        System.exit(0);
    }

    static String format(Ikev1Event e) {
        HexFormat hex = HexFormat.of();
        if (e instanceof Ikev1Event.Phase1Up u) {
            return "P1UP conn=" + u.sa().connectionId() + " state=" + u.sa().state() + " nat=" + u.sa().natDetected()
                    + " remote=" + u.sa().remote();
        }
        if (e instanceof Ikev1Event.Phase2Up u) {
            ChildKeys k = u.child();
            return "P2UP rekey=" + u.rekey() + String.format(" in=%08x out=%08x", k.inboundSpi(), k.outboundSpi())
                    + " udp=" + k.udpEncapsulation() + " life=" + k.lifetimeSeconds()
                    + " inEnc=" + hex.formatHex(k.inboundEncryptionKey()) + " inAuth=" + hex.formatHex(k.inboundAuthKey())
                    + " outEnc=" + hex.formatHex(k.outboundEncryptionKey()) + " outAuth="
                    + hex.formatHex(k.outboundAuthKey());
        }
        if (e instanceof Ikev1Event.Phase1Failed f) {
            return "P1FAIL notify=" + f.notifyType() + " " + f.reason();
        }
        if (e instanceof Ikev1Event.Phase2Failed f) {
            return "P2FAIL notify=" + f.notifyType() + " " + f.reason();
        }
        if (e instanceof Ikev1Event.Phase2Deleted d) {
            return String.format("P2DEL in=%08x ", d.child().inboundSpi()) + d.reason();
        }
        if (e instanceof Ikev1Event.Phase1Deleted d) {
            return "P1DEL conn=" + d.sa().connectionId() + " " + d.reason();
        }
        if (e instanceof Ikev1Event.PeerDead d) {
            return "DEAD " + d.remote();
        }
        if (e instanceof Ikev1Event.BadMessage b) {
            return "BAD " + b.remote() + " " + b.reason();
        }
        if (e instanceof Ikev1Event.StateChanged s) {
            return "STATE " + s.oldState() + " -> " + s.newState();
        }
        if (e instanceof Ikev1Event.Trace t) {
            return "TRACE " + t.step();
        }
        return e.toString();
    }
}
