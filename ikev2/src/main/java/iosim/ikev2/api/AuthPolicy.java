package iosim.ikev2.api;

import java.util.Set;

/**
 * How we authenticate to the peer and how the peer must authenticate to us (an IKEv2 profile's
 * {@code authentication local|remote}). A pre-shared key is taken from
 * {@link IkeSessionParams#localPsk()} / {@link IkeSessionParams#remotePsk()}.
 *
 * @param local            PSK, or RSA_SIG/ECDSA_SIG (then {@code credential} must hold a key of that type)
 * @param remote           the methods we accept from the peer (at least one)
 * @param credential       our key and certificate chain; null unless {@code local} is a signature
 * @param verifier         validates the peer's certificates; null unless {@code remote} has a signature
 * @param digitalSignature sign with RFC 7427's Digital Signature method (14) when the peer announced
 *                         SIGNATURE_HASH_ALGORITHMS; otherwise (and when false) use the classic methods
 *                         (1: RSA PKCS#1 v1.5 with SHA-1; 9, 10, 11: ECDSA on P-256/384/521)
 */
public record AuthPolicy(AuthKind local, Set<AuthKind> remote, LocalCredential credential,
                         CertificateVerifier verifier, boolean digitalSignature) {
    /** Pre-shared keys both ways (what the engine did before certificates). */
    public static final AuthPolicy PSK = new AuthPolicy(AuthKind.PSK, Set.of(AuthKind.PSK), null, null, false);

    public AuthPolicy {
        remote = Set.copyOf(remote);
        if (remote.isEmpty()) {
            throw new IllegalArgumentException("no remote authentication method");
        }
        if (local.signature() && (credential == null || credential.kind() != local)) {
            throw new IllegalArgumentException("local " + local + " needs a credential with a key of that type");
        }
        if (remote.stream().anyMatch(AuthKind::signature) && verifier == null) {
            throw new IllegalArgumentException("remote signature authentication needs a certificate verifier");
        }
    }

    /** Signatures both ways with one credential and verifier. */
    public static AuthPolicy signatures(LocalCredential credential, CertificateVerifier verifier, boolean rfc7427) {
        return new AuthPolicy(credential.kind(), Set.of(AuthKind.RSA_SIG, AuthKind.ECDSA_SIG), credential, verifier,
                rfc7427);
    }

    /** True when either side uses certificates (CERTREQ, SIGNATURE_HASH_ALGORITHMS go out). */
    public boolean usesCertificates() {
        return local.signature() || acceptsSignatures();
    }

    public boolean acceptsSignatures() {
        return remote.stream().anyMatch(AuthKind::signature);
    }
}
