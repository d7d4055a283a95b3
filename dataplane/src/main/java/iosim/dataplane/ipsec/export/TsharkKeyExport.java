package iosim.dataplane.ipsec.export;

import iosim.dataplane.ipsec.IpsecProtocol;
import iosim.dataplane.ipsec.Ipv4Addresses;
import iosim.dataplane.ipsec.SecurityAssociation;
import iosim.dataplane.ipsec.crypto.EspTransform;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes the keys of live SAs in the forms Wireshark/tshark (4.0) accept: rows of its
 * {@code esp_sa} and {@code ikev2_decryption_table} UAT tables, usable as a UAT file in a profile
 * directory or as {@code -o uat:esp_sa:ROW} options. For lab use: these are secrets.
 *
 * <p>Not expressible in Wireshark 4.0's ESP table (left out, see {@link #unsupportedReason}):
 * AH SAs, ChaCha20-Poly1305, and ESN SAs (the table has no ESN column, decryption of AEAD ESN
 * packets would fail).
 */
public final class TsharkKeyExport {
    private static final HexFormat HEX = HexFormat.of();

    private TsharkKeyExport() {}

    /** Why an SA cannot be exported, or null if it can. */
    public static String unsupportedReason(SecurityAssociation sa) {
        if (sa.spec().protocol() != IpsecProtocol.ESP) {
            return "AH SAs have no Wireshark key table";
        }
        if (sa.spec().esn()) {
            return "Wireshark's esp_sa table has no extended-sequence-number setting";
        }
        return switch (sa.transform().encryption()) {
            case CHACHA20_POLY1305 -> "Wireshark 4.0 cannot decrypt ESP ChaCha20-Poly1305";
            default -> sa.removed() ? "SA removed" : null;
        };
    }

    /** One {@code esp_sa} row: protocol, source, destination, SPI, encryption, key, authentication, key. */
    public static String espSaRow(SecurityAssociation sa) {
        EspTransform t = sa.transform();
        String encryption = switch (t.encryption()) {
            case NULL -> "NULL";
            case DES_CBC -> "DES-CBC [RFC2405]";
            case TDES_CBC -> "TripleDES-CBC [RFC2451]";
            case AES_CBC -> "AES-CBC [RFC3602]";
            case AES_GCM_8 -> "AES-GCM with 8 octet ICV [RFC4106]";
            case AES_GCM_12 -> "AES-GCM with 12 octet ICV [RFC4106]";
            case AES_GCM_16 -> "AES-GCM with 16 octet ICV [RFC4106]";
            case CHACHA20_POLY1305 -> throw new IllegalArgumentException(unsupportedReason(sa));
        };
        String authentication = switch (t.integrity()) {
            case NONE -> "NULL";
            case HMAC_MD5_96 -> "HMAC-MD5-96 [RFC2403]";
            case HMAC_SHA1_96 -> "HMAC-SHA-1-96 [RFC2404]";
            case HMAC_SHA2_256_128 -> "HMAC-SHA-256-128 [RFC4868]";
            case HMAC_SHA2_384_192 -> "HMAC-SHA-384-192 [RFC4868]";
            case HMAC_SHA2_512_256 -> "HMAC-SHA-512-256 [RFC4868]";
        };
        byte[] ek = sa.encryptionKey();
        byte[] ik = sa.integrityKey();
        return quoted("IPv4", Ipv4Addresses.format(sa.sourceAddress()), Ipv4Addresses.format(sa.destinationAddress()),
                String.format("0x%08x", sa.spi()), encryption, ek.length == 0 ? "" : "0x" + HEX.formatHex(ek),
                authentication, ik.length == 0 ? "" : "0x" + HEX.formatHex(ik));
    }

