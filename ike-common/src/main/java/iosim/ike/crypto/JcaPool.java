package iosim.ike.crypto;

import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;

/**
 * Per-thread reuse of JCA {@link Mac} and {@link Cipher} objects: {@code getInstance} (the
 * provider lookup) costs several times more than the HMAC or AES work on a small IKE message.
 * Callers always {@code init} before use, so no key or IV outlives a call.
 */
final class JcaPool {

    private static final ThreadLocal<Map<String, Mac>> MACS = ThreadLocal.withInitial(HashMap::new);
    private static final ThreadLocal<Map<String, Cipher>> CIPHERS = ThreadLocal.withInitial(HashMap::new);

    private JcaPool() {
    }

    static Mac mac(String algorithm) throws GeneralSecurityException {
        Map<String, Mac> m = MACS.get();
        Mac mac = m.get(algorithm);
        if (mac == null) {
            mac = Mac.getInstance(algorithm);
            m.put(algorithm, mac);
        }
        return mac;
    }

    static Cipher cipher(String transformation) throws GeneralSecurityException {
        Map<String, Cipher> m = CIPHERS.get();
        Cipher c = m.get(transformation);
        if (c == null) {
            c = Cipher.getInstance(transformation);
            m.put(transformation, c);
        }
        return c;
    }
}
