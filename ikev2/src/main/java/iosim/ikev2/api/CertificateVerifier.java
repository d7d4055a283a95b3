package iosim.ikev2.api;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Decides whether the peer's certificates are good enough (trust anchors, validity, revocation,
 * identity binding): the controller's trustpoints behind one interface. Called on the engine's
 * thread; implementations must not block on the network.
 */
public interface CertificateVerifier {
    /**
     * SHA-1 hashes of the SubjectPublicKeyInfo of every CA we trust, as CERTREQ carries them
     * (RFC 7296 3.7); empty sends no CERTREQ.
     */
    List<byte[]> caKeyHashes();

    /**
     * Validates the peer's chain (end-entity certificate first, as received) for the identity of
     * its ID payload; returns the end-entity certificate whose key must verify AUTH.
     */
    X509Certificate verify(Identity peerId, List<X509Certificate> presented) throws CertificateRejectedException;
}
