package iosim.config.secret;

import java.util.Base64;

/** Base64 with Cisco's crypt alphabet ({@code ./0-9A-Za-z}), no padding, as in {@code $8$}/{@code $9$}. */
final class CiscoBase64 {
    static final String ALPHABET = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String STANDARD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private CiscoBase64() {
    }

    static String encode(byte[] data) {
        String std = Base64.getEncoder().withoutPadding().encodeToString(data);
        StringBuilder out = new StringBuilder(std.length());
        for (char c : std.toCharArray()) {
            out.append(ALPHABET.charAt(STANDARD.indexOf(c)));
        }
        return out.toString();
    }
}
