package iosim.config.model;

import java.security.KeyPair;
import java.time.Instant;

/**
 * A key pair made by {@code crypto key generate rsa|ec}: label, algorithm ({@code RSA} or
 * {@code EC}), size in bits, exportable flag, and when it was generated (null when unknown).
 * Not part of the running configuration text (IOS keeps keys in private NVRAM), shown by
 * {@code show crypto key mypubkey}.
 */
public record CryptoKey(String label, String algorithm, int bits, boolean exportable, KeyPair keyPair,
                        Instant generated) {
    /** A key whose generation time is not known. */
    public CryptoKey(String label, String algorithm, int bits, boolean exportable, KeyPair keyPair) {
        this(label, algorithm, bits, exportable, keyPair, null);
    }
}
