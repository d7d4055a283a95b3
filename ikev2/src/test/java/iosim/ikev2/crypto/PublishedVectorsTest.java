package iosim.ikev2.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bouncycastle.util.encoders.Hex.decode;

import iosim.ike.crypto.DhGroup;
import iosim.ike.crypto.DhKeyPair;
import iosim.ike.crypto.EncryptionAlgorithm;
import iosim.ike.crypto.Prf;
import iosim.ike.crypto.PrfAlgorithm;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Published test vectors, each with its source. */
class PublishedVectorsTest {

    // NIST CAVS IKEv2 KDF sample (SP 800-135 KDF validation, SHA-1, 1056-bit DKM).
    static final byte[] CAVS_GIR = decode("4b2c1f971981a8ad8d0abeafabf38cf75fc8349c148142465ed9c8b516b8be52");
    static final byte[] CAVS_GIR_NEW = decode("863f3c9d06efd39d2b907b97f8699e5dd5251ef64a2a176f36ee40c87d4f9330");
    static final byte[] CAVS_NI = decode("32b50d5f4a3763f3");
    static final byte[] CAVS_NR = decode("9206a04b26564cb1");
    static final long CAVS_SPII = 0x34c9e7c188868785L;
    static final long CAVS_SPIR = 0x3ff77d760d2b2199L;

    @Test
    void nistIkev2KdfSkeyseedPrfPlusChildAndRekey() {
        byte[] skeyseed = Keymat.skeyseed(PrfAlgorithm.HMAC_SHA1, CAVS_GIR, CAVS_NI, CAVS_NR);
        assertThat(skeyseed).isEqualTo(decode("a9a7b222b59f8f48645f28a1db5b5f5d7479cba7"));
        byte[] seed = Keymat.concat(CAVS_NI, CAVS_NR, Keymat.longBytes(CAVS_SPII), Keymat.longBytes(CAVS_SPIR));
        byte[] dkm = PrfPlus.expand(Prf.of(PrfAlgorithm.HMAC_SHA1), skeyseed, seed, 132);
        assertThat(dkm).isEqualTo(decode("a14293677cc80ff8f9cc0eee30d895da9d8f405666e30ef0dfcb63c634a46002a2a63080"
                + "e514a062768b76606f9fa5e992204fc5a670bde3f10d6b027113936a5c55b648a194ae587b0088d52204b702c979fa2808"
                + "70d2ed41efa9c549fd11198af1670b143d384bd275c5f594cf266b05ebadca855e4249520a441a81157435a7a56cc4"));
        byte[] skD = Arrays.copyOf(dkm, 20);
        ChildSaKeymat child = Keymat.deriveChildSaKeys(PrfAlgorithm.HMAC_SHA1, skD, null, CAVS_NI, CAVS_NR, 66, 0);
        assertThat(Keymat.concat(child.encrInitiatorToResponder(), child.encrResponderToInitiator())).isEqualTo(decode(
                "8059e3ee8810e6c3a91bc8bcd2a7a41151b8d0e6ae239c7b38093ad85ef4c5811a8e7b5d1cdabd9560b2d5e092d1f24e2d4b"
                + "85eccdf0ad0dc9abd94b51ee71814ca6dbc8bb51b6309f5b9545c7eb35cf5580b1e521a8fe20754a2d883ba0c2cf285f52"
                + "4aea6545b33106bc03e614296d319d41d4b50b3f510b1c0a22f3e664994d234cb4"));
        ChildSaKeymat pfs = Keymat.deriveChildSaKeys(PrfAlgorithm.HMAC_SHA1, skD, CAVS_GIR_NEW, CAVS_NI, CAVS_NR, 33,
                33);
        assertThat(Keymat.concat(pfs.encrInitiatorToResponder(), pfs.integInitiatorToResponder(),
                pfs.encrResponderToInitiator(), pfs.integResponderToInitiator())).isEqualTo(decode(
                "bb43244c1860ad65ee1e211ffe8bb3661750c8f89cb9f547df7f4fa61d37301628190e38c66232eab4b3ab14c400a5197dd3"
                + "730ed4820a8a10394d51e1c0400052f63ebd36b0e7ef53aaed31eba4a5080d7d4b5666023a8bbb5ffb7857240f9a05884d"
                + "1b7d2f933708450b7b3288f1fc863ab49fa901227cffc06e27899c7054d56fd74c"));
        assertThat(Keymat.rekeyedSkeyseed(PrfAlgorithm.HMAC_SHA1, skD, CAVS_GIR_NEW, CAVS_NI, CAVS_NR))
                .isEqualTo(decode("63e81194946ebd05df7df5ebf5d8750056bf1f1d"));
    }

