package iosim.config.model;

/**
 * A pre-shared key as the configuration holds it: {@code type} 0 (cleartext) or 6 (AES-encrypted
 * under the master key of {@code key config-key password-encrypt}, see
 * {@link iosim.config.secret.Type6}; usable only while that master key is configured).
 */
public record PresharedKey(int type, String key) {
    public String iosText() {
        return type == 0 ? key : type + " " + key;
    }
}
