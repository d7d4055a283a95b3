package iosim.dataplane.ipsec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import iosim.dataplane.ipsec.crypto.EspTransform;
import iosim.dataplane.ipsec.export.IkeSaKeys;
import iosim.dataplane.ipsec.export.TsharkKeyExport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our key export applied to strongSwan's real session: with the IKE keys from its log handed to
 * {@link TsharkKeyExport} as {@link IkeSaKeys} and the CHILD_SA keys installed in our engines,
 * tshark decrypts strongSwan's IKE_AUTH (shows the identities) and its ESP (shows the ping).
 */
class StrongSwanKeyExportTest {

    @Test
    void exportedKeysLetTsharkDecryptStrongSwansSession(@TempDir Path dir) throws Exception {
        Path pcap = StrongSwanCaptureTest.DIR.resolve("pair-gcm-keys.pcap");
        Path log = StrongSwanCaptureTest.DIR.resolve("pair-gcm-keys.left-charon-level4.log");
        boolean present = Files.exists(pcap) && Files.exists(log);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("interop captures missing under " + StrongSwanCaptureTest.DIR);
        }
        assumeTrue(present, "interop captures not found");
        Path tshark = Tshark.locate();

        CharonLog keys = new CharonLog(log);
        byte[] ispi = null;
        byte[] rspi = null;
        for (byte[] f : PcapFile.read(pcap)) {     // IKE_SA_INIT response: both SPIs set
            if (f.length > 14 + 28 + 28 && (f[14 + 9] & 0xff) == 17 && Ipv4Header.u16(f, 14 + 22) == 500
                    && (f[14 + 28 + 18] & 0xff) == 34 && (f[14 + 28 + 19] & 0x20) != 0) {
                ispi = Arrays.copyOfRange(f, 42, 50);
                rspi = Arrays.copyOfRange(f, 50, 58);
            }
        }
        assertThat(ispi).isNotNull();
        IkeSaKeys ike = new IkeSaKeys(ispi, rspi, keys.dump("Sk_ei secret"), keys.dump("Sk_er secret"), 12, 256,
                keys.dump("Sk_ai secret"), keys.dump("Sk_ar secret"), 12);

        EspTransform gcm = EspTransform.aesGcm16(256);
        byte[] ik = keys.dump("encryption initiator key");
        byte[] rk = keys.dump("encryption responder key");
        long leftIn = keys.spi("inbound");
        long leftOut = keys.spi("outbound");
        IpsecEngine left = StrongSwanCaptureTest.engine(StrongSwanCaptureTest.LEFT, StrongSwanCaptureTest.RIGHT,
                StrongSwanCaptureTest.LEFT_NET, StrongSwanCaptureTest.RIGHT_NET, leftIn, new SaKeys(rk, null),
                leftOut, new SaKeys(ik, null), gcm);

        List<String> cmd = new ArrayList<>(List.of(tshark.toString(), "-n", "-r", pcap.toString()));
        cmd.addAll(TsharkKeyExport.tsharkOptions(left.liveSas(), List.of(ike)));
        cmd.addAll(List.of("-T", "fields", "-e", "isakmp.id.data.ipv4_addr", "-e", "icmp.type", "-e", "_ws.malformed"));
        List<String> lines = Tshark.run(cmd, dir);
        assertThat(lines).anyMatch(l -> l.startsWith("203.0.113.10"));   // IDi inside the encrypted IKE_AUTH
        assertThat(lines).anyMatch(l -> l.startsWith("203.0.113.20"));   // IDr
        long echoes = lines.stream().filter(l -> l.matches("\\t(8|0)\\t")).count();
        assertThat(echoes).isGreaterThanOrEqualTo(2);
        assertThat(lines).noneMatch(l -> l.endsWith("\t1") || l.toLowerCase().contains("malformed"));
    }
}
