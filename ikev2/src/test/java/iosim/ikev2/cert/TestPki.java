package iosim.ikev2.cert;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A test CA made with Bouncy Castle: issues end-entity certificates and CRLs. */
public final class TestPki {
    private static final SecureRandom RANDOM = new SecureRandom();
    public final KeyPair caKeys;
    public final X509Certificate caCert;
    private final List<BigInteger> revoked = new ArrayList<>();
    private long serial = 1;

    public TestPki(String caDn, String keyType, Instant notBefore, Instant notAfter) {
        try {
            caKeys = keys(keyType);
            X500Name name = new X500Name(caDn);
            JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(serial++),
                    Date.from(notBefore), Date.from(notAfter), name, caKeys.getPublic());
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign
                    | KeyUsage.digitalSignature));
            caCert = new JcaX509CertificateConverter().getCertificate(b.build(signer(caKeys.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An RSA-2048 CA valid for ten years from a year ago. */
    public static TestPki rsa(String caDn) {
        Instant now = Instant.now();
        return new TestPki(caDn, "RSA", now.minusSeconds(365L * 86400), now.plusSeconds(3650L * 86400));
    }

    public static KeyPair keys(String type) throws Exception {
        if (type.startsWith("EC")) {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec(type.equals("EC") ? "secp256r1" : "secp" + type.substring(2) + "r1"));
            return g.generateKeyPair();
        }
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(type.equals("RSA") ? 2048 : Integer.parseInt(type.substring(3)));
        return g.generateKeyPair();
    }

    private static ContentSigner signer(PrivateKey key) throws Exception {
        return new JcaContentSignerBuilder(key.getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA")
                .build(key);
    }

    /** An end-entity certificate for {@code keys} with subject {@code dn} and optional SANs (dns:, ip:, email:). */
    public X509Certificate issue(KeyPair keys, String dn, Instant notBefore, Instant notAfter, String... sans) {
        try {
            JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(caCert, BigInteger.valueOf(serial++),
                    Date.from(notBefore), Date.from(notAfter), new X500Name(dn), keys.getPublic());
            if (sans.length > 0) {
                List<GeneralName> names = new ArrayList<>();
                for (String s : sans) {
                    String v = s.substring(s.indexOf(':') + 1);
                    names.add(s.startsWith("dns:") ? new GeneralName(GeneralName.dNSName, v)
                            : s.startsWith("ip:") ? new GeneralName(GeneralName.iPAddress, v)
                            : new GeneralName(GeneralName.rfc822Name, v));
                }
                b.addExtension(Extension.subjectAlternativeName, false,
                        new GeneralNames(names.toArray(GeneralName[]::new)));
            }
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
            return new JcaX509CertificateConverter().getCertificate(b.build(signer(caKeys.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Valid from a day ago for a year. */
    public X509Certificate issue(KeyPair keys, String dn, String... sans) {
        Instant now = Instant.now();
        return issue(keys, dn, now.minusSeconds(86400), now.plusSeconds(365L * 86400), sans);
    }

    public void revoke(X509Certificate c) {
        revoked.add(c.getSerialNumber());
    }

    /** A CRL listing the revoked serials, valid from an hour ago for a week. */
    public X509CRL crl() {
        try {
            Instant now = Instant.now();
            X509v2CRLBuilder b = new X509v2CRLBuilder(X500Name.getInstance(caCert.getSubjectX500Principal().getEncoded()),
                    Date.from(now.minusSeconds(3600)));
            b.setNextUpdate(Date.from(now.plusSeconds(7 * 86400)));
            for (BigInteger s : revoked) {
                b.addCRLEntry(s, Date.from(now.minusSeconds(60)), CRLReason.keyCompromise);
            }
            return new JcaX509CRLConverter().getCRL(b.build(signer(caKeys.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
