package iosim.shell.controller.capture;

import iosim.shell.controller.KeyTables;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Beside a pcap export {@code NAME.pcap}: the folder {@code NAME.pcap.keys/}, a Wireshark
 * configuration folder holding the keys of the IKE and IPsec SAs seen while capturing, as
 * Wireshark's own {@code ikev2_decryption_table} and {@code esp_sa} tables, plus the
 * {@code preferences} that switch ESP decryption on. One command decrypts IKE_AUTH and ESP:
 * <pre>WIRESHARK_CONFIG_DIR=NAME.pcap.keys tshark -r NAME.pcap -V</pre>
 * (or in Wireshark: copy the two files into a profile folder). Real IOS never exports keys: this
 * is iosim's addition for learning, and the files are secrets.
 */
public final class CaptureKeys {
    private CaptureKeys() {
    }

    /** The keys folder for {@code pcap}. */
    public static Path folder(Path pcap) {
        return pcap.resolveSibling(pcap.getFileName() + ".keys");
    }

    /** The documented tshark command for {@code pcap}. */
    public static String tsharkCommand(Path pcap) {
        return "WIRESHARK_CONFIG_DIR=" + folder(pcap) + " tshark -r " + pcap + " -V";
    }

    /** Writes the keys folder; returns it. */
    public static Path write(Path pcap, KeyTables keys) throws IOException {
        Path dir = folder(pcap);
        Files.createDirectories(dir);
        String head = "# iosim key export for " + pcap.getFileName() + " (iosim's addition: IOS never exports keys). SECRET.\n";
        StringBuilder esp = new StringBuilder(head);
        keys.espSa().forEach(r -> esp.append(r).append('\n'));
        keys.skipped().forEach(r -> esp.append("# not exported: ").append(r).append('\n'));
        StringBuilder ike = new StringBuilder(head);
        keys.ikev2().forEach(r -> ike.append(r).append('\n'));
        write(dir.resolve("esp_sa"), esp.toString());
        write(dir.resolve("ikev2_decryption_table"), ike.toString());
        write(dir.resolve("preferences"), "# Wireshark preferences for iosim's key export\n"
                + "esp.enable_encryption_decode: TRUE\nesp.enable_authentication_check: TRUE\n");
        return dir;
    }

    private static void write(Path f, String text) throws IOException {
        Files.writeString(f, text, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(f, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not POSIX
        }
    }
}
