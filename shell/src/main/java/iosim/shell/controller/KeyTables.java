package iosim.shell.controller;

import iosim.dataplane.ipsec.SecurityAssociation;
import iosim.dataplane.ipsec.export.IkeSaKeys;
import iosim.dataplane.ipsec.export.TsharkKeyExport;
import iosim.ikev2.api.IkeSaSecrets;
import java.nio.ByteBuffer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * iosim's key export (real IOS has none): the rows of Wireshark's {@code esp_sa} and
 * {@code ikev2_decryption_table} tables for a router's live SAs, so a capture of its tunnels can be
 * decrypted. Rows from several routers or several moments merge as sets. These are secrets.
 *
 * @param espSa   {@code esp_sa} rows (one per exportable ESP SA)
 * @param ikev2   {@code ikev2_decryption_table} rows (one per IKE SA)
 * @param skipped why some SAs were left out (AH, ESN, ChaCha20)
 */
public record KeyTables(Set<String> espSa, Set<String> ikev2, Set<String> skipped) {
    public static KeyTables empty() {
        return new KeyTables(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>());
    }

    /** Adds {@code other}'s rows to these. */
    public void merge(KeyTables other) {
        espSa.addAll(other.espSa);
        ikev2.addAll(other.ikev2);
        skipped.addAll(other.skipped);
    }

    static KeyTables of(List<SecurityAssociation> sas, List<IkeSaSecrets> ike) {
        KeyTables t = empty();
        for (SecurityAssociation sa : sas) {
            String why = TsharkKeyExport.unsupportedReason(sa);
            if (why == null) {
                t.espSa.add(TsharkKeyExport.espSaRow(sa));
            } else {
                t.skipped.add(String.format("SPI 0x%08x: %s", sa.spi(), why));
            }
        }
        for (IkeSaSecrets s : ike) {
            var k = s.keys();
            var suite = k.suite();
            try {
                t.ikev2.add(TsharkKeyExport.ikev2Row(new IkeSaKeys(spi(s.initiatorSpi()), spi(s.responderSpi()),
                        k.skEi(), k.skEr(), suite.encryption().id(), suite.encryptionKeyBits(), k.skAi(), k.skAr(),
                        suite.integrity() == null ? 0 : suite.integrity().id())));
            } catch (IllegalArgumentException e) {
                t.skipped.add(String.format("IKE SA %016x: %s", s.initiatorSpi(), e.getMessage()));
            }
        }
        return t;
    }

    private static byte[] spi(long v) {
        return ByteBuffer.allocate(8).putLong(v).array();
    }
}
