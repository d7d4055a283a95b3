package iosim.ike.crypto;

import org.bouncycastle.math.ec.rfc7748.X25519;

/**
 * Curve25519 key exchange (RFC 7748, RFC 8031) with Bouncy Castle's rfc7748 code. An all-zero
 * shared secret (a small-order peer point) is rejected (RFC 8031 2.3).
 */
final class X25519KeyExchange implements DhKeyPair {

    private final byte[] privateKey = new byte[X25519.SCALAR_SIZE];
    private final byte[] publicValue = new byte[X25519.POINT_SIZE];

    X25519KeyExchange(RandomSource random) {
        random.nextBytes(privateKey);
        X25519.scalarMultBase(privateKey, 0, publicValue, 0);
    }

    @Override
    public DhGroup group() {
        return DhGroup.CURVE25519;
    }

    @Override
    public byte[] publicValue() {
        return publicValue.clone();
    }

    @Override
    public byte[] computeSharedSecret(byte[] peerPublic) throws InvalidPeerKeyException {
        if (peerPublic == null || peerPublic.length != X25519.POINT_SIZE) {
            throw new InvalidPeerKeyException("Curve25519 public value of "
                    + (peerPublic == null ? 0 : peerPublic.length) + " octets, expected 32");
        }
        byte[] shared = new byte[X25519.POINT_SIZE];
        if (!X25519.calculateAgreement(privateKey, 0, peerPublic, 0, shared, 0)) {
            throw new InvalidPeerKeyException("Curve25519 shared secret is all zero (small-order peer point)");
        }
        return shared;
    }
}
