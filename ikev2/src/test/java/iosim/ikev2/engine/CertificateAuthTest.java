package iosim.ikev2.engine;

import static iosim.ikev2.engine.EnginePair.of;
import static org.assertj.core.api.Assertions.assertThat;

import iosim.ikev2.api.AuthKind;
import iosim.ikev2.api.AuthPolicy;
import iosim.ikev2.api.Identity;
import iosim.ikev2.api.IkeEvent;
import iosim.ikev2.api.IkeSaSnapshot;
import iosim.ikev2.api.IkeSessionParams;
import iosim.ikev2.api.LocalCredential;
import iosim.ikev2.cert.CertificateIdentity;
import iosim.ikev2.cert.PkixCertificateVerifier;
import iosim.ikev2.cert.TestPki;
import java.security.KeyPair;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Certificate (RSA/ECDSA signature) authentication between two engines in virtual time. */
class CertificateAuthTest {
    private static final TestPki CA = TestPki.rsa("CN=Lab Root CA, O=iosim");
    private static final TestPki OTHER_CA = TestPki.rsa("CN=Someone Else CA");
    private final List<X509CRL> crls = new ArrayList<>();
    private Instant now = Instant.now();

    private PkixCertificateVerifier verifier(TestPki ca, boolean revocation, boolean bind) {
        return new PkixCertificateVerifier(List.of(ca.caCert), () -> List.copyOf(crls), () -> now, revocation, bind);
    }

