package iosim.dataplane.ipsec.crypto;

import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** Overwrites the key schedule a JCE object keeps by initialising it with a throwaway random key. */
final class JceWipe {
    private static final SecureRandom RANDOM = new SecureRandom();

    private JceWipe() {}

    static void rekey(Cipher cipher, String algorithm, int keyLength) {
        byte[] junk = new byte[keyLength];
        RANDOM.nextBytes(junk);
        byte[] iv = new byte[cipher.getAlgorithm().startsWith("AES/CBC") ? 16 : cipher.getAlgorithm().startsWith("DES") ? 8 : 12];
        RANDOM.nextBytes(iv);
        try {
            String name = cipher.getAlgorithm();
            if (name.contains("GCM")) {
                cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(junk, algorithm), new GCMParameterSpec(128, iv));
            } else if (name.contains("ECB")) {
                cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(junk, algorithm));
            } else {
                cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(junk, algorithm), new IvParameterSpec(iv));
            }
        } catch (Exception e) {
            // best effort: the cipher object is dropped with the SA anyway
        }
    }

    static void rekey(Mac mac) {
        byte[] junk = new byte[32];
        RANDOM.nextBytes(junk);
        try {
            mac.init(new SecretKeySpec(junk, mac.getAlgorithm()));
        } catch (Exception e) {
            // best effort
        }
    }
}
