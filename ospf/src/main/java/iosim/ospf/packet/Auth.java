package iosim.ospf.packet;

/**
 * How packets on one interface are authenticated (RFC 2328 D, RFC 5709).
 *
 * @param type NONE (AuType 0), SIMPLE (1, an 8-byte password), MD5 or HMAC_SHA_* (2, keyed digest)
 * @param keyId the cryptographic key ID (0-255)
 * @param key the password or key bytes (ASCII as typed)
 */
public record Auth(Type type, int keyId, byte[] key) {
    public enum Type {
        NONE(0, 0), SIMPLE(1, 0), MD5(2, 16), HMAC_SHA1(2, 20), HMAC_SHA256(2, 32), HMAC_SHA384(2, 48), HMAC_SHA512(2, 64);

        public final int auType;
        public final int digestLength;

        Type(int auType, int digestLength) {
            this.auType = auType;
            this.digestLength = digestLength;
        }
    }

    public static final Auth NONE = new Auth(Type.NONE, 0, new byte[0]);

    public Auth {
        key = key.clone();
    }

    public static Auth simple(String password) {
        return new Auth(Type.SIMPLE, 0, password.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    public static Auth md5(int keyId, String key) {
        return new Auth(Type.MD5, keyId, key.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    public static Auth hmac(Type type, int keyId, String key) {
        return new Auth(type, keyId, key.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Auth a && a.type == type && a.keyId == keyId && java.util.Arrays.equals(a.key, key);
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + keyId;
    }

    @Override
    public String toString() {
        return "Auth[" + type + " key " + keyId + "]";
    }
}