    private static final java.util.Map<String, KeyPair> KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    /** One key pair per type and subject (RSA generation is slow; each test still gets distinct keys per side). */
    private static KeyPair keys(String type, String dn) {
        try {
            return KEYS.computeIfAbsent(type + "/" + dn, t -> {
                try {
                    return TestPki.keys(type);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private record Side(KeyPair keys, X509Certificate cert) {}

    private static Side side(TestPki ca, String type, String dn) {
        KeyPair k = keys(type, dn);
        return new Side(k, ca.issue(k, dn));
    }

    private static IkeSessionParams withCert(IkeSessionParams p, Side s, AuthPolicy policyTemplate) {
        AuthPolicy a = new AuthPolicy(AuthKind.ofKeyAlgorithm(s.keys.getPrivate().getAlgorithm()),
                policyTemplate.remote(), new LocalCredential(s.keys.getPrivate(), List.of(s.cert)),
                policyTemplate.verifier(), policyTemplate.digitalSignature());
        return new IkeSessionParams(p.name(), p.local(), p.remote(), p.nattPort(), CertificateIdentity.dn(s.cert),
                null, p.localPsk(), p.remotePsk(), p.ikeProposals(), p.child(), p.ikeLifetime(), p.dpd(),
                p.natKeepaliveMillis(), p.retransmit(), p.initialContact(), p.forceNatt(), a);
    }

    private EnginePair run(Side a, Side b, AuthPolicy polA, AuthPolicy polB) {
        EnginePair p = new EnginePair();
        p.b.addPeer(withCert(EnginePair.paramsB(EnginePair.cbc256()), b, polB));
        p.a.initiate(withCert(EnginePair.paramsA(EnginePair.cbc256()), a, polA));
        p.pump();
        return p;
    }

    private AuthPolicy sigs(TestPki trusted, boolean rfc7427) {
        return new AuthPolicy(AuthKind.PSK, Set.of(AuthKind.RSA_SIG, AuthKind.ECDSA_SIG), null,
                verifier(trusted, false, true), rfc7427);
    }

    @ParameterizedTest(name = "{0} to {1}, RFC 7427 {2}")
    @CsvSource({"RSA, RSA, false", "RSA, RSA, true", "EC, EC, false", "EC384, EC384, false", "EC521, EC, false",
            "EC, EC, true", "EC384, RSA, true", "RSA, EC, false"})
    void signaturesEstablishBothSides(String typeA, String typeB, boolean rfc7427) {
        Side a = side(CA, typeA, "CN=A.lab.example, O=iosim");
        Side b = side(CA, typeB, "CN=B.lab.example, O=iosim");
        EnginePair p = run(a, b, sigs(CA, rfc7427), sigs(CA, rfc7427));

        assertThat(of(p.eventsA, IkeEvent.Failure.class)).isEmpty();
        assertThat(of(p.eventsB, IkeEvent.Failure.class)).isEmpty();
        assertThat(of(p.eventsA, IkeEvent.ChildSaInstalled.class)).hasSize(1);
        IkeSaSnapshot sa = p.a.snapshots().get(0);
        assertThat(sa.authMethod()).isEqualTo(typeA.startsWith("EC") ? "ECDSA" : "RSA");
        assertThat(sa.peerAuthMethod()).isEqualTo(typeB.startsWith("EC") ? "ECDSA" : "RSA");
        assertThat(sa.remoteId()).isEqualTo(CertificateIdentity.dn(b.cert));
        assertThat(p.b.snapshots().get(0).remoteId()).isEqualTo(CertificateIdentity.dn(a.cert));
        var sent = of(p.eventsA, IkeEvent.ExchangeSent.class);
        assertThat(sent.get(0).exchange().payloads()).contains("N(SIGNATURE_HASH_ALGORITHMS)");
        assertThat(sent.get(1).exchange().payloads()).containsSubsequence("IDi", "CERT", "CERTREQ", "AUTH", "SA");
        assertThat(of(p.eventsB, IkeEvent.ExchangeSent.class).get(0).exchange().payloads()).contains("CERTREQ");
        assertThat(of(p.eventsB, IkeEvent.ExchangeSent.class).get(1).exchange().payloads())
                .containsSubsequence("IDr", "CERT", "AUTH");
    }

    private static String failureOf(List<IkeEvent> events) {
        return of(events, IkeEvent.Failure.class).stream().map(IkeEvent.Failure::reason).findFirst().orElse("");
    }

    @Test
    void certificateFromAnUntrustedCaIsRefused() {
        Side a = side(OTHER_CA, "RSA", "CN=A.lab.example");
        Side b = side(CA, "RSA", "CN=B.lab.example");
        EnginePair p = run(a, b, sigs(CA, false), sigs(CA, false));
        assertThat(failureOf(p.eventsB)).contains("UNKNOWN_CA");
        assertThat(of(p.eventsA, IkeEvent.Failure.class, f -> "AUTHENTICATION_FAILED".equals(f.notifyName())))
                .isNotEmpty();
        assertThat(p.a.snapshots()).isEmpty();
        assertThat(p.b.snapshots()).isEmpty();
    }

    @Test
    void expiredAndNotYetValidCertificatesAreRefusedAtTheVerifiersClock() {
        Side a = side(CA, "EC", "CN=A.lab.example");
        Side b = side(CA, "EC", "CN=B.lab.example");
        now = Instant.now().plusSeconds(2L * 365 * 86400);
        assertThat(failureOf(run(a, b, sigs(CA, false), sigs(CA, false)).eventsB)).contains("EXPIRED");
        now = Instant.now().minusSeconds(7L * 86400);
        assertThat(failureOf(run(a, b, sigs(CA, false), sigs(CA, false)).eventsB)).contains("NOT_YET_VALID");
    }

    @Test
    void revokedCertificateIsRefusedWhenCrlCheckingIsOnAndMissingCrlIsAFailure() {
        TestPki ca = TestPki.rsa("CN=Revoking CA");
        Side a = side(ca, "RSA", "CN=A.lab.example");
        Side b = side(ca, "RSA", "CN=B.lab.example");
        AuthPolicy crlCheck = new AuthPolicy(AuthKind.PSK, Set.of(AuthKind.RSA_SIG), null,
                verifier(ca, true, true), false);
        assertThat(failureOf(run(a, b, sigs(ca, false), crlCheck).eventsB)).contains("REVOCATION_UNKNOWN");
        crls.add(ca.crl());
        EnginePair ok = run(a, b, sigs(ca, false), crlCheck);
        assertThat(of(ok.eventsB, IkeEvent.IkeSaUp.class)).hasSize(1);
        ca.revoke(a.cert);
        crls.clear();
        crls.add(ca.crl());
        assertThat(failureOf(run(a, b, sigs(ca, false), crlCheck).eventsB)).contains("REVOKED")
                .contains(a.cert.getSerialNumber().toString(16).toUpperCase());
    }

    @Test
    void identityMustBeBoundToTheCertificateWhenAskedTo() {
        Side a = side(CA, "RSA", "CN=A.lab.example");
        Side b = side(CA, "RSA", "CN=B.lab.example");
        EnginePair p = new EnginePair();
        p.b.addPeer(withCert(EnginePair.paramsB(EnginePair.cbc256()), b, sigs(CA, false)));
        IkeSessionParams pa = withCert(EnginePair.paramsA(EnginePair.cbc256()), a, sigs(CA, false));
        p.a.initiate(new IkeSessionParams(pa.name(), pa.local(), pa.remote(), pa.nattPort(),
                Identity.fqdn("A.lab.example"), null, pa.localPsk(), pa.remotePsk(), pa.ikeProposals(), pa.child(),
                pa.ikeLifetime(), pa.dpd(), pa.natKeepaliveMillis(), pa.retransmit(), true, false, pa.auth()));
        p.pump();
        assertThat(failureOf(p.eventsB)).contains("IDENTITY_MISMATCH");

        Side named = new Side(a.keys, CA.issue(a.keys, "CN=A", "dns:a.lab.example"));
        EnginePair q = new EnginePair();
        q.b.addPeer(withCert(EnginePair.paramsB(EnginePair.cbc256()), b, sigs(CA, false)));
        IkeSessionParams qa = withCert(EnginePair.paramsA(EnginePair.cbc256()), named, sigs(CA, false));
        q.a.initiate(new IkeSessionParams(qa.name(), qa.local(), qa.remote(), qa.nattPort(),
                Identity.fqdn("A.lab.example"), null, qa.localPsk(), qa.remotePsk(), qa.ikeProposals(), qa.child(),
                qa.ikeLifetime(), qa.dpd(), qa.natKeepaliveMillis(), qa.retransmit(), true, false, qa.auth()));
        q.pump();
        assertThat(of(q.eventsB, IkeEvent.Failure.class)).isEmpty();
        assertThat(q.b.snapshots().get(0).remoteId()).isEqualTo(Identity.fqdn("A.lab.example"));
    }

    @Test
    void methodsTheResponderDoesNotAcceptAreRefused() {
        Side a = side(CA, "RSA", "CN=A.lab.example");
        Side b = side(CA, "EC", "CN=B.lab.example");
        AuthPolicy onlyEcdsa = new AuthPolicy(AuthKind.PSK, Set.of(AuthKind.ECDSA_SIG), null, verifier(CA, false, true),
                false);
        assertThat(failureOf(run(a, b, sigs(CA, false), onlyEcdsa).eventsB))
                .contains("peer authenticates with RSA_SIG, we expect ECDSA signature");

        // PSK initiator against a certificate-only responder
        EnginePair p = new EnginePair();
        p.b.addPeer(withCert(EnginePair.paramsB(EnginePair.cbc256()), b, sigs(CA, false)));
        p.a.initiate(EnginePair.paramsA(EnginePair.cbc256()));
        p.pump();
        assertThat(failureOf(p.eventsB)).contains("peer uses pre-shared key authentication, we expect");
        assertThat(p.b.snapshots()).isEmpty();
    }

    @Test
    void certificateOneWayAndPskTheOther() {
        Side b = side(CA, "EC", "CN=B.lab.example");
        EnginePair p = new EnginePair();
        // B signs, accepts PSK from A; A uses PSK, accepts signatures
        AuthPolicy pb = new AuthPolicy(AuthKind.ECDSA_SIG, Set.of(AuthKind.PSK),
                new LocalCredential(b.keys.getPrivate(), List.of(b.cert)), null, false);
        IkeSessionParams parB = EnginePair.paramsB(EnginePair.cbc256()).withAuth(pb);
        AuthPolicy pa = new AuthPolicy(AuthKind.PSK, Set.of(AuthKind.ECDSA_SIG), null, verifier(CA, false, false),
                false);
        p.b.addPeer(parB);
        p.a.initiate(EnginePair.paramsA(EnginePair.cbc256()).withAuth(pa));
        p.pump();
        assertThat(of(p.eventsA, IkeEvent.Failure.class)).isEmpty();
        IkeSaSnapshot s = p.a.snapshots().get(0);
        assertThat(s.authMethod()).isEqualTo("PSK");
        assertThat(s.peerAuthMethod()).isEqualTo("ECDSA");
        assertThat(p.b.snapshots().get(0).peerAuthMethod()).isEqualTo("PSK");
    }
}
