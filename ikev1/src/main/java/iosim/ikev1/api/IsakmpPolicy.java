package iosim.ikev1.api;

import iosim.ike.crypto.DhGroup;
import iosim.ikev1.crypto.CipherAlgorithm;
import iosim.ikev1.crypto.HashAlgorithm;

/**
 * One phase 1 proposal, as an IOS {@code crypto isakmp policy N}: encryption (with its key
 * size in bits, 0 for DES/3DES), hash, authentication, DH group, lifetime in seconds.
 */
public record IsakmpPolicy(int priority, CipherAlgorithm cipher, int keyBits, HashAlgorithm hash, AuthMethod auth,
                           DhGroup group, long lifetimeSeconds) {

    public static final long DEFAULT_LIFETIME = 86_400;

    public IsakmpPolicy {
        if (!cipher.acceptsKeyBits(keyBits)) {
            throw new IllegalArgumentException(cipher + " with " + keyBits + "-bit key");
        }
        if (lifetimeSeconds <= 0) {
            throw new IllegalArgumentException("lifetime " + lifetimeSeconds);
        }
    }

    public static IsakmpPolicy psk(int priority, CipherAlgorithm cipher, int keyBits, HashAlgorithm hash, DhGroup group) {
        return new IsakmpPolicy(priority, cipher, keyBits, hash, AuthMethod.PRE_SHARE, group, DEFAULT_LIFETIME);
    }

    public IsakmpPolicy withLifetime(long seconds) {
        return new IsakmpPolicy(priority, cipher, keyBits, hash, auth, group, seconds);
    }

    public int keyLength() {
        return cipher.keyLength(keyBits);
    }
}
