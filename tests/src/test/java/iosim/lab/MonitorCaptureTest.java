package iosim.lab;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.shell.cli.CliSession;
import iosim.shell.console.StdinConsole;
import iosim.shell.controller.capture.CaptureKeys;
import iosim.shell.lab.RunningLab;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * IOS-XE's embedded packet capture on SITE-A's outside port while the default lab's tunnel
 * comes up: defined, started, stopped, shown, exported to flash: with iosim's keys beside it,
 * and the export read by tshark with those keys (every ESP packet's inner ICMP decoded).
 */
class MonitorCaptureTest {
    @TempDir
    Path tmp;

    @Test
    void captureStartStopShowExportAndDecrypt() throws Exception {
        Path tshark = Path.of("/usr/bin/tshark");
        if (!Files.isExecutable(tshark)) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("prerequisite missing under CI=true: tshark");
            }
            Assumptions.abort("skipped: needs tshark");
        }
        Path dir = LabFixtures.defaultLab(tmp);
        String out;
        Path pcap = tmp.resolve("cap.pcap");
        Path keys = CaptureKeys.folder(pcap);
        try (RunningLab lab = RunningLab.start(dir, new PrintStream(OutputStream.nullOutputStream()))) {
            Path flash = lab.router("SITE-A").state().flash();
            out = console(lab, """
                    enable
                    class
                    terminal length 0
                    monitor capture CAP start
                    monitor capture CAP interface GigabitEthernet0/0 both
                    monitor capture CAP match ipv4 any any
                    monitor capture CAP limit duration 600
                    show monitor capture CAP
                    monitor capture CAP start
                    ping 10.0.0.1 source GigabitEthernet0/1 repeat 10
                    clear crypto session
                    ping 10.0.0.1 source GigabitEthernet0/1 repeat 10
                    monitor capture CAP stop
                    show monitor capture CAP buffer brief
                    show monitor capture CAP buffer detailed
                    monitor capture CAP export flash:cap.pcap
                    dir flash:
                    no monitor capture CAP
                    show monitor capture CAP
                    """);
            // the lab's state folder goes with the lab: keep the export
            Files.copy(flash.resolve("cap.pcap"), pcap);
            Files.createDirectories(keys);
            for (String f : List.of("esp_sa", "ikev2_decryption_table", "preferences")) {
                Files.copy(CaptureKeys.folder(flash.resolve("cap.pcap")).resolve(f), keys.resolve(f));
            }
        }
        assertThat(out).contains("No Target is attached to capture");
        assertThat(out).contains("Status Information for Capture CAP\n  Target Type: \n"
                + "   Interface: GigabitEthernet0/0, Direction: both\n   Status : Inactive\n");
        assertThat(out).contains("    Source IP:  any\n    Destination IP:  any\n");
        assertThat(out).contains("Started capture point : CAP\n").contains("Stopped capture point : CAP\n");
        assertThat(out).contains("%BUFCAP-6-ENABLE: Capture Point CAP enabled.");
        assertThat(out).containsPattern("\n +\\d+ +\\d+ +\\d+\\.\\d{6}   203\\.0\\.113\\.10 +->  203\\.0\\.113\\.20 +0  BE   ESP\n");
        assertThat(out).containsPattern("\n  0000:  [0-9A-F]{2} [0-9A-F]{2} ");
        assertThat(out).contains("Exported Successfully").contains("cap.pcap");
        assertThat(out).contains("SITE-A#show monitor capture CAP\nCapture point CAP does not exist\n");

        // two tunnels (before and after clear crypto session): the first one's keys were collected
        // while capturing, before it was deleted
        assertThat(Files.readString(keys.resolve("esp_sa")).lines().filter(l -> !l.startsWith("#")).count())
                .isGreaterThanOrEqualTo(4);
        long esp = count(keys, pcap, "esp");
        assertThat(esp).as(out).isGreaterThanOrEqualTo(32); // 2 x 10 echoes through the tunnels, both ways, less the first
        assertThat(count(keys, pcap, "esp && icmp.type")).isEqualTo(esp);
        assertThat(count(keys, pcap, "isakmp")).isGreaterThanOrEqualTo(4); // match ipv4: IKE too, no ARP
        assertThat(count(keys, pcap, "arp")).isZero();
        assertThat(count(keys, pcap, "_ws.malformed || _ws.expert.severity == \"Error\"")).isZero();
    }

    private static String console(RunningLab lab, String script) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        StdinConsole console = new StdinConsole(new BufferedReader(new StringReader(script)), out);
        console.run(new CliSession(lab.router("SITE-A").runtime().router(), console, "console"));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static long count(Path keys, Path pcap, String filter) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("tshark", "-n", "-r", pcap.toString(), "-Y", filter));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("WIRESHARK_CONFIG_DIR", keys.toString());
        Process p = pb.start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return text.lines().filter(l -> !l.isBlank()).count();
    }
}
