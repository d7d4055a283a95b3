package iosim.ikev2.cert;

import iosim.ikev2.api.CertificateRejectedException;
import iosim.ikev2.api.CertificateRejectedException.Reason;
import iosim.ikev2.api.CertificateVerifier;
import iosim.ikev2.api.Identity;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertStore;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXParameters;
import java.security.cert.PKIXReason;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * RFC 5280 path validation (the JDK's PKIX validator) against a fixed set of trusted CA
 * certificates, at the time of a supplied clock (virtual time in labs), optionally with
 * revocation by the CRLs supplied (never fetched from the network here), and optionally demanding
 * that the peer's ID payload is bound to its certificate ({@link CertificateIdentity}).
 */
public final class PkixCertificateVerifier implements CertificateVerifier {
    private final List<X509Certificate> anchors;
    private final Supplier<List<X509CRL>> crls;
    private final Supplier<Instant> clock;
    private final boolean checkRevocation;
    private final boolean bindIdentity;

    /**
     * @param anchors         trusted CA certificates (a trustpoint's CA certificate)
     * @param crls            the CRLs known now (read at every validation)
     * @param clock           the time certificates must be valid at
     * @param checkRevocation true: every certificate of the path needs a CRL from its issuer that does not list it
     * @param bindIdentity    true: the peer's ID must be its certificate's subject or one of its subjectAltNames
     */
    public PkixCertificateVerifier(List<X509Certificate> anchors, Supplier<List<X509CRL>> crls, Supplier<Instant> clock,
                                   boolean checkRevocation, boolean bindIdentity) {
        this.anchors = List.copyOf(anchors);
        this.crls = crls;
        this.clock = clock;
        this.checkRevocation = checkRevocation;
        this.bindIdentity = bindIdentity;
    }

    @Override
    public List<byte[]> caKeyHashes() {
        List<byte[]> out = new ArrayList<>();
        for (X509Certificate a : anchors) {
            out.add(keyHash(a));
        }
        return out;
    }

    /** SHA-1 of the certificate's SubjectPublicKeyInfo (RFC 7296 3.7). */
    public static byte[] keyHash(X509Certificate c) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(c.getPublicKey().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public X509Certificate verify(Identity peerId, List<X509Certificate> presented)
            throws CertificateRejectedException {
        if (presented.isEmpty()) {
            throw new CertificateRejectedException(Reason.NO_CERTIFICATE, "the peer sent no certificate");
        }
        X509Certificate ee = presented.get(0);
        Date at = Date.from(clock.get());
        if (anchors.contains(ee)) {
            checkValidity(ee, at);
        } else {
            validatePath(presented, at);
        }
        if (bindIdentity && peerId != null && !CertificateIdentity.bound(peerId, ee)) {
            throw new CertificateRejectedException(Reason.IDENTITY_MISMATCH, "identity " + peerId
                    + " is not in the certificate of " + ee.getSubjectX500Principal().getName());
        }
        return ee;
    }

    private static void checkValidity(X509Certificate c, Date at) throws CertificateRejectedException {
        try {
            c.checkValidity(at);
        } catch (CertificateExpiredException e) {
            throw new CertificateRejectedException(Reason.EXPIRED, "certificate "
                    + c.getSubjectX500Principal().getName() + " expired at " + c.getNotAfter().toInstant());
        } catch (CertificateNotYetValidException e) {
            throw new CertificateRejectedException(Reason.NOT_YET_VALID, "certificate "
                    + c.getSubjectX500Principal().getName() + " is not valid before " + c.getNotBefore().toInstant());
        }
    }

    private void validatePath(List<X509Certificate> presented, Date at) throws CertificateRejectedException {
        List<X509Certificate> path = new ArrayList<>();
        for (X509Certificate c : presented) {
            if (!anchors.contains(c)) {
                path.add(c);
            }
        }
        try {
            Set<TrustAnchor> ta = new HashSet<>();
            for (X509Certificate a : anchors) {
                ta.add(new TrustAnchor(a, null));
            }
            if (ta.isEmpty()) {
                throw new CertificateRejectedException(Reason.UNKNOWN_CA, "no trusted CA certificate");
            }
            CertPath cp = CertificateFactory.getInstance("X.509").generateCertPath(path);
            PKIXParameters p = new PKIXParameters(ta);
            p.setDate(at);
            p.setRevocationEnabled(checkRevocation);
            if (checkRevocation) {
                p.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(crls.get())));
            }
            CertPathValidator.getInstance("PKIX").validate(cp, p);
        } catch (CertPathValidatorException e) {
            throw reject(e, path);
        } catch (GeneralSecurityException e) {
            throw new CertificateRejectedException(Reason.INVALID, "certificate path: " + e.getMessage());
        }
    }

    private static CertificateRejectedException reject(CertPathValidatorException e, List<X509Certificate> path) {
        int i = e.getIndex();
        X509Certificate at = i >= 0 && i < path.size() ? path.get(i) : path.get(0);
        String who = at.getSubjectX500Principal().getName();
        CertPathValidatorException.Reason r = e.getReason();
        if (r == CertPathValidatorException.BasicReason.EXPIRED) {
            return new CertificateRejectedException(Reason.EXPIRED, "certificate " + who + " expired at "
                    + at.getNotAfter().toInstant());
        }
        if (r == CertPathValidatorException.BasicReason.NOT_YET_VALID) {
            return new CertificateRejectedException(Reason.NOT_YET_VALID, "certificate " + who
                    + " is not valid before " + at.getNotBefore().toInstant());
        }
        if (r == CertPathValidatorException.BasicReason.REVOKED) {
            return new CertificateRejectedException(Reason.REVOKED, "certificate " + who + " (serial "
                    + at.getSerialNumber().toString(16).toUpperCase() + ") is revoked");
        }
        if (r == CertPathValidatorException.BasicReason.UNDETERMINED_REVOCATION_STATUS) {
            return new CertificateRejectedException(Reason.REVOCATION_UNKNOWN, "no CRL for certificate " + who);
        }
        if (r == PKIXReason.NO_TRUST_ANCHOR) {
            return new CertificateRejectedException(Reason.UNKNOWN_CA, "certificate " + who + " issued by "
                    + at.getIssuerX500Principal().getName() + " does not chain to a trusted CA");
        }
        return new CertificateRejectedException(Reason.INVALID, "certificate " + who + ": " + e.getMessage());
    }
}
