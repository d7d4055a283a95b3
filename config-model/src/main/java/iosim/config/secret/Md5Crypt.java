package iosim.config.secret;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/** The FreeBSD MD5-crypt ({@code $1$salt$hash}) used by IOS type 5 secrets. */
final class Md5Crypt {
    private static final String MAGIC = "$1$";

    private Md5Crypt() {
    }

    static String crypt(String password, String salt) {
        byte[] pw = password.getBytes(StandardCharsets.UTF_8);
        byte[] s = salt.getBytes(StandardCharsets.UTF_8);
        MessageDigest ctx = md5();
        ctx.update(pw);
        ctx.update(MAGIC.getBytes(StandardCharsets.US_ASCII));
        ctx.update(s);
        MessageDigest alt = md5();
        alt.update(pw);
        alt.update(s);
        alt.update(pw);
        byte[] f = alt.digest();
        for (int len = pw.length; len > 0; len -= 16) {
            ctx.update(f, 0, Math.min(16, len));
        }
        for (int i = pw.length; i != 0; i >>>= 1) {
            if ((i & 1) != 0) {
                ctx.update((byte) 0);
            } else {
                ctx.update(pw[0]);
            }
        }
        f = ctx.digest();
        for (int i = 0; i < 1000; i++) {
            MessageDigest r = md5();
            r.update((i & 1) != 0 ? pw : f);
            if (i % 3 != 0) {
                r.update(s);
            }
            if (i % 7 != 0) {
                r.update(pw);
            }
            r.update((i & 1) != 0 ? f : pw);
            f = r.digest();
        }
        StringBuilder out = new StringBuilder(MAGIC).append(salt).append('$');
        int[][] groups = {{0, 6, 12}, {1, 7, 13}, {2, 8, 14}, {3, 9, 15}, {4, 10, 5}};
        for (int[] g : groups) {
            to64(out, ((f[g[0]] & 0xff) << 16) | ((f[g[1]] & 0xff) << 8) | (f[g[2]] & 0xff), 4);
        }
        to64(out, f[11] & 0xff, 2);
        Arrays.fill(pw, (byte) 0);
        return out.toString();
    }

    private static void to64(StringBuilder out, int v, int n) {
        for (int i = 0; i < n; i++) {
            out.append(CiscoBase64.ALPHABET.charAt(v & 0x3f));
            v >>>= 6;
        }
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
