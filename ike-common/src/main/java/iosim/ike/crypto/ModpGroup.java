package iosim.ike.crypto;

import java.math.BigInteger;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The fixed parameters of one MODP group, computed once per group: prime p, generator g, the
 * prime order q of g's subgroup where the group publishes one (RFC 5114 group 24; null for the
 * safe-prime groups of RFC 2409/3526), p-1 for the range check, the private exponent length, and
 * the fixed-base table for g^x ({@link ModpFixedBase}). The table is built on the common pool
 * when the group's first key pair is made (a few hundred milliseconds with a cold JIT); until it
 * is ready, key pairs use modPow, which gives the same values.
 */
final class ModpGroup {
    private final BigInteger p;
    private final BigInteger g;
    private final BigInteger q;
    private final BigInteger pMinusOne;
    private final int length;
    private final int exponentBits;
    private final AtomicBoolean tableRequested = new AtomicBoolean();
    private volatile ModpFixedBase fixedBase;

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

    /** g^x mod p for one of our private exponents. */
    BigInteger publicValueOf(BigInteger x) {
        ModpFixedBase table = fixedBase;
        if (table != null) {
            return table.pow(x);
        }
        if (tableRequested.compareAndSet(false, true)) {
            CompletableFuture.runAsync(() -> fixedBase = new ModpFixedBase(p, g, exponentBits));
        }
        return g.modPow(x, p);
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