    /** The content of an {@code esp_sa} UAT file for every exportable SA. */
    public static String espSaFile(List<? extends SecurityAssociation> sas) {
        StringBuilder b = new StringBuilder("# iosim: keys of live IPsec SAs (secret!)\n");
        for (SecurityAssociation sa : sas) {
            String why = unsupportedReason(sa);
            if (why == null) {
                b.append(espSaRow(sa)).append('\n');
            } else {
                b.append(String.format("# SPI 0x%08x not exported: %s%n", sa.spi(), why));
            }
        }
        return b.toString();
    }

    /** One {@code ikev2_decryption_table} row. */
    public static String ikev2Row(IkeSaKeys k) {
        List<String> cols = List.of(HEX.formatHex(k.initiatorSpi()), HEX.formatHex(k.responderSpi()),
                HEX.formatHex(k.skEi()), HEX.formatHex(k.skEr()), "\"" + ikeEncryption(k) + "\"",
                HEX.formatHex(k.skAi()), HEX.formatHex(k.skAr()), "\"" + ikeIntegrity(k.integrityId()) + "\"");
        return String.join(",", cols);
    }

    /** The content of an {@code ikev2_decryption_table} UAT file. */
    public static String ikev2File(List<IkeSaKeys> keys) {
        StringBuilder b = new StringBuilder("# iosim: keys of live IKE SAs (secret!)\n");
        keys.forEach(k -> b.append(ikev2Row(k)).append('\n'));
        return b.toString();
    }

    /** tshark options that decrypt a capture of these SAs: {@code tshark -r cap.pcap <these>}. */
    public static List<String> tsharkOptions(List<? extends SecurityAssociation> sas, List<IkeSaKeys> ikeKeys) {
        List<String> out = new ArrayList<>();
        for (IkeSaKeys k : ikeKeys) {
            out.add("-o");
            out.add("uat:ikev2_decryption_table:" + ikev2Row(k));
        }
        boolean any = false;
        for (SecurityAssociation sa : sas) {
            if (unsupportedReason(sa) == null) {
                out.add("-o");
                out.add("uat:esp_sa:" + espSaRow(sa));
                any = true;
            }
        }
        if (any) {
            out.add("-o");
            out.add("esp.enable_encryption_decode:TRUE");
            out.add("-o");
            out.add("esp.enable_authentication_check:TRUE");
        }
        return out;
    }

    static String ikeEncryption(IkeSaKeys k) {
        int bits = k.encryptionKeyBits();
        return switch (k.encryptionId()) {
            case 3 -> "3DES [RFC2451]";
            case 11 -> "NULL [RFC2410]";
            case 12 -> "AES-CBC-" + bits + " [RFC3602]";
            case 13 -> "AES-CTR-" + bits + " [RFC5930]";
            case 18 -> "AES-GCM-" + bits + " with 8 octet ICV [RFC5282]";
            case 19 -> "AES-GCM-" + bits + " with 12 octet ICV [RFC5282]";
            case 20 -> "AES-GCM-" + bits + " with 16 octet ICV [RFC5282]";
            default -> throw new IllegalArgumentException("Wireshark has no IKEv2 encryption id " + k.encryptionId());
        };
    }

    static String ikeIntegrity(int id) {
        return switch (id) {
            case 0 -> "NONE [RFC4306]";
            case 1 -> "HMAC_MD5_96 [RFC2403]";
            case 2 -> "HMAC_SHA1_96 [RFC2404]";
            case 12 -> "HMAC_SHA2_256_128 [RFC4868]";
            case 13 -> "HMAC_SHA2_384_192 [RFC4868]";
            case 14 -> "HMAC_SHA2_512_256 [RFC4868]";
            default -> throw new IllegalArgumentException("Wireshark has no IKEv2 integrity id " + id);
        };
    }

    private static String quoted(String... cols) {
        StringBuilder b = new StringBuilder();
        for (String c : cols) {
            if (b.length() > 0) {
                b.append(',');
            }
            b.append('"').append(c).append('"');
        }
        return b.toString();
    }
}
