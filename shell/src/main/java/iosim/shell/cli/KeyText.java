package iosim.shell.cli;

import iosim.config.model.CryptoKey;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Locale;

/**
 * {@code show crypto key mypubkey rsa|ec}: per key pair its generation time, name, type, storage
 * and usage, and the public key (DER SubjectPublicKeyInfo) in IOS's hex layout: groups of 8
 * digits, 8 groups a line. Pure function.
 */
final class KeyText {
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC' MMM d yyyy",
            Locale.ENGLISH);

    private KeyText() {}

    static String mypubkey(Collection<CryptoKey> keys, String algorithm) {
        StringBuilder sb = new StringBuilder();
        for (CryptoKey k : keys) {
            if (!k.algorithm().equalsIgnoreCase(algorithm)) {
                continue;
            }
            if (k.generated() != null) {
                sb.append("% Key pair was generated at: ").append(GENERATED.format(k.generated().atOffset(ZoneOffset.UTC)))
                        .append('\n');
            }
            sb.append("Key name: ").append(k.label()).append('\n');
            sb.append("Key type: ").append(k.algorithm().equals("EC") ? "EC KEYS" : "RSA KEYS").append('\n');
            sb.append(" Storage Device: private-config\n");
            sb.append(" Usage: General Purpose Key\n");
            sb.append(k.exportable() ? " Key is exportable." : " Key is not exportable.").append(" Redundancy enabled.\n");
            sb.append(" Key Data:\n");
            String hex = HexFormat.of().withUpperCase().formatHex(k.keyPair().getPublic().getEncoded());
            for (int line = 0; line < hex.length(); line += 64) {
                sb.append(' ');
                for (int g = line; g < Math.min(line + 64, hex.length()); g += 8) {
                    sb.append(' ').append(hex, g, Math.min(g + 8, hex.length()));
                }
                sb.append(line + 64 < hex.length() ? " \n" : "\n");
            }
        }
        return sb.toString();
    }
}