    @Test
    void hmacPrfsRfc2202AndRfc4231TestCase2() {
        byte[] key = "Jefe".getBytes(StandardCharsets.US_ASCII);
        byte[] data = "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII);
        assertThat(Prf.of(PrfAlgorithm.HMAC_SHA1).compute(key, data))
                .isEqualTo(decode("effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"));
        assertThat(Prf.of(PrfAlgorithm.HMAC_SHA2_256).compute(key, data))
                .isEqualTo(decode("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
        assertThat(Prf.of(PrfAlgorithm.HMAC_SHA2_384).compute(key, data)).isEqualTo(decode(
                "af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e8e2240ca5e69e2c78b3239ecfab21649"));
        assertThat(Prf.of(PrfAlgorithm.HMAC_SHA2_512).compute(key, data)).isEqualTo(decode(
                "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fd"
                + "caeab1a34d4a6b4b636e070a38bce737"));
        // data split across arguments is concatenated
        assertThat(Prf.of(PrfAlgorithm.HMAC_SHA2_256).compute(key, Arrays.copyOf(data, 5),
                Arrays.copyOfRange(data, 5, data.length)))
                .isEqualTo(decode("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    }

    static final byte[] GCM_P = decode("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95"
            + "956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
    static final byte[] GCM_A = decode("feedfacedeadbeeffeedfacedeadbeefabaddad2");
    static final byte[] GCM_IV = decode("cafebabefacedbaddecaf888");

    /** The GCM specification (McGrew and Viega), test cases 4 (AES-128) and 16 (AES-256). */
    @Test
    void aesGcmSpecificationTestCases4And16() {
        assertGcm(decode("feffe9928665731c6d6a8f9467308308"),
                "42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e21d514b25466931c7d8f6a5aac84aa05"
                        + "1ba30b396a0aac973d58e091", "5bc94fbc3221a5db94fae95ae7121a47");
        assertGcm(decode("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308"),
                "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838"
                        + "c5f61e6393ba7a0abcc9f662", "76fc6ece0f4e1768cddf8853bb2d551b");
    }

    private static void assertGcm(byte[] key, String ciphertext, String tag) {
        // SK layout: nonce = salt (4, from the key material) | IV (8, in the message)
        SkKeys k = SkKeys.of(EncryptionAlgorithm.AES_GCM_16, Keymat.concat(key, Arrays.copyOf(GCM_IV, 4)), null, null);
        byte[] buf = Keymat.concat(GCM_A, Arrays.copyOfRange(GCM_IV, 4, 12), GCM_P, new byte[16]);
        int ivOff = GCM_A.length;
        k.seal(buf, ivOff, ivOff + 8, GCM_P.length);
        assertThat(Arrays.copyOfRange(buf, ivOff + 8, buf.length)).isEqualTo(decode(ciphertext + tag));
        assertThat(k.open(buf, ivOff, ivOff + 8, GCM_P.length)).isEqualTo(GCM_P);
        // 12- and 8-octet ICVs are truncations of the same tag
        SkKeys k12 = SkKeys.of(EncryptionAlgorithm.AES_GCM_12, Keymat.concat(key, Arrays.copyOf(GCM_IV, 4)), null, null);
        byte[] b12 = Keymat.concat(GCM_A, Arrays.copyOfRange(GCM_IV, 4, 12), GCM_P, new byte[12]);
        k12.seal(b12, ivOff, ivOff + 8, GCM_P.length);
        assertThat(Arrays.copyOfRange(b12, b12.length - 12, b12.length)).isEqualTo(Arrays.copyOf(decode(tag), 12));
        SkKeys k8 = SkKeys.of(EncryptionAlgorithm.AES_GCM_8, Keymat.concat(key, Arrays.copyOf(GCM_IV, 4)), null, null);
        byte[] b8 = Keymat.concat(GCM_A, Arrays.copyOfRange(GCM_IV, 4, 12), GCM_P, new byte[8]);
        k8.seal(b8, ivOff, ivOff + 8, GCM_P.length);
        assertThat(Arrays.copyOfRange(b8, ivOff + 8, b8.length)).isEqualTo(
                Arrays.copyOf(decode(ciphertext + tag), GCM_P.length + 8));
        assertThat(k8.open(b8, ivOff, ivOff + 8, GCM_P.length)).isEqualTo(GCM_P);
        buf[ivOff + 8] ^= 1;
        assertThat(k.open(buf, ivOff, ivOff + 8, GCM_P.length)).isNull();
    }

    /** RFC 8439 (RFC 7539) 2.8.2 AEAD_CHACHA20_POLY1305 test vector. */
    @Test
    void chacha20Poly1305Rfc8439() {
        byte[] key = decode("808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f");
        byte[] nonce = decode("070000004041424344454647");
        byte[] aad = decode("50515253c0c1c2c3c4c5c6c7");
        byte[] plain = ("Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, "
                + "sunscreen would be it.").getBytes(StandardCharsets.US_ASCII);
        SkKeys k = SkKeys.of(EncryptionAlgorithm.CHACHA20_POLY1305, Keymat.concat(key, Arrays.copyOf(nonce, 4)), null,
                null);
        byte[] buf = Keymat.concat(aad, Arrays.copyOfRange(nonce, 4, 12), plain, new byte[16]);
        k.seal(buf, aad.length, aad.length + 8, plain.length);
        assertThat(Arrays.copyOfRange(buf, aad.length + 8, aad.length + 24))
                .isEqualTo(decode("d31a8d34648e60db7b86afbc53ef7ec2"));
        assertThat(Arrays.copyOfRange(buf, buf.length - 16, buf.length))
                .isEqualTo(decode("1ae10b594f09e26a7e902ecbd0600691"));
        assertThat(k.open(buf, aad.length, aad.length + 8, plain.length)).isEqualTo(plain);
    }

    /** RFC 7748 6.1 (Alice and Bob). */
    @Test
    void x25519Rfc7748() throws Exception {
        DhKeyPair alice = DhGroup.CURVE25519.generateKeyPair(new FixedRandom(
                decode("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a")));
        assertThat(alice.publicValue())
                .isEqualTo(decode("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a"));
        assertThat(alice.computeSharedSecret(decode("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f")))
                .isEqualTo(decode("4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742"));
    }

    /** RFC 5903 8.1 (256-bit random ECP group). */
    @Test
    void ecp256Rfc5903() throws Exception {
        DhKeyPair i = DhGroup.ECP_256.generateKeyPair(new FixedRandom(
                decode("C88F01F510D9AC3F70A292DAA2316DE544E9AAB8AFE84049C62A9C57862D1433")));
        assertThat(i.publicValue()).isEqualTo(decode("DAD0B65394221CF9B051E1FECA5787D098DFE637FC90B9EF945D0C3772581180"
                + "5271A0461CDB8252D61F1C456FA3E59AB1F45B33ACCF5F58389E0577B8990BB3"));
        byte[] gr = decode("D12DFB5289C8D4F81208B70270398C342296970A0BCCB74C736FC7554494BF63"
                + "56FBF3CA366CC23E8157854C13C58D6AAC23F046ADA30F8353E74F33039872AB");
        assertThat(i.computeSharedSecret(gr))
                .isEqualTo(decode("D6840F6B42F6EDAFD13116E0E12565202FEF8E9ECE7DCE03812464D04B9442DE"));
    }

    /** NIST P-384 multiples of G (point-at-infinity.org nisttv): d = 2 gives 2G; agreeing with G gives x(2G). */
    @Test
    void ecp384SmallMultiples() throws Exception {
        byte[] two = new byte[48];
        two[47] = 2;
        DhKeyPair k = DhGroup.ECP_384.generateKeyPair(new FixedRandom(two));
        String x2 = "08D999057BA3D2D969260045C55B97F089025959A6F434D651D207D19FB96E9E4FE0E86EBE0E64F85B96A9C75295DF61";
        assertThat(k.publicValue()).isEqualTo(decode(x2
                + "8E80F1FA5B1B3CEDB7BFE8DFFD6DBA74B275D875BC6CC43E904E505F256AB4255FFD43E94D39E22D61501E700A940E80"));
        byte[] g = decode("AA87CA22BE8B05378EB1C71EF320AD746E1D3B628BA79B9859F741E082542A385502F25DBF55296C3A545E3872760AB7"
                + "3617DE4A96262C6F5D9E98BF9292DC29F8F41DBD289A147CE9DA3113B5F0B8C00A60B1CE1D7E819D7A431D7C90EA0E5F");
        assertThat(k.computeSharedSecret(g)).isEqualTo(decode(x2));
    }
}
