package iosim.dataplane.ipsec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import iosim.dataplane.ipsec.crypto.EncryptionAlgorithm;
import iosim.dataplane.ipsec.crypto.EspTransform;
import iosim.dataplane.ipsec.crypto.IntegrityAlgorithm;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ChildSaKeysTest {

    @Test
    void ikeTransformIdsMapToTransforms() {
        assertThat(EspTransform.fromIke(20, 256, 0)).isEqualTo(EspTransform.aesGcm16(256));
        assertThat(EspTransform.fromIke(12, 128, 2)).isEqualTo(EspTransform.aesCbc(128, IntegrityAlgorithm.HMAC_SHA1_96));
        assertThat(EspTransform.fromIke(28, 0, 0)).isEqualTo(EspTransform.chacha20Poly1305());
        assertThat(EspTransform.fromIke(18, 128, 0).encryption()).isEqualTo(EncryptionAlgorithm.AES_GCM_8);
        assertThat(EspTransform.fromIke(3, 192, 2).encryption()).isEqualTo(EncryptionAlgorithm.TDES_CBC);
        assertThatThrownBy(() -> EspTransform.fromIke(7, 128, 2)).isInstanceOf(IllegalArgumentException.class); // Blowfish
        assertThatThrownBy(() -> EspTransform.fromIke(20, 256, 12)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keymatIsCutEncryptionThenIntegrityPerDirection() {
        EspTransform t = EspTransform.aesCbc(128, IntegrityAlgorithm.HMAC_SHA2_256_128);
        byte[] km = new byte[ChildSaKeys.keymatLength(t)];
        for (int i = 0; i < km.length; i++) {
            km[i] = (byte) i;
        }
        assertThat(km).hasSize(2 * (16 + 32));
        ChildSaKeys k = ChildSaKeys.fromKeymat(km, t);
        assertThat(k.initiatorToResponder().encryption()).isEqualTo(Arrays.copyOfRange(km, 0, 16));
        assertThat(k.initiatorToResponder().integrity()).isEqualTo(Arrays.copyOfRange(km, 16, 48));
        assertThat(k.responderToInitiator().encryption()).isEqualTo(Arrays.copyOfRange(km, 48, 64));
        assertThat(k.responderToInitiator().integrity()).isEqualTo(Arrays.copyOfRange(km, 64, 96));
        assertThat(k.outbound(true)).isSameAs(k.initiatorToResponder());
        assertThat(k.inbound(true)).isSameAs(k.responderToInitiator());
        assertThat(k.outbound(false)).isSameAs(k.responderToInitiator());
    }

    @Test
    void gcmKeymatCarriesSaltsAndNoIntegrity() {
        EspTransform t = EspTransform.aesGcm16(256);
        byte[] km = new byte[72];
        km[35] = 7;
        km[71] = 9;
        ChildSaKeys k = ChildSaKeys.fromKeymat(km, t);
        assertThat(k.initiatorToResponder().encryption()).hasSize(36).endsWith(7);
        assertThat(k.responderToInitiator().encryption()).hasSize(36).endsWith(9);
        assertThat(k.initiatorToResponder().integrity()).isEmpty();
    }
}
