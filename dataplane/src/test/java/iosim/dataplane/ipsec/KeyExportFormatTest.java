package iosim.dataplane.ipsec;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.dataplane.ipsec.crypto.EncryptionAlgorithm;
import iosim.dataplane.ipsec.crypto.EspTransform;
import iosim.dataplane.ipsec.crypto.IntegrityAlgorithm;
import iosim.dataplane.ipsec.export.IkeSaKeys;
import iosim.dataplane.ipsec.export.TsharkKeyExport;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exported rows' exact shape (tshark itself checks them in TsharkDecryptTest). */
class KeyExportFormatTest {

    @Test
    void espRowsCarryAddressesSpiAlgorithmsAndKeysPerDirection() {
        EnginePair p = new EnginePair().install(EspTransform.aesCbc(128, IntegrityAlgorithm.HMAC_SHA1_96), false);
        OutboundSa out = p.a.currentOutboundSa(EnginePair.IF, "e1");
        String row = TsharkKeyExport.espSaRow(out);
        String ek = HexFormat.of().formatHex(out.encryptionKey());
        String ik = HexFormat.of().formatHex(out.integrityKey());
        assertThat(row).isEqualTo("\"IPv4\",\"198.51.100.1\",\"203.0.113.2\",\"0x00001000\",\"AES-CBC [RFC3602]\",\"0x"
                + ek + "\",\"HMAC-SHA-1-96 [RFC2404]\",\"0x" + ik + "\"");
        InboundSa in = p.a.inboundSa(0x2000, EnginePair.A_OUTER);
        assertThat(TsharkKeyExport.espSaRow(in)).startsWith("\"IPv4\",\"203.0.113.2\",\"198.51.100.1\",\"0x00002000\"");
        assertThat(TsharkKeyExport.espSaFile(p.a.liveSas()).lines().filter(l -> l.startsWith("\"IPv4\""))).hasSize(2);
    }

    @Test
    void gcmRowHasSaltedKeyAndNullAuthentication() {
        EnginePair p = new EnginePair().install(EspTransform.aesGcm16(256));
        String row = TsharkKeyExport.espSaRow(p.a.currentOutboundSa(EnginePair.IF, "e1"));
        assertThat(row).contains("\"AES-GCM with 16 octet ICV [RFC4106]\"").endsWith(",\"NULL\",\"\"");
        assertThat(row.split(",")[5]).hasSize(2 + 2 + 72);   // quotes, 0x, 36 bytes
    }

    @Test
    void unsupportedSasAreCommentedNotExported() {
        EnginePair chacha = new EnginePair().install(EspTransform.chacha20Poly1305());
        assertThat(TsharkKeyExport.espSaFile(chacha.a.liveSas())).doesNotContain("\"IPv4\"").contains("ChaCha20");
        EnginePair esn = new EnginePair().install(EspTransform.aesGcm16(128), true);
        assertThat(TsharkKeyExport.tsharkOptions(esn.a.liveSas(), List.of())).isEmpty();
        EnginePair ah = new EnginePair().install(IpsecProtocol.AH,
                new EspTransform(EncryptionAlgorithm.NULL, 0, IntegrityAlgorithm.HMAC_SHA2_256_128), IpsecMode.TUNNEL,
                null, false, 64, SaLifetime.IOS_DEFAULT, 0x1000, 0x2000, 1);
        assertThat(TsharkKeyExport.unsupportedReason(ah.a.liveSas().get(0))).contains("AH");
    }

    @Test
    void ikev2RowMatchesWiresharksUatColumns() {
        HexFormat h = HexFormat.of();
        IkeSaKeys k = new IkeSaKeys(h.parseHex("0102030405060708"), h.parseHex("1112131415161718"),
                h.parseHex("aa"), h.parseHex("bb"), 20, 256, null, null, 0);
        assertThat(TsharkKeyExport.ikev2Row(k)).isEqualTo(
                "0102030405060708,1112131415161718,aa,bb,\"AES-GCM-256 with 16 octet ICV [RFC5282]\",,,\"NONE [RFC4306]\"");
        IkeSaKeys cbc = new IkeSaKeys(h.parseHex("0102030405060708"), h.parseHex("1112131415161718"),
                h.parseHex("aa"), h.parseHex("bb"), 12, 128, h.parseHex("cc"), h.parseHex("dd"), 12);
        assertThat(TsharkKeyExport.ikev2Row(cbc)).isEqualTo(
                "0102030405060708,1112131415161718,aa,bb,\"AES-CBC-128 [RFC3602]\",cc,dd,\"HMAC_SHA2_256_128 [RFC4868]\"");
        assertThat(TsharkKeyExport.tsharkOptions(List.of(), List.of(cbc)))
                .containsExactly("-o", "uat:ikev2_decryption_table:" + TsharkKeyExport.ikev2Row(cbc));
    }
}
