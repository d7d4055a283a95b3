package iosim.ikev2.crypto;

import java.math.BigInteger;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.util.BigIntegers;

/**
 * ECDH over a NIST prime curve (RFC 5903) with Bouncy Castle's lightweight EC arithmetic
 * (faster here than SunEC). Public value: x | y, each the field size; shared secret: the x
 * coordinate. The peer's point must lie on the curve (RFC 6989 2.3; the curves have cofactor 1).
 */
final class EcpKeyExchange implements DhKeyPair {

    private final DhGroup group;
    private final X9ECParameters curve;
    private final BigInteger d;
    private final byte[] publicValue;

    EcpKeyExchange(DhGroup group, X9ECParameters curve, RandomSource random) {
        this.group = group;
        this.curve = curve;
        BigInteger n = curve.getN();
        this.d = BigIntegers.createRandomInRange(BigInteger.ONE, n.subtract(BigInteger.ONE), random.asSecureRandom());
        ECPoint q = new FixedPointCombMultiplier().multiply(curve.getG(), d).normalize();
        int len = fieldLength();
        byte[] pub = new byte[2 * len];
        BigIntegers.asUnsignedByteArray(q.getAffineXCoord().toBigInteger(), pub, 0, len);
        BigIntegers.asUnsignedByteArray(q.getAffineYCoord().toBigInteger(), pub, len, len);
        this.publicValue = pub;
    }

    private int fieldLength() {
        return (curve.getCurve().getFieldSize() + 7) / 8;
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
        int len = fieldLength();
        if (peerPublic == null || peerPublic.length != 2 * len) {
            throw new InvalidPeerKeyException("ECP public value of " + (peerPublic == null ? 0 : peerPublic.length)
                    + " octets, expected " + 2 * len);
        }
        ECCurve c = curve.getCurve();
        BigInteger x = new BigInteger(1, java.util.Arrays.copyOfRange(peerPublic, 0, len));
        BigInteger y = new BigInteger(1, java.util.Arrays.copyOfRange(peerPublic, len, 2 * len));
        ECPoint peer;
        try {
            if (x.compareTo(c.getField().getCharacteristic()) >= 0 || y.compareTo(c.getField().getCharacteristic()) >= 0) {
                throw new InvalidPeerKeyException("ECP coordinate not below the field prime");
            }
            peer = c.validatePoint(x, y);
        } catch (IllegalArgumentException e) {
            throw new InvalidPeerKeyException("ECP public value is not a point on the curve");
        }
        ECPoint shared = peer.multiply(d).normalize();
        if (shared.isInfinity()) {
            throw new InvalidPeerKeyException("ECDH result is the point at infinity");
        }
        return BigIntegers.asUnsignedByteArray(len, shared.getAffineXCoord().toBigInteger());
    }
}
