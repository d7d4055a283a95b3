package iosim.config.secret;

import java.util.Optional;

/** IOS type 7 "hidden" passwords: a reversible XOR with a fixed key (not a hash). */
public final class Type7 {
    private static final String KEY = "dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87";

    private Type7() {
    }

    /** Encodes with the given seed (0-15), e.g. {@code encode("cisco", 2)}. */
    public static String encode(String plain, int seed) {
        StringBuilder out = new StringBuilder(String.format("%02d", seed));
        for (int i = 0; i < plain.length(); i++) {
            int c = plain.charAt(i) ^ KEY.charAt((seed + i) % KEY.length());
            out.append(String.format("%02X", c & 0xff));
        }
        return out.toString();
    }

    /** Decodes; empty when the text is not a valid type 7 string. */
    public static Optional<String> decode(String encoded) {
        if (encoded.length() < 2 || encoded.length() % 2 != 0 || !encoded.matches("[0-9]{2}[0-9A-Fa-f]*")) {
            return Optional.empty();
        }
        int seed = Integer.parseInt(encoded.substring(0, 2));
        if (seed > 15) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        for (int i = 2, k = 0; i < encoded.length(); i += 2, k++) {
            int b = Integer.parseInt(encoded.substring(i, i + 2), 16);
            out.append((char) (b ^ KEY.charAt((seed + k) % KEY.length())));
        }
        return Optional.of(out.toString());
    }
}
