package iosim.dataplane.ipsec;

import iosim.dataplane.ipsec.crypto.IntegrityAlgorithm;
import iosim.dataplane.ipsec.crypto.SequenceBytes;
import iosim.dataplane.ipsec.crypto.ZeroableKey;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The HMAC of one AH SA (RFC 4302 with HMAC-SHA1-96 / HMAC-SHA2), reused per packet. */
final class AhAuthenticator {
    private final ZeroableKey key;
    private final Mac mac;
    private final int icvLength;
    private final byte[] out;
    private final byte[] esnHigh = new byte[4];

    AhAuthenticator(IntegrityAlgorithm algorithm, byte[] integrityKey) {
        if (algorithm == IntegrityAlgorithm.NONE || integrityKey.length != algorithm.keyLength()) {
            throw new IllegalArgumentException("AH needs a " + algorithm.keyLength() + "-byte " + algorithm + " key");
        }
        this.key = new ZeroableKey(algorithm.jceName(), integrityKey, 0, integrityKey.length);
        this.icvLength = algorithm.icvLength();
        this.out = new byte[algorithm.keyLength()];
        try {
            this.mac = Mac.getInstance(algorithm.jceName());
            mac.init(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JDK lacks " + algorithm, e);
        }
    }

    int icvLength() { return icvLength; }

    /** Computes the full MAC over {@code a[off, off+len)} (+ ESN high half) into an internal buffer. */
    byte[] compute(byte[] a, int off, int len, long seq, boolean esn) {
        mac.update(a, off, len);
        if (esn) {
            SequenceBytes.putInt(esnHigh, 0, (int) (seq >>> 32));
            mac.update(esnHigh, 0, 4);
        }
        try {
            mac.doFinal(out, 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    void destroy() {
        key.destroy();
        Arrays.fill(out, (byte) 0);
        byte[] junk = new byte[32];
        new SecureRandom().nextBytes(junk);
        try {
            mac.init(new SecretKeySpec(junk, mac.getAlgorithm()));
        } catch (GeneralSecurityException e) {
            // the Mac is dropped with the SA
        }
    }

    boolean isWiped() { return key.isWiped(); }
}
