package iosim.ike.crypto;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** A keyed pseudo-random function prf(K, S) (RFC 7296 2.13, RFC 2409 4). Thread-safe (per-thread pooled Mac objects). */
public final class Prf {

    private final PrfAlgorithm algorithm;

    private Prf(PrfAlgorithm algorithm) {
        this.algorithm = algorithm;
    }

    public static Prf of(PrfAlgorithm algorithm) {
        return new Prf(algorithm);
    }

    public PrfAlgorithm algorithm() {
        return algorithm;
    }

    public int outputLength() {
        return algorithm.outputLength();
    }

    /** prf(key, data[0] | data[1] | ...). */
    public byte[] compute(byte[] key, byte[]... data) {
        Mac mac = newMac(key);
        for (byte[] d : data) {
            mac.update(d);
        }
        return mac.doFinal();
    }

    /** A Mac initialised with {@code key}, for callers that feed data in pieces. */
    public Mac newMac(byte[] key) {
        try {
            Mac mac = JcaPool.mac(algorithm.jcaName());
            // HMAC accepts any key length, including empty (RFC 2104); SecretKeySpec does not.
            mac.init(key.length == 0 ? new EmptyKey(algorithm.jcaName()) : new SecretKeySpec(key, algorithm.jcaName()));
            return mac;
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("bad PRF key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm.jcaName() + " not available", e);
        }
    }

    /** A zero-length HMAC key. */
    private record EmptyKey(String getAlgorithm) implements javax.crypto.SecretKey {
        @Override
        public String getFormat() {
            return "RAW";
        }

        @Override
        public byte[] getEncoded() {
            return new byte[0];
        }
    }
}
