package iosim.dataplane.ipsec.crypto;

import java.util.Arrays;
import javax.crypto.SecretKey;

/**
 * A raw secret key whose bytes we own and can wipe ({@link javax.crypto.spec.SecretKeySpec}
 * cannot be destroyed). JCE providers get clones from {@link #getEncoded()}.
 */
public final class ZeroableKey implements SecretKey {
    private static final long serialVersionUID = 1L;

    private final String algorithm;
    private final byte[] key;
    private boolean destroyed;

    public ZeroableKey(String algorithm, byte[] source, int offset, int length) {
        this.algorithm = algorithm;
        this.key = Arrays.copyOfRange(source, offset, offset + length);
    }

    @Override public String getAlgorithm() { return algorithm; }
    @Override public String getFormat() { return "RAW"; }

    @Override
    public byte[] getEncoded() {
        if (destroyed) {
            throw new IllegalStateException("key destroyed");
        }
        return key.clone();
    }

    public int length() { return key.length; }

    @Override
    public void destroy() {
        Arrays.fill(key, (byte) 0);
        destroyed = true;
    }

    @Override
    public boolean isDestroyed() { return destroyed; }

    /** True when every byte of our copy is zero (what tests check after SA removal). */
    public boolean isWiped() {
        for (byte b : key) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
