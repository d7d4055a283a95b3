package iosim.config.apply;

import iosim.config.RunningConfig;
import iosim.config.model.Ikev2Keyring;
import iosim.config.model.Ikev2KeyringPeer;
import iosim.config.model.PresharedKey;
import iosim.config.secret.Type6;
import java.util.function.UnaryOperator;

/**
 * Type 6 handling of the keyrings' pre-shared keys: encrypting cleartext keys when
 * {@code password encryption aes} has a master key, re-encrypting under a new master key, and
 * the key a typed {@code pre-shared-key} line stores.
 */
final class KeyringSecrets {
    static final String NO_MASTER_KEY = "WARNING: Type 6 encryption: no master key is configured"
            + " (key config-key password-encrypt); this type 6 key cannot be decrypted and will not be used";
    static final String BAD_TYPE6 = "WARNING: Type 6 encryption: this key does not decrypt with the configured"
            + " master key and will not be used";

    private KeyringSecrets() {}

    /** The key to store for a typed {@code pre-shared-key [0|6] KEY}: cleartext becomes type 6 when encrypting. */
    static PresharedKey typed(RunningConfig c, int type, String text) {
        if (type == 0 && c.passwordEncryption().encrypting()) {
            return new PresharedKey(6, Type6.encrypt(text, c.passwordEncryption().masterKey()));
        }
        return new PresharedKey(type, text);
    }

    /** The warning for a stored key IOS could not use, or null. */
    static String warning(RunningConfig c, PresharedKey k) {
        if (k == null || k.type() != 6) {
            return null;
        }
        String master = c.passwordEncryption().masterKey();
        if (master == null) {
            return NO_MASTER_KEY;
        }
        return Type6.decrypt(k.key(), master).isPresent() ? null : BAD_TYPE6;
    }

    /** Every cleartext keyring key becomes type 6 (after {@code password encryption aes} or a new master key). */
    static boolean encryptAll(RunningConfig c) {
        String master = c.passwordEncryption().masterKey();
        return master != null && c.passwordEncryption().aes() && forEachKey(c, k -> k.type() == 0
                ? new PresharedKey(6, Type6.encrypt(k.key(), master)) : k);
    }

    /** A changed master key: type 6 keys readable under {@code oldKey} are encrypted again under the new one. */
    static boolean reencrypt(RunningConfig c, String oldKey, String newKey) {
        if (oldKey == null) {
            return false;
        }
        return forEachKey(c, k -> k.type() != 6 ? k : Type6.decrypt(k.key(), oldKey)
                .map(plain -> new PresharedKey(6, Type6.encrypt(plain, newKey))).orElse(k));
    }

    private static boolean forEachKey(RunningConfig c, UnaryOperator<PresharedKey> f) {
        boolean changed = false;
        for (Ikev2Keyring ring : c.ikev2Keyrings().values()) {
            for (Ikev2KeyringPeer p : ring.peers()) {
                PresharedKey a = map(p.presharedKey(), f);
                PresharedKey l = map(p.localKey(), f);
                PresharedKey r = map(p.remoteKey(), f);
                changed |= a != p.presharedKey() || l != p.localKey() || r != p.remoteKey();
                p.setPresharedKey(a);
                p.setLocalKey(l);
                p.setRemoteKey(r);
            }
        }
        return changed;
    }

    private static PresharedKey map(PresharedKey k, UnaryOperator<PresharedKey> f) {
        return k == null ? null : f.apply(k);
    }
}
