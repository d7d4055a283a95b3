package iosim.shell.controller;

import iosim.ikev2.api.EncryptionAlgorithm;
import iosim.ikev2.api.IntegrityAlgorithm;
import iosim.ikev2.api.KeyExchangeGroup;
import iosim.ikev2.api.PrfAlgorithm;
import iosim.dataplane.ipsec.crypto.EspTransform;

/**
 * IOS algorithm keywords (as stored in the config model) to the IKEv2 engine's and the
 * dataplane's algorithm enums, and the engine's enums back to IOS's show/debug spellings.
 * Unknown or unsupported keywords (md5, 3des, des) map to null: the caller skips them.
 */
public final class CryptoNames {
    private CryptoNames() {}

    /** {@code crypto ikev2 proposal} encryption keyword. */
    public static EncryptionAlgorithm ikeEncryption(String ios) {
        return switch (ios) {
            case "aes-cbc-128" -> EncryptionAlgorithm.AES_CBC_128;
            case "aes-cbc-192" -> EncryptionAlgorithm.AES_CBC_192;
            case "aes-cbc-256" -> EncryptionAlgorithm.AES_CBC_256;
            case "aes-gcm-128" -> EncryptionAlgorithm.AES_GCM_16_128;
            case "aes-gcm-192" -> EncryptionAlgorithm.AES_GCM_16_192;
            case "aes-gcm-256" -> EncryptionAlgorithm.AES_GCM_16_256;
            default -> null;
        };
    }

    public static IntegrityAlgorithm ikeIntegrity(String ios) {
        return switch (ios) {
            case "sha1", "sha" -> IntegrityAlgorithm.HMAC_SHA1_96;
            case "sha256" -> IntegrityAlgorithm.HMAC_SHA2_256_128;
            case "sha384" -> IntegrityAlgorithm.HMAC_SHA2_384_192;
            case "sha512" -> IntegrityAlgorithm.HMAC_SHA2_512_256;
            default -> null;
        };
    }

    public static PrfAlgorithm ikePrf(String ios) {
        return switch (ios) {
            case "sha1", "sha" -> PrfAlgorithm.HMAC_SHA1;
            case "sha256" -> PrfAlgorithm.HMAC_SHA2_256;
            case "sha384" -> PrfAlgorithm.HMAC_SHA2_384;
            case "sha512" -> PrfAlgorithm.HMAC_SHA2_512;
            default -> null;
        };
    }

    /** Transform-set ESP cipher ({@code esp-aes}, {@code esp-gcm}) with its key size (0 = default). */
    public static EncryptionAlgorithm espEncryption(String cipher, int keyBits) {
        if (cipher == null) {
            return null;
        }
        return switch (cipher) {
            case "esp-aes" -> switch (keyBits) {
                case 192 -> EncryptionAlgorithm.AES_CBC_192;
                case 256 -> EncryptionAlgorithm.AES_CBC_256;
                default -> EncryptionAlgorithm.AES_CBC_128;
            };
            case "esp-gcm" -> switch (keyBits) {
                case 192 -> EncryptionAlgorithm.AES_GCM_16_192;
                case 256 -> EncryptionAlgorithm.AES_GCM_16_256;
                default -> EncryptionAlgorithm.AES_GCM_16_128;
            };
            case "esp-chacha20-poly1305" -> EncryptionAlgorithm.CHACHA20_POLY1305;
            default -> null;
        };
    }

    public static IntegrityAlgorithm espIntegrity(String auth) {
        if (auth == null) {
            return null;
        }
        return switch (auth) {
            case "esp-sha-hmac" -> IntegrityAlgorithm.HMAC_SHA1_96;
            case "esp-sha256-hmac" -> IntegrityAlgorithm.HMAC_SHA2_256_128;
            case "esp-sha384-hmac" -> IntegrityAlgorithm.HMAC_SHA2_384_192;
            case "esp-sha512-hmac" -> IntegrityAlgorithm.HMAC_SHA2_512_256;
            default -> null;
        };
    }

    /** {@code set pfs group14} -> group 14. */
    public static KeyExchangeGroup pfsGroup(String ios) {
        if (ios == null) {
            return null;
        }
        String digits = ios.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? null : KeyExchangeGroup.of(Integer.parseInt(digits));
    }

