package iosim.shell.pki;

import iosim.config.RunningConfig;
import iosim.config.model.ChainCertificate;
import iosim.config.model.CryptoKey;
import iosim.config.model.Trustpoint;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/**
 * A trustpoint's certificates and key as objects: parses the chain kept in the configuration,
 * finds the key pair the trustpoint uses ({@code rsakeypair} or the router's default
 * {@code hostname.domain} key), builds a PKCS#10 request or a self-signed certificate with
 * Bouncy Castle. Pure functions over a configuration snapshot.
 */
public final class PkiMaterial {
    private PkiMaterial() {}

    public static X509Certificate parse(byte[] der) throws GeneralSecurityException {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(der));
    }

    /** Base64 (PEM armour and blank lines allowed) to DER; empty when it is not base64. */
    public static Optional<byte[]> base64(List<String> lines) {
        StringBuilder b = new StringBuilder();
        for (String l : lines) {
            String t = l.strip();
            if (!t.startsWith("-----")) {
                b.append(t);
            }
        }
        try {
            return Optional.of(Base64.getMimeDecoder().decode(b.toString()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static Optional<X509Certificate> caCertificate(Trustpoint t) {
        return first(t, "ca");
    }

    /** The router's own certificate: issued by the CA, or self-signed. */
    public static Optional<X509Certificate> routerCertificate(Trustpoint t) {
        Optional<X509Certificate> c = first(t, null);
        return c.isPresent() ? c : first(t, "self-signed");
    }

    private static Optional<X509Certificate> first(Trustpoint t, String kind) {
        for (ChainCertificate c : t.chain()) {
            if (java.util.Objects.equals(c.kind(), kind)) {
                try {
                    return Optional.of(parse(c.der()));
                } catch (GeneralSecurityException e) {
                    // a damaged entry counts as none
                }
            }
        }
        return Optional.empty();
    }

    /** The label of the key pair the trustpoint uses, or null when no default name exists. */
    public static String keyLabel(RunningConfig c, Trustpoint t) {
        if (t.ecKeypair() != null) {
            return t.ecKeypair();
        }
        if (t.rsaKeypair() != null) {
            return t.rsaKeypair();
        }
        String domain = c.system().domainName();
        return domain == null ? c.hostname() : c.hostname() + "." + domain;
    }

    public static Optional<CryptoKey> key(RunningConfig c, Trustpoint t) {
        String label = keyLabel(c, t);
        return Optional.ofNullable(c.cryptoKeys().get(label)).filter(k -> k.keyPair() != null);
    }

    /** The router's name as IOS puts it in a request (unstructuredName, shown as hostname=). */
    public static String fqdn(RunningConfig c) {
        String domain = c.system().domainName();
        return domain == null ? c.hostname() : c.hostname() + "." + domain;
    }

    /**
     * The subject IOS puts in a request: the {@code subject-name} if set, then the router's name
     * as unstructuredName; an unparsable subject-name is an IllegalArgumentException.
     */
    public static X500Name subject(RunningConfig c, Trustpoint t) {
        X500NameBuilder b = new X500NameBuilder(BCStyle.INSTANCE);
        if (t.subjectName() != null) {
            for (RDN rdn : new X500Name(BCStyle.INSTANCE, t.subjectName()).getRDNs()) {
                b.addMultiValuedRDN(rdn.getTypesAndValues());
            }
        }
        b.addRDN(BCStyle.UnstructuredName, fqdn(c));
        return b.build();
    }

    private static ContentSigner signer(KeyPair k) throws OperatorCreationException {
        return new JcaContentSignerBuilder(k.getPrivate().getAlgorithm().equals("RSA") ? "SHA256withRSA"
                : "SHA256withECDSA").build(k.getPrivate());
    }

    public static PKCS10CertificationRequest request(X500Name subject, KeyPair k) throws OperatorCreationException {
        return new JcaPKCS10CertificationRequestBuilder(subject, k.getPublic()).build(signer(k));
    }

    /** A self-signed router certificate (IOS: serial 01, valid until 2030-01-01). */
    public static X509Certificate selfSigned(X500Name subject, KeyPair k, Instant now) throws GeneralSecurityException {
        try {
            JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(subject, BigInteger.ONE,
                    Date.from(now), Date.from(Instant.parse("2030-01-01T00:00:00Z")), subject, k.getPublic());
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            return new JcaX509CertificateConverter().getCertificate(b.build(signer(k)));
        } catch (OperatorCreationException | java.io.IOException e) {
            throw new GeneralSecurityException(e);
        }
    }

    /** Fingerprint in IOS's layout: groups of 8 upper-case hex digits separated by spaces. */
    public static String fingerprint(String digest, byte[] der) {
        try {
            String hex = HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance(digest).digest(der));
            List<String> groups = new ArrayList<>();
            for (int i = 0; i < hex.length(); i += 8) {
                groups.add(hex.substring(i, Math.min(i + 8, hex.length())));
            }
            return String.join(" ", groups);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The serial number as IOS prints it: upper-case hex, at least two digits. */
    public static String serial(X509Certificate c) {
        String s = c.getSerialNumber().toString(16).toUpperCase(java.util.Locale.ROOT);
        return s.length() % 2 == 1 ? "0" + s : s;
    }
}
