package iosim.ike.crypto;

/**
 * Our side of one Diffie-Hellman exchange: the public value for the KE payload and the
 * private value (never exposed) to combine with the peer's.
 */
public interface DhKeyPair {

    DhGroup group();

    /** The KE payload data (RFC 7296 3.4, RFC 5903 7, RFC 8031 2). */
    byte[] publicValue();

    /**
     * Validates the peer's public value and returns the shared secret g^ir, fixed length
     * (left-padded for MODP, the x coordinate for ECP, 32 octets for Curve25519).
     */
    byte[] computeSharedSecret(byte[] peerPublic) throws InvalidPeerKeyException;
}
