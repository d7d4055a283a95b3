package iosim.ike.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bouncycastle.util.encoders.Hex.decode;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Published known answers for the shared ciphers and HMACs, and their bad-input answers. */
class CipherKeyTest {

    private static byte[] cbcEncrypt(EncryptionAlgorithm alg, String key, String iv, String plain) {
        byte[] buf = plain.getBytes(StandardCharsets.US_ASCII);
        CipherKey.of(alg, decode(key)).cbcEncrypt(decode(iv), 0, buf, 0, buf.length);
        return buf;
    }

    @Test
    void aesCbcRfc3602Case1() {
        assertThat(cbcEncrypt(EncryptionAlgorithm.AES_CBC, "06a9214036b8a15b512e03d534120006",
                "3dafba429d9eb430b422da802c9fac41", "Single block msg"))
                .isEqualTo(decode("e353779c1079aeb82708942dbe77181a"));
    }

    @Test
    void desCbcFips81() {
        // FIPS 81 appendix C: "Now is the time for all " under key 0123456789abcdef, IV 1234567890abcdef
        assertThat(cbcEncrypt(EncryptionAlgorithm.DES_CBC, "0123456789abcdef", "1234567890abcdef",
                "Now is the time for all "))
                .isEqualTo(decode("e5c7cdde872bf27c43e934008c389c0f683788499a7c05f6"));
    }

    @Test
    void tripleDesCbcSp80067FirstBlockAndRoundTrip() {
        // NIST SP 800-67 example: with a zero IV the first CBC block is the ECB block A826FD8CE53B855F
        String key = "0123456789ABCDEF23456789ABCDEF01456789ABCDEF0123";
        byte[] c = cbcEncrypt(EncryptionAlgorithm.TRIPLE_DES_CBC, key, "0000000000000000", "The qufck brown fox jump");
        assertThat(Arrays.copyOf(c, 8)).isEqualTo(decode("A826FD8CE53B855F"));
        byte[] p = CipherKey.of(EncryptionAlgorithm.TRIPLE_DES_CBC, decode(key))
                .cbcDecrypt(new byte[8], 0, c, 0, c.length);
        assertThat(new String(p, StandardCharsets.US_ASCII)).isEqualTo("The qufck brown fox jump");
    }

    @Test
    void cbcDecryptRejectsPartialBlocksWithoutThrowing() {
        CipherKey k = CipherKey.of(EncryptionAlgorithm.AES_CBC, new byte[16]);
        assertThat(k.cbcDecrypt(new byte[16], 0, new byte[20], 0, 20)).isNull();
        assertThat(k.cbcDecrypt(new byte[16], 0, new byte[20], 0, 0)).isNull();
        assertThat(k.cbcDecrypt(new byte[16], 0, new byte[20], 16, 16)).isNull();
    }

    @Test
    void badKeyLengthsAreRefused() {
        assertThatThrownBy(() -> CipherKey.of(EncryptionAlgorithm.TRIPLE_DES_CBC, new byte[16]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CipherKey.of(EncryptionAlgorithm.AES_CBC, new byte[20]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(EncryptionAlgorithm.TRIPLE_DES_CBC.acceptsKeyLength(null)).isTrue();
        assertThat(EncryptionAlgorithm.TRIPLE_DES_CBC.effectiveKeyBits(null)).isEqualTo(192);
    }

    @Test
    void aeadSealOpenAndTamper() {
        for (EncryptionAlgorithm a : new EncryptionAlgorithm[] {EncryptionAlgorithm.AES_GCM_8,
                EncryptionAlgorithm.AES_GCM_16, EncryptionAlgorithm.CHACHA20_POLY1305}) {
            CipherKey k = CipherKey.of(a, new byte[32 + 4]);
            // [aad 4][iv 8][plain 10][icv]
            byte[] buf = new byte[4 + 8 + 10 + a.icvLength()];
            buf[5] = 7;
            buf[13] = 42;
            k.aeadSeal(buf, 4, 4, 12, 10);
            byte[] plain = k.aeadOpen(buf, 4, 4, 12, 10);
            assertThat(plain).hasSize(10);
            assertThat(plain[1]).isEqualTo((byte) 42);
            buf[0] ^= 1;
            assertThat(k.aeadOpen(buf, 4, 4, 12, 10)).as(a.name()).isNull();
        }
    }

    @Test
    void hmacMd5Rfc2202Case1Truncated() {
        IntegrityKey k = IntegrityKey.of(IntegrityAlgorithm.HMAC_MD5_96, decode("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"));
        byte[] buf = Arrays.copyOf("Hi There".getBytes(StandardCharsets.US_ASCII), 8 + 12);
        k.sign(buf, 0, 8, 8);
        assertThat(Arrays.copyOfRange(buf, 8, 20)).isEqualTo(decode("9294727a3638bb1c13f48ef8"));
        assertThat(k.verify(buf, 0, 8, 8)).isTrue();
        buf[0] ^= 1;
        assertThat(k.verify(buf, 0, 8, 8)).isFalse();
        assertThat(k.verify(buf, 0, 8, 15)).isFalse();
    }
}
