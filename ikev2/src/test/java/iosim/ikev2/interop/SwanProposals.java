package iosim.ikev2.interop;

import iosim.ikev2.api.ChildProposal;
import iosim.ikev2.api.EncryptionAlgorithm;
import iosim.ikev2.api.IkeProposal;
import iosim.ikev2.api.IntegrityAlgorithm;
import iosim.ikev2.api.IpsecProtocol;
import iosim.ikev2.api.KeyExchangeGroup;
import iosim.ikev2.api.PrfAlgorithm;
import java.util.ArrayList;
import java.util.List;

/** Parses strongSwan proposal strings ("aes256-sha256-modp2048", "aes256gcm16-prfsha256-ecp256") for the interop tests. */
final class SwanProposals {
    private SwanProposals() {}

    static IkeProposal ike(String s) {
        List<EncryptionAlgorithm> e = new ArrayList<>();
        List<PrfAlgorithm> p = new ArrayList<>();
        List<IntegrityAlgorithm> i = new ArrayList<>();
        List<KeyExchangeGroup> g = new ArrayList<>();
        for (String t : s.split("-")) {
            if (encr(t) != null) {
                e.add(encr(t));
            } else if (t.startsWith("prf")) {
                p.add(prf(t.substring(3)));
            } else if (integ(t) != null) {
                i.add(integ(t));
                p.add(prf(t));
            } else if (group(t) != null) {
                g.add(group(t));
            } else {
                throw new IllegalArgumentException("unknown proposal token " + t);
            }
        }
        return new IkeProposal(e, p.stream().distinct().toList(), i, g);
    }

    static ChildProposal esp(String s) {
        List<EncryptionAlgorithm> e = new ArrayList<>();
        List<IntegrityAlgorithm> i = new ArrayList<>();
        List<KeyExchangeGroup> g = new ArrayList<>();
        for (String t : s.split("-")) {
            if (encr(t) != null) {
                e.add(encr(t));
            } else if (integ(t) != null) {
                i.add(integ(t));
            } else if (group(t) != null) {
                g.add(group(t));
            } else {
                throw new IllegalArgumentException("unknown proposal token " + t);
            }
        }
        return new ChildProposal(IpsecProtocol.ESP, e, i, g, false);
    }

    private static EncryptionAlgorithm encr(String t) {
        return switch (t) {
            case "aes128" -> EncryptionAlgorithm.AES_CBC_128;
            case "aes192" -> EncryptionAlgorithm.AES_CBC_192;
            case "aes256" -> EncryptionAlgorithm.AES_CBC_256;
            case "aes128gcm16" -> EncryptionAlgorithm.AES_GCM_16_128;
            case "aes256gcm16" -> EncryptionAlgorithm.AES_GCM_16_256;
            case "chacha20poly1305" -> EncryptionAlgorithm.CHACHA20_POLY1305;
            default -> null;
        };
    }

    private static IntegrityAlgorithm integ(String t) {
        return switch (t) {
            case "sha1" -> IntegrityAlgorithm.HMAC_SHA1_96;
            case "sha256" -> IntegrityAlgorithm.HMAC_SHA2_256_128;
            case "sha384" -> IntegrityAlgorithm.HMAC_SHA2_384_192;
            case "sha512" -> IntegrityAlgorithm.HMAC_SHA2_512_256;
            default -> null;
        };
    }

    private static PrfAlgorithm prf(String t) {
        return switch (t) {
            case "sha1" -> PrfAlgorithm.HMAC_SHA1;
            case "sha256" -> PrfAlgorithm.HMAC_SHA2_256;
            case "sha384" -> PrfAlgorithm.HMAC_SHA2_384;
            case "sha512" -> PrfAlgorithm.HMAC_SHA2_512;
            default -> throw new IllegalArgumentException("unknown prf " + t);
        };
    }

    private static KeyExchangeGroup group(String t) {
        return switch (t) {
            case "modp1024" -> KeyExchangeGroup.MODP_1024;
            case "modp2048" -> KeyExchangeGroup.MODP_2048;
            case "modp3072" -> KeyExchangeGroup.MODP_3072;
            case "ecp256" -> KeyExchangeGroup.ECP_256;
            case "ecp384" -> KeyExchangeGroup.ECP_384;
            case "curve25519", "x25519" -> KeyExchangeGroup.CURVE25519;
            default -> null;
        };
    }
}
