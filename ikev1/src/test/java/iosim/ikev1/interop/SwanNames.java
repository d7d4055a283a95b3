package iosim.ikev1.interop;

import iosim.ikev1.api.EspAuth;
import iosim.ikev1.api.EspCipher;
import iosim.ikev1.api.EspProposal;
import iosim.ikev1.api.IsakmpPolicy;
import iosim.ikev1.crypto.CipherAlgorithm;
import iosim.ikev1.crypto.HashAlgorithm;
import iosim.ike.crypto.DhGroup;

/** strongSwan proposal keywords (aes256-sha256-modp2048, 3des-md5, ...) as engine parameters. */
final class SwanNames {
    private SwanNames() {}

    static IsakmpPolicy ike(String s, int priority) {
        String[] p = s.split("-");
        CipherAlgorithm c = switch (p[0]) {
            case "des" -> CipherAlgorithm.DES_CBC;
            case "3des" -> CipherAlgorithm.TDES_CBC;
            default -> CipherAlgorithm.AES_CBC;
        };
        int bits = c == CipherAlgorithm.AES_CBC ? Integer.parseInt(p[0].substring(3)) : 0;
        return IsakmpPolicy.psk(priority, c, bits, hash(p[1]), group(p[2]));
    }

    static EspProposal esp(String s) {
        String[] p = s.split("-");
        EspCipher c = switch (p[0]) {
            case "des" -> EspCipher.DES;
            case "3des" -> EspCipher.TDES;
            case "null" -> EspCipher.NULL;
            default -> EspCipher.AES;
        };
        int bits = c == EspCipher.AES ? Integer.parseInt(p[0].substring(3)) : 0;
        EspAuth a = switch (p[1]) {
            case "md5" -> EspAuth.HMAC_MD5;
            case "sha1" -> EspAuth.HMAC_SHA1;
            case "sha256" -> EspAuth.HMAC_SHA2_256;
            case "sha384" -> EspAuth.HMAC_SHA2_384;
            default -> EspAuth.HMAC_SHA2_512;
        };
        return new EspProposal(c, bits, a);
    }

    /** The PFS group at the end of an ESP proposal (aes256-sha1-modp2048), or null. */
    static DhGroup espGroup(String s) {
        String[] p = s.split("-");
        return p.length > 2 ? group(p[2]) : null;
    }

    static HashAlgorithm hash(String s) {
        return switch (s) {
            case "md5" -> HashAlgorithm.MD5;
            case "sha1" -> HashAlgorithm.SHA1;
            case "sha256" -> HashAlgorithm.SHA2_256;
            case "sha384" -> HashAlgorithm.SHA2_384;
            default -> HashAlgorithm.SHA2_512;
        };
    }

    static DhGroup group(String s) {
        return switch (s) {
            case "modp768" -> DhGroup.MODP_768;
            case "modp1024" -> DhGroup.MODP_1024;
            case "modp1536" -> DhGroup.MODP_1536;
            case "modp2048" -> DhGroup.MODP_2048;
            case "modp3072" -> DhGroup.MODP_3072;
            case "modp4096" -> DhGroup.MODP_4096;
            case "ecp256" -> DhGroup.ECP_256;
            case "ecp384" -> DhGroup.ECP_384;
            case "ecp521" -> DhGroup.ECP_521;
            case "modp2048s256" -> DhGroup.MODP_2048_256;
            default -> throw new IllegalArgumentException(s);
        };
    }
}
