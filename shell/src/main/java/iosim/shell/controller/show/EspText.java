package iosim.shell.controller.show;

import iosim.dataplane.ipsec.IpsecMode;
import iosim.dataplane.ipsec.IpsecProtocol;
import iosim.dataplane.ipsec.IpsecSaSnapshot;
import iosim.dataplane.ipsec.crypto.EspTransform;

/**
 * IOS's names for an installed SA's transform and settings ({@code show crypto ipsec sa}'s
 * {@code transform:} and {@code in use settings} lines); the dataplane knows none of them.
 */
public final class EspText {
    private EspText() {}

    /** {@code esp-256-aes esp-sha256-hmac}, {@code esp-gcm}, {@code ah-sha256-hmac}. */
    public static String transform(IpsecProtocol protocol, EspTransform t) {
        String enc = switch (t.encryption()) {
            case NULL -> "esp-null";
            case DES_CBC -> "esp-des";
            case TDES_CBC -> "esp-3des";
            case AES_CBC -> t.keyBits() == 128 ? "esp-aes" : "esp-" + t.keyBits() + "-aes";
            case AES_GCM_8, AES_GCM_12, AES_GCM_16 -> "esp-gcm";
            case CHACHA20_POLY1305 -> "esp-chacha20-poly1305";
        };
        String integ = switch (t.integrity()) {
            case NONE -> "";
            case HMAC_MD5_96 -> " esp-md5-hmac";
            case HMAC_SHA1_96 -> " esp-sha-hmac";
            case HMAC_SHA2_256_128 -> " esp-sha256-hmac";
            case HMAC_SHA2_384_192 -> " esp-sha384-hmac";
            case HMAC_SHA2_512_256 -> " esp-sha512-hmac";
        };
        String name = enc + integ;
        return protocol == IpsecProtocol.ESP ? name : name.replace("esp-null esp-", "ah-");
    }

    public static String transform(IpsecSaSnapshot s) {
        return transform(s.protocol(), s.transform());
    }

    /** {@code Tunnel, }, {@code Transport UDP-Encaps, }, {@code Tunnel, esn}. */
    public static String inUseSettings(IpsecSaSnapshot s) {
        return (s.mode() == IpsecMode.TUNNEL ? "Tunnel" : "Transport") + (s.udpEncapsulated() ? " UDP-Encaps" : "")
                + ", " + (s.esn() ? "esn" : "");
    }
}
