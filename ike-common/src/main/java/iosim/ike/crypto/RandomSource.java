package iosim.ike.crypto;

import java.security.SecureRandom;
import java.security.SecureRandomSpi;
import java.util.SplittableRandom;

/**
 * Injectable source of random octets (nonces, SPIs, IVs, DH private values). Production uses
 * {@link #secure()}; tests use {@link #deterministic(long)} to replay exchanges.
 */
@FunctionalInterface
public interface RandomSource {

    void nextBytes(byte[] out);

    default byte[] bytes(int n) {
        byte[] b = new byte[n];
        nextBytes(b);
        return b;
    }

    default long nextLong() {
        byte[] b = bytes(8);
        long v = 0;
        for (byte x : b) {
            v = (v << 8) | (x & 0xff);
        }
        return v;
    }

    /** A {@link SecureRandom} view, for APIs (Bouncy Castle key generators) that want one. */
    default SecureRandom asSecureRandom() {
        return new SourceBackedSecureRandom(this);
    }

    /**
     * A new strong generator for one owner (an engine): its own SP 800-90A DRBG, seeded from the
     * system entropy, so owners on different threads never share a lock ({@link DrbgRandom}).
     */
    static RandomSource secure() {
        return new DrbgRandom();
    }

    /** Reproducible, NOT secure: for tests only. */
    static RandomSource deterministic(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        return out -> {
            synchronized (r) {
                for (int i = 0; i < out.length; i++) {
                    out[i] = (byte) r.nextInt(256);
                }
            }
        };
    }

    /** A SecureRandom whose every octet comes from a RandomSource (no platform PRNG is set up). */
    final class SourceBackedSecureRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;

        SourceBackedSecureRandom(RandomSource source) {
            super(new Spi(source), null);
        }

        private static final class Spi extends SecureRandomSpi {
            private static final long serialVersionUID = 1L;
            private final transient RandomSource source;

            Spi(RandomSource source) {
                this.source = source;
            }

            @Override
            protected void engineSetSeed(byte[] seed) {
                // the source is seeded by its owner
            }

            @Override
            protected void engineNextBytes(byte[] bytes) {
                source.nextBytes(bytes);
            }

            @Override
            protected byte[] engineGenerateSeed(int numBytes) {
                return source.bytes(numBytes);
            }
        }
    }
}
