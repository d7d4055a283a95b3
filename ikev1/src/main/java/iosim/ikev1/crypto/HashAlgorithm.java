package iosim.ikev1.crypto;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * IKEv1 phase 1 hash algorithms (RFC 2409 appendix A attribute 2; SHA-2 from RFC 4868 /
 * the IANA registry). The PRF is HMAC with the same hash (RFC 2409 4: no PRF attribute is
 * negotiated, so the HMAC version of the hash is used).
 */
public enum HashAlgorithm {
    MD5(1, "MD5", "HmacMD5", 16),
    SHA1(2, "SHA-1", "HmacSHA1", 20),
    SHA2_256(4, "SHA-256", "HmacSHA256", 32),
    SHA2_384(5, "SHA-384", "HmacSHA384", 48),
    SHA2_512(6, "SHA-512", "HmacSHA512", 64);

    private final int id;
    private final String digestName;
    private final String macName;
    private final int length;

    HashAlgorithm(int id, String digestName, String macName, int length) {
        this.id = id;
        this.digestName = digestName;
        this.macName = macName;
        this.length = length;
    }

    public int id() {
        return id;
    }

    public int length() {
        return length;
    }

    public static Optional<HashAlgorithm> ofId(long id) {
        for (HashAlgorithm h : values()) {
            if (h.id == id) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    /** prf(key, parts...) = HMAC over the concatenation of the parts. */
    public byte[] prf(byte[] key, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance(macName);
            // an empty key equals a single zero octet in HMAC (keys are zero-padded to the block)
            mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, macName));
            for (byte[] p : parts) {
                mac.update(p);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(macName + " unavailable", e);
        }
    }

    /** The plain hash over the concatenation of the parts (IVs, NAT-D). */
    public byte[] hash(byte[]... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance(digestName);
            for (byte[] p : parts) {
                md.update(p);
            }
            return md.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(digestName + " unavailable", e);
        }
    }
}
