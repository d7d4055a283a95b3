package iosim.config.model;

/**
 * A pre-shared key: {@code type} 0 (cleartext, usable by IKE) or 6 (AES-encrypted with a
 * master key the simulator does not have: kept as typed, not usable).
 */
public record PresharedKey(int type, String key) {
    public String iosText() {
        return type == 0 ? key : type + " " + key;
    }
}
