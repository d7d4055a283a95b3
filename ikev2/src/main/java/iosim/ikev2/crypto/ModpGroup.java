package iosim.ikev2.crypto;

import java.math.BigInteger;

/**
 * The fixed parameters of one MODP group, computed once per group: prime p, generator g, the
 * prime order q of g's subgroup where the group publishes one (RFC 5114 group 24; null for the
 * safe-prime groups of RFC 2409/3526), p-1 for the range check, and the private exponent length.
 */
final class ModpGroup {
    private final BigInteger p;
    private final BigInteger g;
    private final BigInteger q;
    private final BigInteger pMinusOne;
    private final int length;
    private final int exponentBits;

    ModpGroup(BigInteger p, BigInteger g, BigInteger q, int exponentBits) {
        this.p = p;
        this.g = g;
        this.q = q;
        this.pMinusOne = p.subtract(BigInteger.ONE);
        this.length = (p.bitLength() + 7) / 8;
        this.exponentBits = exponentBits;
    }

    BigInteger p() {
        return p;
    }

    BigInteger g() {
        return g;
    }

    /** Null for safe primes. */
    BigInteger q() {
        return q;
    }

    BigInteger pMinusOne() {
        return pMinusOne;
    }

    /** Octets of a public value or shared secret. */
    int length() {
        return length;
    }

    /**
     * A private exponent of {@code exponentBits} random bits, not zero and, with a subgroup
     * order, below q (NIST SP 800-56A rev3 5.6.1.1.1: 1 &lt;= x &lt;= min(2^N, q) - 1).
     */
    BigInteger randomExponent(RandomSource random) {
        byte[] b = new byte[(exponentBits + 7) / 8];
        int excess = 8 * b.length - exponentBits;
        while (true) {
            random.nextBytes(b);
            b[0] &= (byte) (0xff >>> excess);
            BigInteger x = new BigInteger(1, b);
            if (x.signum() != 0 && (q == null || x.compareTo(q) < 0)) {
                return x;
            }
        }
    }
}
