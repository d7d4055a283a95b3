package iosim.shell.controller.show;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.dataplane.ipsec.IpsecEvent;
import iosim.dataplane.ipsec.IpsecMode;
import iosim.dataplane.ipsec.IpsecProtocol;
import iosim.dataplane.ipsec.IpsecSaSnapshot;
import iosim.dataplane.ipsec.crypto.EncryptionAlgorithm;
import iosim.dataplane.ipsec.crypto.EspTransform;
import iosim.dataplane.ipsec.crypto.IntegrityAlgorithm;
import org.junit.jupiter.api.Test;

/** The IOS names of installed SAs (moved here from the dataplane's EspTransform.iosDisplayName). */
class EspTextTest {
    @Test
    void transformNamesAsShowCryptoIpsecSaPrintsThem() {
        assertThat(EspText.transform(IpsecProtocol.ESP, new EspTransform(EncryptionAlgorithm.AES_CBC, 256,
                IntegrityAlgorithm.HMAC_SHA2_256_128))).isEqualTo("esp-256-aes esp-sha256-hmac");
        assertThat(EspText.transform(IpsecProtocol.ESP, new EspTransform(EncryptionAlgorithm.AES_CBC, 128,
                IntegrityAlgorithm.HMAC_SHA1_96))).isEqualTo("esp-aes esp-sha-hmac");
        assertThat(EspText.transform(IpsecProtocol.ESP, new EspTransform(EncryptionAlgorithm.AES_GCM_16, 256,
                IntegrityAlgorithm.NONE))).isEqualTo("esp-gcm");
        assertThat(EspText.transform(IpsecProtocol.ESP, new EspTransform(EncryptionAlgorithm.TDES_CBC, 192,
                IntegrityAlgorithm.HMAC_MD5_96))).isEqualTo("esp-3des esp-md5-hmac");
        assertThat(EspText.transform(IpsecProtocol.AH, new EspTransform(EncryptionAlgorithm.NULL, 0,
                IntegrityAlgorithm.HMAC_SHA1_96))).isEqualTo("ah-sha-hmac");
        assertThat(EspText.transform(IpsecProtocol.AH, new EspTransform(EncryptionAlgorithm.NULL, 0,
                IntegrityAlgorithm.HMAC_SHA2_256_128))).isEqualTo("ah-sha256-hmac");
    }

    @Test
    void inUseSettings() {
        EspTransform t = new EspTransform(EncryptionAlgorithm.AES_GCM_16, 256, IntegrityAlgorithm.NONE);
        assertThat(EspText.inUseSettings(sa(t, IpsecMode.TUNNEL, false, false))).isEqualTo("Tunnel, ");
        assertThat(EspText.inUseSettings(sa(t, IpsecMode.TUNNEL, true, false))).isEqualTo("Tunnel UDP-Encaps, ");
        assertThat(EspText.inUseSettings(sa(t, IpsecMode.TUNNEL, false, true))).isEqualTo("Tunnel, esn");
        assertThat(EspText.inUseSettings(sa(t, IpsecMode.TRANSPORT, true, false))).isEqualTo("Transport UDP-Encaps, ");
    }

    private static IpsecSaSnapshot sa(EspTransform t, IpsecMode mode, boolean udp, boolean esn) {
        return new IpsecSaSnapshot(0x1000, IpsecEvent.Direction.INBOUND, IpsecProtocol.ESP, t, mode, udp, esn, -1, 3600,
                8, 64, 0, true);
    }
}
