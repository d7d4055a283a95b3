package iosim.ike.crypto;

import java.math.BigInteger;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.math.ec.ECCurve;

/**
 * The fixed parameters of one RFC 5903 curve, computed once per group: Bouncy Castle's
 * custom-field curve (whose generator keeps its fixed-point comb precomputation), the order n,
 * the field prime, and the octet lengths of a coordinate and of a scalar.
 */
final class EcpGroup {
    private final X9ECParameters parameters;
    private final BigInteger n;
    private final BigInteger fieldPrime;
    private final int fieldLength;
    private final int scalarBits;

    EcpGroup(X9ECParameters parameters) {
        this.parameters = parameters;
        this.n = parameters.getN();
        this.fieldPrime = parameters.getCurve().getField().getCharacteristic();
        this.fieldLength = (parameters.getCurve().getFieldSize() + 7) / 8;
        this.scalarBits = n.bitLength();
    }

    X9ECParameters parameters() {
        return parameters;
    }

    ECCurve curve() {
        return parameters.getCurve();
    }

    BigInteger fieldPrime() {
        return fieldPrime;
    }

    /** Octets of one coordinate (and of the shared secret, the x coordinate). */
    int fieldLength() {
        return fieldLength;
    }

    /**
     * A private scalar uniform in [1, n-1] by rejection sampling (FIPS 186-5 A.2.2 / SP 800-56A
     * 5.6.1.2.2): draw as many bits as n has, retry when out of range (for these curves n is close
     * to a power of two, so a retry is rare).
     */
    BigInteger randomScalar(RandomSource random) {
        byte[] b = new byte[(scalarBits + 7) / 8];
        int excess = 8 * b.length - scalarBits;
        while (true) {
            random.nextBytes(b);
            b[0] &= (byte) (0xff >>> excess);
            BigInteger d = new BigInteger(1, b);
            if (d.signum() != 0 && d.compareTo(n) < 0) {
                return d;
            }
        }
    }
}
