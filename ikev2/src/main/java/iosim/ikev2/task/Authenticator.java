package iosim.ikev2.task;

import iosim.ikev2.api.AuthKind;
import iosim.ikev2.api.AuthPolicy;
import iosim.ikev2.api.CertificateRejectedException;
import iosim.ikev2.api.Identity;
import iosim.ikev2.crypto.PskAuth;
import iosim.ikev2.crypto.SignatureAuth;
import iosim.ikev2.message.AuthMethod;
import iosim.ikev2.message.AuthPayload;
import iosim.ikev2.message.CertPayload;
import iosim.ikev2.message.IdPayload;
import iosim.ikev2.message.IkeMessage;
import iosim.ikev2.message.Payload;
import iosim.ikev2.sa.IkeCrypto;
import iosim.ikev2.sa.IkeSa;
import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * The AUTH half of IKE_AUTH for both roles (RFC 7296 2.15, 3.6-3.8): builds our ID, CERT,
 * CERTREQ and AUTH payloads with a pre-shared key or a signature as the session's
 * {@link AuthPolicy} says, and checks the peer's (method allowed, certificates validated by the
 * policy's verifier, identity, AUTH value).
 */
final class Authenticator {
    /** X.509 Certificate - Signature (RFC 7296 3.6). */
    static final int X509_SIGNATURE = 4;

    private Authenticator() {}

    /** The peer passed ({@code failure} null, {@code method} PSK/RSA/ECDSA) or did not. */
    record Verdict(String failure, String method) {
        static Verdict failed(String why) {
            return new Verdict(why, null);
        }
    }

    /**
     * Our ID payload, then CERT payloads (signatures), CERTREQ ({@code certReq}: the initiator's
     * IKE_AUTH request when we accept signatures) and AUTH.
     */
    static List<Payload> ours(IkeSa sa, boolean initiator, boolean certReq) throws GeneralSecurityException {
        AuthPolicy policy = sa.params().auth();
        IdPayload id = IkeAuthTask.idPayload(initiator, sa.params().localId());
        byte[] realMessage = initiator ? sa.initRequest() : sa.initResponse();
        byte[] peerNonce = initiator ? sa.nonceR() : sa.nonceI();
        byte[] skP = initiator ? sa.keys().skPi() : sa.keys().skPr();
        List<Payload> out = new ArrayList<>();
        out.add(id);
        AuthPayload auth;
        if (policy.local().signature()) {
            for (X509Certificate c : policy.credential().chain()) {
                out.add(new CertPayload(X509_SIGNATURE, c.getEncoded()));
            }
            byte[] octets = PskAuth.signedOctets(cryptoPrf(sa), realMessage, peerNonce, skP, id.body());
            SignatureAuth.Signed s = SignatureAuth.sign(policy.credential().key(), octets, policy.digitalSignature(),
                    sa.peerSignatureHashes());
            auth = new AuthPayload(AuthMethod.of(s.method()).orElseThrow(), s.data());
        } else {
            auth = new AuthPayload(AuthMethod.SHARED_KEY_MIC, IkeCrypto.pskAuth(sa.algorithms().prf(),
                    sa.params().localPsk(), realMessage, peerNonce, skP, id.body()));
        }
        if (certReq) {
            CertificateRequests.of(policy).ifPresent(out::add);
        }
        out.add(auth);
        return out;
    }

    /** Checks the peer's AUTH (and certificates) in {@code m}, whose ID payload is {@code id}. */
    static Verdict verifyPeer(IkeSa sa, boolean peerIsInitiator, IkeMessage m, IdPayload id, AuthPayload auth) {
        AuthPolicy policy = sa.params().auth();
        Identity peer = IkeAuthTask.identity(id);
        byte[] realMessage = peerIsInitiator ? sa.initRequest() : sa.initResponse();
        byte[] ourNonce = peerIsInitiator ? sa.nonceR() : sa.nonceI();
        byte[] skP = peerIsInitiator ? sa.keys().skPi() : sa.keys().skPr();
        AuthMethod method = auth.method();
        if (method == AuthMethod.SHARED_KEY_MIC) {
            if (!policy.remote().contains(AuthKind.PSK)) {
                return Verdict.failed("peer uses pre-shared key authentication, we expect " + expected(policy));
            }
            byte[] want = IkeCrypto.pskAuth(sa.algorithms().prf(), sa.params().remotePsk(), realMessage, ourNonce, skP,
                    id.body());
            return IkeCrypto.sameAuth(want, auth.data()) ? new Verdict(null, "PSK")
                    : Verdict.failed("AUTH payload from " + peer + " does not verify: pre-shared key mismatch");
        }
        if (!policy.acceptsSignatures()) {
            return Verdict.failed("peer uses authentication method " + method + ", we expect pre-shared key");
        }
        List<X509Certificate> certs;
        try {
            certs = certificates(m);
        } catch (CertificateException e) {
            return Verdict.failed("certificate from " + peer + " cannot be parsed: " + e.getMessage());
        }
        X509Certificate ee;
        try {
            ee = policy.verifier().verify(peer, certs);
        } catch (CertificateRejectedException e) {
            return Verdict.failed("certificate of " + peer + " rejected (" + e.reason() + "): " + e.getMessage());
        }
        AuthKind kind = AuthKind.ofKeyAlgorithm(ee.getPublicKey().getAlgorithm());
        if (kind == null || !policy.remote().contains(kind)) {
            return Verdict.failed("peer authenticates with " + (kind == null ? ee.getPublicKey().getAlgorithm() : kind)
                    + ", we expect " + expected(policy));
        }
        byte[] octets = PskAuth.signedOctets(cryptoPrf(sa), realMessage, ourNonce, skP, id.body());
        String bad = SignatureAuth.verify(ee.getPublicKey(), method.value(), auth.data(), octets);
        if (bad != null) {
            return Verdict.failed("AUTH payload from " + peer + " does not verify: " + bad);
        }
        return new Verdict(null, kind == AuthKind.RSA_SIG ? "RSA" : "ECDSA");
    }

    /** How we authenticate, as IOS names it. */
    static String localMethod(AuthPolicy policy) {
        return switch (policy.local()) {
            case PSK -> "PSK";
            case RSA_SIG -> "RSA";
            case ECDSA_SIG -> "ECDSA";
        };
    }

    private static String expected(AuthPolicy p) {
        return p.remote().stream().map(k -> switch (k) {
            case PSK -> "pre-shared key";
            case RSA_SIG -> "RSA signature";
            case ECDSA_SIG -> "ECDSA signature";
        }).sorted().reduce((a, b) -> a + " or " + b).orElse("nothing");
    }

    private static List<X509Certificate> certificates(IkeMessage m) throws CertificateException {
        CertificateFactory f = CertificateFactory.getInstance("X.509");
        List<X509Certificate> out = new ArrayList<>();
        for (CertPayload c : m.all(CertPayload.class)) {
            if (c.encoding() == X509_SIGNATURE) {
                out.add((X509Certificate) f.generateCertificate(new ByteArrayInputStream(c.data())));
            }
        }
        return out;
    }

    private static iosim.ike.crypto.PrfAlgorithm cryptoPrf(IkeSa sa) {
        return iosim.ike.crypto.PrfAlgorithm.ofId(sa.algorithms().prf().ianaId()).orElseThrow();
    }
}
