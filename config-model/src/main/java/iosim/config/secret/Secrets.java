package iosim.config.secret;

import iosim.config.model.HashedSecret;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.generators.SCrypt;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Hashing and checking of IOS secrets: type 9 (scrypt N=16384 r=1 p=1), type 8
 * (PBKDF2-HMAC-SHA256, 20000 rounds), type 5 (MD5-crypt) and type 7 (reversible).
 */
public final class Secrets {
    private static final Pattern TYPE9 = Pattern.compile("\\$9\\$[./0-9A-Za-z]{14}\\$[./0-9A-Za-z]{43}");
    private static final Pattern TYPE8 = Pattern.compile("\\$8\\$[./0-9A-Za-z]{14}\\$[./0-9A-Za-z]{43}");
    private static final Pattern TYPE5 = Pattern.compile("\\$1\\$[./0-9A-Za-z]{1,8}\\$[./0-9A-Za-z]{22}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** Hashes a cleartext secret the way current IOS does by default: type 9. */
    public static HashedSecret hashType9(String plain) {
        return new HashedSecret(9, type9(plain, randomSalt(14)));
    }

    /** Hides a cleartext password as type 7 (what {@code service password-encryption} shows). */
    public static HashedSecret hideType7(String plain) {
        return new HashedSecret(7, Type7.encode(plain, RANDOM.nextInt(16)));
    }

    /** Accepts an already hashed secret typed with its type number; empty when malformed. */
    public static Optional<HashedSecret> fromHashed(int type, String value) {
        boolean ok = switch (type) {
            case 9 -> TYPE9.matcher(value).matches();
            case 8 -> TYPE8.matcher(value).matches();
            case 5 -> TYPE5.matcher(value).matches();
            case 7 -> Type7.decode(value).isPresent();
            default -> false;
        };
        return ok ? Optional.of(new HashedSecret(type, value)) : Optional.empty();
    }

    /** True when the cleartext matches the stored secret. */
    public static boolean matches(HashedSecret secret, String plain) {
        String v = secret.value();
        String computed = switch (secret.type()) {
            case 9 -> type9(plain, v.substring(3, 17));
            case 8 -> type8(plain, v.substring(3, 17));
            case 5 -> Md5Crypt.crypt(plain, v.substring(3, v.indexOf('$', 3)));
            case 7 -> Type7.decode(v).orElse(null);
            default -> null;
        };
        String expected = secret.type() == 7 ? plain : v;
        return computed != null && MessageDigest.isEqual(
                computed.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    static String type9(String plain, String salt) {
        byte[] key = SCrypt.generate(plain.getBytes(StandardCharsets.UTF_8),
                salt.getBytes(StandardCharsets.US_ASCII), 16384, 1, 1, 32);
        return "$9$" + salt + "$" + CiscoBase64.encode(key);
    }

    static String type8(String plain, String salt) {
        PKCS5S2ParametersGenerator gen = new PKCS5S2ParametersGenerator(new SHA256Digest());
        gen.init(plain.getBytes(StandardCharsets.UTF_8), salt.getBytes(StandardCharsets.US_ASCII), 20000);
        byte[] key = ((KeyParameter) gen.generateDerivedParameters(256)).getKey();
        return "$8$" + salt + "$" + CiscoBase64.encode(key);
    }

    static String type5(String plain, String salt) {
        return Md5Crypt.crypt(plain, salt);
    }

    private static String randomSalt(int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(CiscoBase64.ALPHABET.charAt(RANDOM.nextInt(CiscoBase64.ALPHABET.length())));
        }
        return s.toString();
    }
}
