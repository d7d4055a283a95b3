package iosim.ike.crypto;

import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECMultiplier;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/**
 * ECDH over a NIST prime curve (RFC 5903) with Bouncy Castle's lightweight EC arithmetic on its
 * custom-field curves (faster here than SunEC). Our public value is d*G with the fixed-point comb
 * (precomputed once per curve); the shared secret d*Q with the curve's windowed-NAF multiplier.
 * Public value: x | y, each the field size; shared secret: the x coordinate. The peer's
 * coordinates must be below the field prime and the point on the curve (RFC 6989 2.3; the curves
 * have cofactor 1, so every curve point but infinity is in the prime-order group).
 */
final class EcpKeyExchange implements DhKeyPair {

    private static final ECMultiplier GENERATOR_MULTIPLIER = new FixedPointCombMultiplier();

    private final DhGroup group;
    private final EcpGroup params;
    private final BigInteger d;
    private final byte[] publicValue;

    EcpKeyExchange(DhGroup group, EcpGroup params, RandomSource random) {
        this.group = group;
        this.params = params;
        this.d = params.randomScalar(random);
        ECPoint q = GENERATOR_MULTIPLIER.multiply(params.parameters().getG(), d).normalize();
        int len = params.fieldLength();
        byte[] pub = new byte[2 * len];
        q.getAffineXCoord().encodeTo(pub, 0);
        q.getAffineYCoord().encodeTo(pub, len);
        this.publicValue = pub;
    }

    @Override
    public DhGroup group() {
        return group;
    }

    @Override
    public byte[] publicValue() {
        return publicValue.clone();
    }

    @Override
    public byte[] computeSharedSecret(byte[] peerPublic) throws InvalidPeerKeyException {
        int len = params.fieldLength();
        if (peerPublic == null || peerPublic.length != 2 * len) {
            throw new InvalidPeerKeyException("ECP public value of " + (peerPublic == null ? 0 : peerPublic.length)
                    + " octets, expected " + 2 * len);
        }
        ECCurve c = params.curve();
        BigInteger x = new BigInteger(1, Arrays.copyOfRange(peerPublic, 0, len));
        BigInteger y = new BigInteger(1, Arrays.copyOfRange(peerPublic, len, 2 * len));
        if (x.compareTo(params.fieldPrime()) >= 0 || y.compareTo(params.fieldPrime()) >= 0) {
            throw new InvalidPeerKeyException("ECP coordinate not below the field prime");
        }
        ECPoint peer;
        try {
            peer = c.validatePoint(x, y);
        } catch (IllegalArgumentException e) {
            throw new InvalidPeerKeyException("ECP public value is not a point on the curve");
        }
        ECPoint shared = peer.multiply(d).normalize();
        if (shared.isInfinity()) {
            throw new InvalidPeerKeyException("ECDH result is the point at infinity");
        }
        byte[] secret = new byte[len];
        shared.getAffineXCoord().encodeTo(secret, 0);
        return secret;
    }
}
