package iosim.lab;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.bench.HubSpokeLab;
import iosim.shell.cli.CliSession;
import iosim.shell.cli.LoginPrivilege;
import iosim.shell.cli.CaptureTerminal;
import iosim.shell.lab.LabRouter;
import iosim.shell.lab.RunningLab;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's hub-and-spoke lab, small: a hub with five spokes generated the same way (the
 * hub's crypto map on all four of its interfaces, spoke S5 behind S1 so S1 carries its ESP). Every
 * spoke pings the hub's LAN at once; every tunnel must come up, and the hub must have answered
 * each spoke with the address of the interface that spoke reaches it on.
 */
class HubSpokeLabTest {
    private static final int SPOKES = 5;

    @TempDir
    Path tmp;

    @Test
    void everySpokeBringsItsTunnelToTheHubUp() throws Exception {
        HubSpokeLab gen = new HubSpokeLab(SPOKES);
        gen.write(tmp);
        try (RunningLab lab = RunningLab.start(tmp, new PrintStream(OutputStream.nullOutputStream()))) {
            List<LabRouter> spokes = lab.routers().stream().filter(r -> !r.name().equals("HUB")).toList();
            ExecutorService pool = Executors.newFixedThreadPool(spokes.size());
            try {
                List<Future<String>> pings = new ArrayList<>();
                for (LabRouter s : spokes) {
                    pings.add(pool.submit(() -> pingHubUntilAnswered(s)));
                }
                for (int i = 0; i < spokes.size(); i++) {
                    assertThat(pings.get(i).get(90, TimeUnit.SECONDS)).as(spokes.get(i).name() + " ping")
                            .contains("!");
                }
            } finally {
                pool.shutdownNow();
            }
            String hubSa = exec(lab.router("HUB"), "show crypto ikev2 sa");
            for (int c = 1; c <= SPOKES; c++) {
                String hubSide = HubSpokeLab.wan(gen.root(c), 1) + "/500";
                String spokeSide = HubSpokeLab.wan(c, 2) + "/500";
                assertThat(hubSa).as("hub IKE SA with S" + c).containsPattern(
                        "\\Q" + hubSide + "\\E\\s+\\Q" + spokeSide + "\\E[^\\n]*READY");
            }
            for (LabRouter s : spokes) {
                String sa = exec(s, "show crypto ipsec sa");
                assertThat(LabFixtures.counter(sa, "#pkts encaps: ")).as(s.name() + " encaps").isPositive();
                assertThat(LabFixtures.counter(sa, "#pkts decaps: ")).as(s.name() + " decaps").isPositive();
            }
        }
    }

    /** Pings the hub's LAN from the spoke's until one answer gets through (or 60 s pass). */
    private static String pingHubUntilAnswered(LabRouter spoke) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String out = "";
        while (System.nanoTime() < deadline) {
            out = exec(spoke, "ping 10.0.0.1 source Loopback0 repeat 2 timeout 1");
            if (out.contains("!")) {
                return out;
            }
        }
        return out + "\n" + String.join("\n", spoke.router().syslog().lines());
    }

    private static String exec(LabRouter r, String command) {
        CaptureTerminal out = new CaptureTerminal();
        CliSession session = new CliSession(r.router(), out, "console");
        LoginPrivilege.start(session, 15);
        session.execute(command);
        return out.text();
    }
}
