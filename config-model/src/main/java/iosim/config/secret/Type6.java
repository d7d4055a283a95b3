package iosim.config.secret;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Type 6 (AES-encrypted, reversible) secrets under the master key of
 * {@code key config-key password-encrypt}. iosim's own format, not byte-compatible with Cisco's:
 *
 * <pre>
 *   text  = base64url without padding ( nonce(12) | AES-256-GCM ciphertext | tag(16) )
 *   key   = SHA-256( "iosim-type6" | 0x00 | UTF-8(master key) | 0x00 | nonce )
 *   GCM IV = nonce, no associated data, plaintext = UTF-8 of the cleartext secret
 * </pre>
 *
 * A fresh random nonce per encryption (the same key never gives the same text twice); a wrong
 * master key or an altered text fails the GCM tag and yields {@link Optional#empty()}.
 */
public final class Type6 {
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Type6() {}

    public static String encrypt(String plain, String masterKey) {
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        try {
            Cipher c = cipher(Cipher.ENCRYPT_MODE, masterKey, nonce);
            byte[] ct = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] all = new byte[NONCE + ct.length];
            System.arraycopy(nonce, 0, all, 0, NONCE);
            System.arraycopy(ct, 0, all, NONCE, ct.length);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(all);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** The cleartext, or empty if {@code text} is not type 6 under this master key. */
    public static Optional<String> decrypt(String text, String masterKey) {
        if (text == null || masterKey == null) {
            return Optional.empty();
        }
        byte[] all;
        try {
            all = Base64.getUrlDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (all.length < NONCE + TAG_BITS / 8) {
            return Optional.empty();
        }
        byte[] nonce = Arrays.copyOf(all, NONCE);
        try {
            Cipher c = cipher(Cipher.DECRYPT_MODE, masterKey, nonce);
            byte[] pt = c.doFinal(all, NONCE, all.length - NONCE);
            return Optional.of(new String(pt, StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    private static Cipher cipher(int mode, String masterKey, byte[] nonce) throws GeneralSecurityException {
        MessageDigest d = MessageDigest.getInstance("SHA-256");
        d.update("iosim-type6".getBytes(StandardCharsets.US_ASCII));
        d.update((byte) 0);
        d.update(masterKey.getBytes(StandardCharsets.UTF_8));
        d.update((byte) 0);
        d.update(nonce);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, new SecretKeySpec(d.digest(), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        return c;
    }
}
