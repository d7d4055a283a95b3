package iosim.dataplane.ipsec.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import iosim.dataplane.ipsec.EnginePairAccess;
import iosim.dataplane.ipsec.IpsecMode;
import iosim.dataplane.ipsec.SecurityAssociation;
import iosim.dataplane.ipsec.Tshark;
import iosim.dataplane.ipsec.crypto.EspTransform;
import iosim.dataplane.ipsec.crypto.IntegrityAlgorithm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our ESP, written to a pcap, decoded and decrypted by tshark with our exported keys: every frame
 * must show the inner ICMP echo (request one way, reply the other), none may be malformed and
 * every ICV must check correct. One capture holds five SA pairs (GCM and CBC+HMAC, tunnel
 * and transport, with and without UDP encapsulation) so tshark starts only three times.
 * Skipped without tshark, failed without it under CI=true.
 */
class TsharkDecryptTest {
    private static final int PINGS = 3;

    record Case(EspTransform transform, IpsecMode mode, boolean udp) {}

    static final List<Case> CASES = List.of(
            new Case(EspTransform.aesGcm16(256), IpsecMode.TUNNEL, true),
            new Case(EspTransform.aesGcm16(128), IpsecMode.TUNNEL, false),
            new Case(EspTransform.aesCbc(256, IntegrityAlgorithm.HMAC_SHA2_256_128), IpsecMode.TUNNEL, false),
            new Case(EspTransform.aesCbc(128, IntegrityAlgorithm.HMAC_SHA1_96), IpsecMode.TUNNEL, true),
            new Case(EspTransform.aesCbc(256, IntegrityAlgorithm.HMAC_SHA2_512_256), IpsecMode.TRANSPORT, false));

    @Test
    void tsharkDecryptsOurEspWithExportedKeys(@TempDir Path dir) throws Exception {
        Path tshark = Tshark.locate();
        List<byte[]> packets = new ArrayList<>();
        List<SecurityAssociation> sas = new ArrayList<>();
        for (int i = 0; i < CASES.size(); i++) {
            Case c = CASES.get(i);
            EnginePairAccess.Capture cap = EnginePairAccess.pingBothWays(c.transform(), c.mode(), c.udp(), PINGS,
                    0xc0de0000L + 0x100L * i);
            packets.addAll(cap.packets());
            sas.addAll(cap.sas());
        }
        Path pcap = dir.resolve("esp.pcap");
        EnginePairAccess.writePcap(pcap, packets);
        List<String> options = TsharkKeyExport.tsharkOptions(sas, List.of());

        List<String> cmd = new ArrayList<>(List.of(tshark.toString(), "-n", "-r", pcap.toString()));
        cmd.addAll(options);
        cmd.addAll(List.of("-T", "fields", "-E", "separator=|", "-e", "frame.number", "-e", "icmp.type",
                "-e", "esp.spi", "-e", "_ws.malformed", "-e", "_ws.expert.message"));
        List<String> lines = Tshark.run(cmd, dir);
        assertThat(lines).hasSize(packets.size());
        for (int i = 0; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\\|", -1);
            assertThat(f[1]).as("frame %d ICMP type: %s", i + 1, lines.get(i)).isEqualTo(i % 2 == 0 ? "8" : "0");
            assertThat(f[3]).as("malformed: %s", lines.get(i)).isEmpty();
            assertThat(f[4].toLowerCase()).as("expert info: %s", lines.get(i))
                    .doesNotContain("incorrect", "malformed", "wrong");
        }

        List<String> verboseCmd = new ArrayList<>(List.of(tshark.toString(), "-n", "-r", pcap.toString()));
        verboseCmd.addAll(options);
        verboseCmd.add("-V");
        String verbose = String.join("\n", Tshark.run(verboseCmd, dir));
        assertThat(verbose.split("\\[Good: True]", -1)).as("every ICV (HMAC and GCM tag) checked correct by tshark")
                .hasSize(packets.size() + 1);
        assertThat(verbose).doesNotContain("[Good: False]", "[incorrect");

        // the same keys as a UAT file in the default profile directory
        Path profile = dir.resolve(".config/wireshark");
        Files.createDirectories(profile);
        Files.writeString(profile.resolve("esp_sa"), TsharkKeyExport.espSaFile(sas));
        List<String> viaFile = Tshark.run(List.of(tshark.toString(), "-n", "-r", pcap.toString(),
                "-o", "esp.enable_encryption_decode:TRUE", "-T", "fields", "-e", "icmp.type"), dir);
        assertThat(viaFile).hasSize(packets.size()).allMatch(l -> l.equals("8") || l.equals("0"));
    }
}
