package iosim.ike.crypto;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One direction's integrity key: the truncated HMAC of an {@link IntegrityAlgorithm} over a
 * range of a buffer (IKEv2 SK payloads, IKEv1 and ESP ICVs). Immutable and thread-safe.
 */
public final class IntegrityKey {

    private final IntegrityAlgorithm algorithm;
    private final SecretKeySpec key;

    private IntegrityKey(IntegrityAlgorithm algorithm, SecretKeySpec key) {
        this.algorithm = algorithm;
        this.key = key;
    }

    /** @throws IllegalArgumentException if {@code key} is not {@link IntegrityAlgorithm#keyLength()} octets */
    public static IntegrityKey of(IntegrityAlgorithm algorithm, byte[] key) {
        if (key.length != algorithm.keyLength()) {
            throw new IllegalArgumentException("bad integrity key length " + key.length);
        }
        return new IntegrityKey(algorithm, new SecretKeySpec(key.clone(), algorithm.jcaName()));
    }

    public IntegrityAlgorithm algorithm() {
        return algorithm;
    }

    /** Writes the truncated ICV of {@code buf[off, off+len)} at {@code buf[icvOff, icvOff+icvLength)}. */
    public void sign(byte[] buf, int off, int len, int icvOff) {
        System.arraycopy(fullMac(buf, off, len), 0, buf, icvOff, algorithm.icvLength());
    }

    /** True if the ICV at {@code icvOff} matches {@code buf[off, off+len)} (constant time). */
    public boolean verify(byte[] buf, int off, int len, int icvOff) {
        if (icvOff < 0 || icvOff + algorithm.icvLength() > buf.length) {
            return false;
        }
        byte[] mac = Arrays.copyOf(fullMac(buf, off, len), algorithm.icvLength());
        return MessageDigest.isEqual(mac, Arrays.copyOfRange(buf, icvOff, icvOff + algorithm.icvLength()));
    }

    private byte[] fullMac(byte[] buf, int off, int len) {
        try {
            Mac m = JcaPool.mac(algorithm.jcaName());
            m.init(key);
            m.update(buf, off, len);
            return m.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm.jcaName() + " not available", e);
        }
    }
}
