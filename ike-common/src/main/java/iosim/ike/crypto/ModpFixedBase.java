package iosim.ike.crypto;

import java.math.BigInteger;

/**
 * g^x mod p for one fixed generator g and exponents of at most {@code exponentBits} bits, with a
 * precomputed table instead of square-and-multiply: x is cut into {@value #WINDOW}-bit digits
 * d_i, and g^x is the product of the entries g^(d_i * 2^(WINDOW*i)), one per digit, so a 224-bit
 * exponent costs 45 modular multiplications instead of modPow's ~224 squarings plus ~50
 * multiplications. The multiplications are Montgomery products built from BigInteger's
 * (intrinsified) multiply, with R = 2^(bits of p); the table holds each entry in Montgomery form.
 *
 * <p>Every digit, zero included, costs one table entry and one product (the zero digit's entry
 * is R mod p, Montgomery's 1), and each entry is picked by reading the whole row with masks,
 * not by indexing with the secret digit. Table: 45 rows of 32 entries for group 14 (360 KiB),
 * built once per group on first use.
 */
final class ModpFixedBase {
    static final int WINDOW = 5;
    private static final int DIGITS = 1 << WINDOW;

    private final BigInteger p;
    private final int rBits;
    private final BigInteger rMask;
    private final BigInteger nPrime;
    private final int limbs;
    private final int exponentBits;
    /** [row][digit][limb]: g^(digit * 2^(WINDOW*row)) * R mod p, little-endian 64-bit limbs. */
    private final long[][][] table;

    ModpFixedBase(BigInteger p, BigInteger g, int exponentBits) {
        if (!p.testBit(0)) {
            throw new IllegalArgumentException("Montgomery form needs an odd modulus");
        }
        this.p = p;
        this.rBits = p.bitLength();
        BigInteger r = BigInteger.ONE.shiftLeft(rBits);
        this.rMask = r.subtract(BigInteger.ONE);
        this.nPrime = p.negate().mod(r).modInverse(r); // -p^-1 mod R
        this.limbs = (rBits + 63) / 64;
        this.exponentBits = exponentBits;
        int rows = (exponentBits + WINDOW - 1) / WINDOW;
        this.table = new long[rows][DIGITS][];
        BigInteger oneMont = r.mod(p);
        BigInteger base = g.shiftLeft(rBits).mod(p); // g^(2^(WINDOW*row)) in Montgomery form
        for (int row = 0; row < rows; row++) {
            BigInteger entry = oneMont;
            for (int d = 0; d < DIGITS; d++) {
                table[row][d] = toLimbs(entry);
                entry = montMul(entry, base);
            }
            base = entry; // base^(2^WINDOW)
        }
    }

    int exponentBits() {
        return exponentBits;
    }

    /** g^x mod p; x must be non-negative and at most {@link #exponentBits()} bits. */
    BigInteger pow(BigInteger x) {
        if (x.signum() < 0 || x.bitLength() > exponentBits) {
            throw new IllegalArgumentException("exponent out of range for the table");
        }
        long[] pick = new long[limbs];
        BigInteger acc = null;
        for (int row = 0; row < table.length; row++) {
            int digit = 0;
            for (int b = 0; b < WINDOW; b++) {
                digit |= (x.testBit(row * WINDOW + b) ? 1 : 0) << b;
            }
            select(table[row], digit, pick);
            BigInteger entry = fromLimbs(pick);
            acc = acc == null ? entry : montMul(acc, entry);
        }
        return montMul(acc, BigInteger.ONE); // out of Montgomery form
    }

    /** out = row[digit], reading every entry of the row. */
    private static void select(long[][] row, int digit, long[] out) {
        java.util.Arrays.fill(out, 0L);
        for (int d = 0; d < row.length; d++) {
            long mask = ((long) ((d ^ digit) - 1)) >> 63; // all ones when d == digit, else zero
            long[] e = row[d];
            for (int i = 0; i < out.length; i++) {
                out[i] |= e[i] & mask;
            }
        }
    }

    /** a * b * R^-1 mod p, for 0 &lt;= a, b &lt; p (Montgomery's REDC). */
    private BigInteger montMul(BigInteger a, BigInteger b) {
        BigInteger t = a.multiply(b);
        BigInteger m = t.and(rMask).multiply(nPrime).and(rMask);
        BigInteger u = t.add(m.multiply(p)).shiftRight(rBits);
        return u.compareTo(p) >= 0 ? u.subtract(p) : u;
    }

    private long[] toLimbs(BigInteger v) {
        long[] out = new long[limbs];
        for (int i = 0; i < limbs; i++) {
            out[i] = v.shiftRight(64 * i).longValue();
        }
        return out;
    }

    private BigInteger fromLimbs(long[] v) {
        byte[] be = new byte[limbs * 8];
        for (int i = 0; i < limbs; i++) {
            long w = v[i];
            int at = be.length - 8 * (i + 1);
            for (int k = 7; k >= 0; k--) {
                be[at + k] = (byte) w;
                w >>>= 8;
            }
        }
        return new BigInteger(1, be);
    }
}
