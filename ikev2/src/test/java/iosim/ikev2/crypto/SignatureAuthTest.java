package iosim.ikev2.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.ikev2.cert.TestPki;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSASSAPSSparams;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.X509ObjectIdentifiers;
import org.bouncycastle.asn1.ASN1Integer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignatureAuthTest {
    private static final byte[] OCTETS = "IKE_SA_INIT | Nr | prf(SK_pi, IDi')".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({"RSA, false, 1, 256", "EC, false, 9, 64", "EC384, false, 10, 96", "EC521, false, 11, 132"})
    void classicMethodsFollowTheKey(String type, boolean rfc7427, int method, int length) throws Exception {
        KeyPair k = TestPki.keys(type);
        SignatureAuth.Signed s = SignatureAuth.sign(k.getPrivate(), OCTETS, rfc7427, List.of(2, 3, 4));
        assertThat(s.method()).isEqualTo(method);
        assertThat(s.data()).hasSize(length);
        assertThat(SignatureAuth.verify(k.getPublic(), s.method(), s.data(), OCTETS)).isNull();
        byte[] other = OCTETS.clone();
        other[0] ^= 1;
        assertThat(SignatureAuth.verify(k.getPublic(), s.method(), s.data(), other)).contains("does not verify");
    }

    @Test
    void digitalSignatureCarriesTheAlgorithmIdentifierItUsed() throws Exception {
        KeyPair rsa = TestPki.keys("RSA");
        SignatureAuth.Signed s = SignatureAuth.sign(rsa.getPrivate(), OCTETS, true, List.of(1, 2, 3, 4));
        assertThat(s.method()).isEqualTo(14);
        int len = s.data()[0] & 0xff;
        AlgorithmIdentifier id = AlgorithmIdentifier.getInstance(Arrays.copyOfRange(s.data(), 1, 1 + len));
        assertThat(id.getAlgorithm()).isEqualTo(PKCSObjectIdentifiers.sha256WithRSAEncryption);
        assertThat(id.getParameters()).isEqualTo(DERNull.INSTANCE);
        Signature jdk = Signature.getInstance("SHA256withRSA");
        jdk.initVerify(rsa.getPublic());
        jdk.update(OCTETS);
        assertThat(jdk.verify(Arrays.copyOfRange(s.data(), 1 + len, s.data().length))).isTrue();

        KeyPair ec = TestPki.keys("EC384");
        SignatureAuth.Signed e = SignatureAuth.sign(ec.getPrivate(), OCTETS, true, List.of(2, 3));
        AlgorithmIdentifier eid = AlgorithmIdentifier.getInstance(Arrays.copyOfRange(e.data(), 1, 1 + (e.data()[0] & 0xff)));
        assertThat(eid.getAlgorithm().getId()).isEqualTo("1.2.840.10045.4.3.3");
        assertThat(SignatureAuth.verify(ec.getPublic(), 14, e.data(), OCTETS)).isNull();
        assertThat(SignatureAuth.verify(rsa.getPublic(), 14, e.data(), OCTETS)).contains("does not fit");
        // a peer that announced no hash we know gets the classic method
        assertThat(SignatureAuth.sign(ec.getPrivate(), OCTETS, true, List.of(5)).method()).isEqualTo(10);
        assertThat(SignatureAuth.sign(ec.getPrivate(), OCTETS, true, List.of()).method()).isEqualTo(10);
    }

    @Test
    void rsassaPssFromAPeerVerifies() throws Exception {
        KeyPair rsa = TestPki.keys("RSA");
        PSSParameterSpec spec = new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1);
        Signature s = Signature.getInstance("RSASSA-PSS");
        s.setParameter(spec);
        s.initSign(rsa.getPrivate());
        s.update(OCTETS);
        byte[] sig = s.sign();
        AlgorithmIdentifier sha256 = new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE);
        RSASSAPSSparams params = new RSASSAPSSparams(sha256,
                new AlgorithmIdentifier(PKCSObjectIdentifiers.id_mgf1, sha256), new ASN1Integer(32), new ASN1Integer(1));
        byte[] alg = new AlgorithmIdentifier(PKCSObjectIdentifiers.id_RSASSA_PSS, params).getEncoded("DER");
        byte[] data = new byte[1 + alg.length + sig.length];
        data[0] = (byte) alg.length;
        System.arraycopy(alg, 0, data, 1, alg.length);
        System.arraycopy(sig, 0, data, 1 + alg.length, sig.length);
        assertThat(SignatureAuth.verify(rsa.getPublic(), 14, data, OCTETS)).isNull();
        data[data.length - 1] ^= 1;
        assertThat(SignatureAuth.verify(rsa.getPublic(), 14, data, OCTETS)).contains("does not verify");
    }

    @Test
    void wrongMethodForTheKeyAndGarbageAreAnsweredNotThrown() throws Exception {
        KeyPair rsa = TestPki.keys("RSA");
        KeyPair ec = TestPki.keys("EC");
        assertThat(SignatureAuth.verify(ec.getPublic(), 1, new byte[64], OCTETS)).contains("EC key");
        assertThat(SignatureAuth.verify(rsa.getPublic(), 9, new byte[64], OCTETS)).contains("RSA key");
        assertThat(SignatureAuth.verify(ec.getPublic(), 10, new byte[96], OCTETS)).contains("256-bit curve");
        assertThat(SignatureAuth.verify(rsa.getPublic(), 14, new byte[] {5, 1, 2}, OCTETS)).contains("malformed");
        assertThat(SignatureAuth.verify(rsa.getPublic(), 14, new byte[] {3, 1, 2, 3, 4}, OCTETS)).isNotNull();
        assertThat(SignatureAuth.verify(rsa.getPublic(), 2, new byte[4], OCTETS)).contains("not a signature method");
        assertThat(SignatureAuth.parseHashes(SignatureAuth.ourHashesData())).containsExactly(2, 3, 4);
        assertThat(X509ObjectIdentifiers.id_SHA1.getId()).isEqualTo("1.3.14.3.2.26");
    }
}
