package iosim.dataplane.ipsec.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class EspCipherKnownAnswerTest {
    private static final HexFormat HEX = HexFormat.of();

    /**
     * RFC 7539 section 2.8.2 AEAD vector. Its nonce (07000000 || 4041424344454647) and AAD
     * (50515253 || c0c1c2c3 || c4c5c6c7) have exactly the RFC 7634 ESP shape: salt || IV, and
     * SPI || ESN high || ESN low. So an ESP packet SPI 0x50515253, seq low 0xc4c5c6c7, IV
     * 4041424344454647 on an ESN SA whose key material is key || 07000000 must open to it.
     */
    @Test
    void chacha20Poly1305OpensTheRfc7539VectorAsAnEsnPacket() {
        byte[] key = HEX.parseHex("808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f07000000");
        byte[] ct = HEX.parseHex("d31a8d34648e60db7b86afbc53ef7ec2a4aded51296e08fea9e2b5a736ee62d6"
                + "3dbea45e8ca9671282fafb69da92728b1a71de0a9e060b2905d6a5b67ecd3b36"
                + "92ddbd7f2d778b8c9803aee328091b58fab324e4fad675945585808b4831d7bc"
                + "3ff4def08e4b7a9de576d26586cec64b6116");
        byte[] tag = HEX.parseHex("1ae10b594f09e26a7e902ecbd0600691");
        byte[] pkt = new byte[8 + 8 + ct.length + 16];
        System.arraycopy(HEX.parseHex("50515253c4c5c6c74041424344454647"), 0, pkt, 0, 16);
        System.arraycopy(ct, 0, pkt, 16, ct.length);
        System.arraycopy(tag, 0, pkt, 16 + ct.length, 16);

        EspCipher c = EspCipher.create(EspTransform.chacha20Poly1305(), key, new byte[0]);
        byte[] tampered = pkt.clone();
        assertThat(c.open(pkt, 0, ct.length, 0xc0c1c2c3c4c5c6c7L, true)).isTrue();
        assertThat(new String(pkt, 16, ct.length, StandardCharsets.US_ASCII))
                .isEqualTo("Ladies and Gentlemen of the class of '99: If I could offer you only one tip for "
                        + "the future, sunscreen would be it.");
        // the ESN high half is authenticated: a wrong one must fail
        assertThat(c.open(tampered, 0, ct.length, 0xc0c1c2c4c4c5c6c7L, true)).isFalse();
    }

    /**
     * RFC 3602 section 4, cases 1 and 2 (AES-128-CBC): the ciphertext behind an ESP header with
     * the RFC's IV must open (our HMAC over it, computed here) to the RFC's plaintext.
     */
    @ParameterizedTest
    @CsvSource({
            "06a9214036b8a15b512e03d534120006, 3dafba429d9eb430b422da802c9fac41, 53696e676c6520626c6f636b206d7367, e353779c1079aeb82708942dbe77181a",
            "c286696d887c9aa0611bbb3e2025a45a, 562e17996d093d28ddb3ba695a2e6f58, "
                    + "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f, "
                    + "d296cd94c2cccf8a3a863028b5e1dc0a7586602d253cfff91b8266bea6d61ab1"
    })
    void aesCbcOpensTheRfc3602Vectors(String key, String iv, String plain, String cipher) throws Exception {
        byte[] ik = new byte[32];
        new Random(5).nextBytes(ik);
        EspCipher c = EspCipher.create(EspTransform.aesCbc(128, IntegrityAlgorithm.HMAC_SHA2_256_128),
                HEX.parseHex(key), ik);
        byte[] ct = HEX.parseHex(cipher);
        byte[] pkt = new byte[8 + 16 + ct.length + 16];
        SequenceBytes.putInt(pkt, 0, 0x1001);
        SequenceBytes.putInt(pkt, 4, 1);
        System.arraycopy(HEX.parseHex(iv), 0, pkt, 8, 16);
        System.arraycopy(ct, 0, pkt, 24, ct.length);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(ik, "HmacSHA256"));
        mac.update(pkt, 0, 24 + ct.length);
        System.arraycopy(mac.doFinal(), 0, pkt, 24 + ct.length, 16);
        assertThat(c.open(pkt, 0, ct.length, 1, false)).isTrue();
        assertThat(HEX.formatHex(Arrays.copyOfRange(pkt, 24, 24 + ct.length))).isEqualTo(plain);
    }

    /** RFC 2202 / RFC 4231 test case 2 (key "Jefe"), through our algorithm table and truncation. */
    @ParameterizedTest
    @CsvSource({
            "HMAC_SHA1_96, effcdf6ae5eb2fa2d27416d5f184df9c259a7c79",
            "HMAC_SHA2_256_128, 5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
            "HMAC_SHA2_384_192, af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e8e2240ca5e69e2c78b3239ecfab21649",
            "HMAC_SHA2_512_256, 164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737"
    })
    void hmacVectors(IntegrityAlgorithm alg, String expected) throws Exception {
        Mac mac = Mac.getInstance(alg.jceName());
        mac.init(new SecretKeySpec("Jefe".getBytes(StandardCharsets.US_ASCII), alg.jceName()));
        byte[] full = mac.doFinal("what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII));
        assertThat(HEX.formatHex(full)).isEqualTo(expected);
        assertThat(alg.icvLength()).isEqualTo(full.length / 2 + (alg == IntegrityAlgorithm.HMAC_SHA1_96 ? 2 : 0));
    }

    /** The ESP ICV of a NULL-encryption SA is HMAC(SPI || seq || payload) truncated: check by hand. */
    @Test
    void cbcHmacIcvIsTruncatedHmacOverHeaderIvAndCiphertext() throws Exception {
        EspTransform t = EspTransform.aesCbc(128, IntegrityAlgorithm.HMAC_SHA2_256_128);
        byte[] ek = new byte[16];
        byte[] ik = new byte[32];
        new Random(3).nextBytes(ek);
        new Random(4).nextBytes(ik);
        EspCipher c = EspCipher.create(t, ek, ik);
        byte[] pkt = new byte[8 + 16 + 32 + 16];
        SequenceBytes.putInt(pkt, 0, 0x1234);
        SequenceBytes.putInt(pkt, 4, 7);
        c.seal(pkt, 0, 32, 7, false);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(ik, "HmacSHA256"));
        mac.update(pkt, 0, 8 + 16 + 32);
        assertThat(Arrays.copyOfRange(pkt, 56, 72)).isEqualTo(Arrays.copyOf(mac.doFinal(), 16));
        // ESN: the high half is appended to the MAC input (RFC 4303 2.2.1)
        byte[] esnPkt = new byte[pkt.length];
        SequenceBytes.putInt(esnPkt, 0, 0x1234);
        SequenceBytes.putInt(esnPkt, 4, 7);
        c.seal(esnPkt, 0, 32, 0x5_0000_0007L, true);
        mac.update(esnPkt, 0, 56);
        mac.update(new byte[] {0, 0, 0, 5});
        assertThat(Arrays.copyOfRange(esnPkt, 56, 72)).isEqualTo(Arrays.copyOf(mac.doFinal(), 16));
        assertThat(c.open(esnPkt, 0, 32, 0x5_0000_0007L, true)).isTrue();
    }

    /**
     * GCM with an 8-byte ICV (Bouncy Castle path) must equal SunJCE's full GCM with the same key,
     * nonce and AAD, tag truncated (NIST SP 800-38D: the tag is the leftmost t bits).
     */
    @Test
    void shortTagGcmMatchesTruncatedSunJceGcm() throws Exception {
        byte[] km = new byte[36];
        new Random(9).nextBytes(km);
        EspCipher c8 = EspCipher.create(new EspTransform(EncryptionAlgorithm.AES_GCM_8, 256, IntegrityAlgorithm.NONE),
                km, new byte[0]);
        byte[] text = new byte[40];
        new Random(10).nextBytes(text);
        byte[] pkt = new byte[8 + 8 + 40 + 8];
        SequenceBytes.putInt(pkt, 0, 0xabcdef01);
        SequenceBytes.putInt(pkt, 4, 42);
        System.arraycopy(text, 0, pkt, 16, 40);
        c8.seal(pkt, 0, 40, 42, false);

        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        byte[] nonce = new byte[12];
        System.arraycopy(km, 32, nonce, 0, 4);
        System.arraycopy(pkt, 8, nonce, 4, 8);
        gcm.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(km, 0, 32, "AES"), new GCMParameterSpec(128, nonce));
        gcm.updateAAD(pkt, 0, 8);
        byte[] full = gcm.doFinal(text);
        assertThat(Arrays.copyOfRange(pkt, 16, 64)).isEqualTo(Arrays.copyOf(full, 48));
        assertThat(c8.open(pkt, 0, 40, 42, false)).isTrue();
        assertThat(Arrays.copyOfRange(pkt, 16, 56)).isEqualTo(text);
    }

    @ParameterizedTest
    @EnumSource(value = EncryptionAlgorithm.class, names = {"AES_GCM_8", "AES_GCM_12", "AES_GCM_16", "CHACHA20_POLY1305", "AES_CBC"})
    void everyCipherDetectsAFlippedBitAndWipesItsKeys(EncryptionAlgorithm alg) {
        EspTransform t = alg == EncryptionAlgorithm.AES_CBC ? EspTransform.aesCbc(256, IntegrityAlgorithm.HMAC_SHA2_512_256)
                : new EspTransform(alg, 256, IntegrityAlgorithm.NONE);
        byte[] ek = new byte[t.encryptionKeyLength()];
        byte[] ik = new byte[t.integrity().keyLength()];
        new Random(1).nextBytes(ek);
        new Random(2).nextBytes(ik);
        EspCipher c = EspCipher.create(t, ek, ik);
        int textLen = 32;
        byte[] pkt = new byte[8 + t.ivLength() + textLen + t.icvLength()];
        for (int i = 0; i < textLen; i++) {
            pkt[8 + t.ivLength() + i] = (byte) i;
        }
        c.seal(pkt, 0, textLen, 1, false);
        for (int bit : new int[] {0, 8 * 5, 8 * (8 + t.ivLength()) + 3, 8 * (pkt.length - 1)}) {
            byte[] bad = pkt.clone();
            bad[bit / 8] ^= (byte) (1 << (bit % 8));
            assertThat(c.open(bad, 0, textLen, 1, false)).as("bit %d", bit).isFalse();
        }
        assertThat(c.open(pkt, 0, textLen, 1, false)).isTrue();
        assertThat(pkt[8 + t.ivLength() + 31]).isEqualTo((byte) 31);
        assertThat(c.isWiped()).isFalse();
        c.destroy();
        assertThat(c.isWiped()).isTrue();
    }
}
