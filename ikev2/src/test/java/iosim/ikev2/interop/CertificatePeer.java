package iosim.ikev2.interop;

import iosim.ikev2.api.AuthKind;
import iosim.ikev2.api.AuthPolicy;
import iosim.ikev2.api.IkeSessionParams;
import iosim.ikev2.api.LocalCredential;
import iosim.ikev2.cert.CertificateIdentity;
import iosim.ikev2.cert.PkixCertificateVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link InteropPeer}'s certificate mode: {@code --cert F --key F.der --ca F [--crl F]
 * [--rfc7427 yes]} signs with the key (PKCS#8 DER, RSA or EC) and its certificate, sends the
 * certificate's subject DN as IDi/IDr, and accepts RSA or ECDSA signatures from peers whose
 * certificate chains to the CA (and is not on the CRL when one is given).
 */
final class CertificatePeer {
    private CertificatePeer() {}

    static IkeSessionParams apply(Map<String, String> o, IkeSessionParams p) throws IOException, GeneralSecurityException {
        X509Certificate cert = certificate(Path.of(o.get("cert")));
        X509Certificate ca = certificate(Path.of(o.get("ca")));
        byte[] der = Files.readAllBytes(Path.of(o.get("key")));
        PrivateKey key = KeyFactory.getInstance(cert.getPublicKey().getAlgorithm())
                .generatePrivate(new PKCS8EncodedKeySpec(der));
        List<X509CRL> crls = o.containsKey("crl") ? List.of(crl(Path.of(o.get("crl")))) : List.of();
        PkixCertificateVerifier verifier = new PkixCertificateVerifier(List.of(ca), () -> crls, Instant::now,
                !crls.isEmpty(), true);
        LocalCredential own = new LocalCredential(key, List.of(cert));
        AuthPolicy auth = new AuthPolicy(own.kind(), Set.of(AuthKind.RSA_SIG, AuthKind.ECDSA_SIG), own, verifier,
                o.getOrDefault("rfc7427", "no").equals("yes"));
        return new IkeSessionParams(p.name(), p.local(), p.remote(), p.nattPort(), CertificateIdentity.dn(cert), null,
                p.localPsk(), p.remotePsk(), p.ikeProposals(), p.child(), p.ikeLifetime(), p.dpd(),
                p.natKeepaliveMillis(), p.retransmit(), p.initialContact(), p.forceNatt(), auth);
    }

    private static X509Certificate certificate(Path f) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(f)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    private static X509CRL crl(Path f) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(f)) {
            return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(in);
        }
    }
}
