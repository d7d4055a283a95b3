package iosim.ike.crypto;

import java.nio.charset.StandardCharsets;
import java.security.DrbgParameters;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * A NIST SP 800-90A DRBG (the JDK's default Hash_DRBG, SHA-256, 256-bit strength) owned by one
 * engine. The platform's default {@code new SecureRandom()} on Linux is NativePRNG: every call
 * reads /dev/urandom under one JVM-wide lock, so engines on different event loops contend; a
 * DRBG per engine is seeded once from the system entropy and then only computes hashes under its
 * own (uncontended) lock.
 */
final class DrbgRandom implements RandomSource {
    private final SecureRandom drbg;

    DrbgRandom() {
        this.drbg = newDrbg();
    }

    private static SecureRandom newDrbg() {
        byte[] personalization = ("iosim-ikev2/" + Thread.currentThread().getId() + "/" + System.nanoTime())
                .getBytes(StandardCharsets.US_ASCII);
        try {
            return SecureRandom.getInstance("DRBG",
                    DrbgParameters.instantiation(256, DrbgParameters.Capability.RESEED_ONLY, personalization));
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom(); // every JDK since 9 has DRBG; keep working if one does not
        }
    }

    @Override
    public void nextBytes(byte[] out) {
        drbg.nextBytes(out);
    }

    @Override
    public SecureRandom asSecureRandom() {
        return drbg;
    }
}