    /** The negotiated child cipher as the dataplane's ESP transform. */
    public static EspTransform espTransform(EncryptionAlgorithm e, IntegrityAlgorithm i) {
        iosim.dataplane.ipsec.crypto.IntegrityAlgorithm integ = i == null
                ? iosim.dataplane.ipsec.crypto.IntegrityAlgorithm.NONE
                : switch (i) {
                    case HMAC_SHA1_96 -> iosim.dataplane.ipsec.crypto.IntegrityAlgorithm.HMAC_SHA1_96;
                    case HMAC_SHA2_256_128 -> iosim.dataplane.ipsec.crypto.IntegrityAlgorithm.HMAC_SHA2_256_128;
                    case HMAC_SHA2_384_192 -> iosim.dataplane.ipsec.crypto.IntegrityAlgorithm.HMAC_SHA2_384_192;
                    case HMAC_SHA2_512_256 -> iosim.dataplane.ipsec.crypto.IntegrityAlgorithm.HMAC_SHA2_512_256;
                };
        iosim.dataplane.ipsec.crypto.EncryptionAlgorithm enc = switch (e) {
            case AES_CBC_128, AES_CBC_192, AES_CBC_256 -> iosim.dataplane.ipsec.crypto.EncryptionAlgorithm.AES_CBC;
            case AES_GCM_8_128, AES_GCM_8_256 -> iosim.dataplane.ipsec.crypto.EncryptionAlgorithm.AES_GCM_8;
            case AES_GCM_12_128, AES_GCM_12_256 -> iosim.dataplane.ipsec.crypto.EncryptionAlgorithm.AES_GCM_12;
            case AES_GCM_16_128, AES_GCM_16_192, AES_GCM_16_256 -> iosim.dataplane.ipsec.crypto.EncryptionAlgorithm.AES_GCM_16;
            case CHACHA20_POLY1305 -> iosim.dataplane.ipsec.crypto.EncryptionAlgorithm.CHACHA20_POLY1305;
        };
        return new EspTransform(enc, e.keyBits(), e.aead() ? iosim.dataplane.ipsec.crypto.IntegrityAlgorithm.NONE : integ);
    }

    /** {@code AES-CBC} / {@code AES-GCM} as {@code show crypto ikev2 sa} prints the cipher. */
    public static String showCipher(EncryptionAlgorithm e) {
        if (e == null) {
            return "none";
        }
        return e.aead() ? (e == EncryptionAlgorithm.CHACHA20_POLY1305 ? "CHACHA20" : "AES-GCM") : "AES-CBC";
    }

    public static String showPrf(PrfAlgorithm p) {
        return p == null ? "None" : p.displayName().toUpperCase();
    }

    public static String showHash(IntegrityAlgorithm i) {
        return i == null ? "None" : (i == IntegrityAlgorithm.HMAC_SHA1_96 ? "SHA96" : i.displayName().toUpperCase());
    }

    /** {@code DH_GROUP_2048_MODP/Group 14} as the proposal show and debug print groups. */
    public static String groupLongName(KeyExchangeGroup g) {
        return switch (g) {
            case MODP_768 -> "DH_GROUP_768_MODP/Group 1";
            case MODP_1024 -> "DH_GROUP_1024_MODP/Group 2";
            case MODP_1536 -> "DH_GROUP_1536_MODP/Group 5";
            case MODP_2048 -> "DH_GROUP_2048_MODP/Group 14";
            case MODP_3072 -> "DH_GROUP_3072_MODP/Group 15";
            case MODP_4096 -> "DH_GROUP_4096_MODP/Group 16";
            case ECP_256 -> "DH_GROUP_256_ECP/Group 19";
            case ECP_384 -> "DH_GROUP_384_ECP/Group 20";
            case ECP_521 -> "DH_GROUP_521_ECP/Group 21";
            case MODP_2048_256 -> "DH_GROUP_2048_256_MODP/Group 24";
            case CURVE25519 -> "DH_GROUP_CURVE25519/Group 31";
        };
    }

    /** {@code AES-CBC-256} as the proposal show prints encryption. */
    public static String proposalCipher(EncryptionAlgorithm e) {
        return switch (e) {
            case AES_CBC_128 -> "AES-CBC-128";
            case AES_CBC_192 -> "AES-CBC-192";
            case AES_CBC_256 -> "AES-CBC-256";
            case AES_GCM_16_128, AES_GCM_8_128, AES_GCM_12_128 -> "AES-GCM-128";
            case AES_GCM_16_192 -> "AES-GCM-192";
            case AES_GCM_16_256, AES_GCM_8_256, AES_GCM_12_256 -> "AES-GCM-256";
            case CHACHA20_POLY1305 -> "CHACHA20-POLY1305";
        };
    }
}
