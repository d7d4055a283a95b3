package iosim.config.model;

/**
 * A password as IOS stores it: {@code type} 5 (MD5-crypt), 7 (reversible "hidden"), 8
 * (PBKDF2-SHA256) or 9 (scrypt), and the text that follows the type in the configuration.
 * Never holds a cleartext password.
 */
public record HashedSecret(int type, String value) {
    public HashedSecret {
        if (type != 5 && type != 7 && type != 8 && type != 9) {
            throw new IllegalArgumentException("unsupported secret type " + type);
        }
    }

    @Override
    public String toString() {
        return type + " " + value;
    }
}
