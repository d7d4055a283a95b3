package iosim.lab;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.shell.controller.capture.CaptureKeys;
import iosim.shell.lab.LabShell;
import iosim.shell.lab.RunningLab;
import java.io.OutputStream;
import java.io.PrintStream;
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
 * {@code lab> capture} on ISP's port while the default lab's tunnel comes up, then tshark with
 * only the exported key files ({@link CaptureKeys}, iosim's addition): IKE_AUTH decrypted in
 * both directions, the inner ICMP of every ESP packet decoded, nothing malformed.
 */
class CaptureDecryptTest {
    @TempDir
    Path tmp;

    @Test
    void tsharkDecryptsIkeAuthAndEveryEspPacketWithTheExportedKeys() throws Exception {
        Path tshark = Path.of("/usr/bin/tshark");
        if (!Files.isExecutable(tshark)) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("prerequisite missing under CI=true: tshark");
            }
            Assumptions.abort("skipped: needs tshark");
        }
        Path dir = LabFixtures.defaultLab(tmp);
        Path pcap = tmp.resolve("tunnel.pcap");
        try (RunningLab lab = RunningLab.start(dir, new PrintStream(OutputStream.nullOutputStream()))) {
            LabShell shell = new LabShell(lab, n -> null);
            assertThat(shell.execute("capture ISP gi0/0 " + pcap).text()).contains("Capturing ISP GigabitEthernet0/0");
            String ping = lab.router("SITE-A").runtime().exec().ping("10.0.0.1", 10, 100, 2, "GigabitEthernet0/1");
            assertThat(ping).contains("Success rate is");
            String stop = shell.execute("capture stop").text();
            assertThat(stop).as(stop).contains("packets in " + pcap).contains("1 IKE SAs").contains("decrypt: ");
        }
        Path keys = CaptureKeys.folder(pcap);
        assertThat(keys.resolve("esp_sa")).exists();
        assertThat(Files.readString(keys.resolve("ikev2_decryption_table")).lines().filter(l -> !l.startsWith("#")).count())
                .isEqualTo(1);

        String all = tshark(keys, pcap, "-V");
        assertThat(all).doesNotContain("Malformed");
        // IKE_AUTH request and response, decrypted: identities and AUTH payloads inside the SK payload
        assertThat(tshark(keys, pcap)).contains("IKE_AUTH MID=01 Initiator Request").contains("IKE_AUTH MID=01 Responder Response");
        assertThat(all).contains("Decrypted Data").contains("Payload: Authentication (39)");
        assertThat(count(keys, pcap, "isakmp.id.type && isakmp.auth.method")).isEqualTo(2);
        assertThat(count(keys, pcap, "isakmp.id.data.ipv4_addr == 203.0.113.10")).isEqualTo(1);
        assertThat(count(keys, pcap, "isakmp.id.data.ipv4_addr == 203.0.113.20")).isEqualTo(1);
        // every ESP packet carries a decoded inner ICMP echo
        long esp = count(keys, pcap, "esp");
        assertThat(esp).isGreaterThanOrEqualTo(8);
        assertThat(count(keys, pcap, "esp && icmp.type")).isEqualTo(esp);
        assertThat(count(keys, pcap, "_ws.malformed || _ws.expert.severity == \"Error\"")).isZero();
    }

    private static long count(Path keys, Path pcap, String filter) throws Exception {
        return tshark(keys, pcap, "-Y", filter).lines().filter(l -> !l.isBlank()).count();
    }

    private static String tshark(Path keys, Path pcap, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("tshark", "-n", "-r", pcap.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("WIRESHARK_CONFIG_DIR", keys.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }
}
