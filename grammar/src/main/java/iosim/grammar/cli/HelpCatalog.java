package iosim.grammar.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The {@code ?} help strings: one properties file per grammar under
 * {@code iosim/grammar/help/<Grammar>.properties}. Keys (see grammar/README.md):
 * <ul>
 *   <li>{@code <literal>}: a keyword's help, e.g. {@code crypto = Encryption module};</li>
 *   <li>{@code <rule>.<literal>}: overrides it inside that rule (the innermost rule holding
 *       the keyword);</li>
 *   <li>{@code @<rule>} (or {@code @<rule>.<TOKEN>}): a value position inside the rule; the
 *       value is the IOS placeholder then the help, e.g.
 *       {@code @crypto_map_seq = <1-65535> Sequence to insert into crypto map entry}.</li>
 * </ul>
 */
public final class HelpCatalog {
    /** The grammars of {@code Ios.g4}'s import line, plus the root. */
    public static final List<String> GRAMMARS = List.of(
            "Ios", "Common", "Exec", "FileSystem", "Archive", "Capture", "Config", "System", "Interface", "Ip", "CryptoIkev2", "RemoteAccess", "CryptoIsakmp",
            "CryptoIpsec", "Pki", "Line", "Ospf");

    private final Map<String, String> entries;
    private final Map<String, Placeholder> placeholders = new HashMap<>();

    private HelpCatalog(Map<String, String> entries) {
        this.entries = entries;
        entries.forEach((k, v) -> {
            if (k.startsWith("@")) {
                placeholders.put(k, Placeholder.parse(v));
            }
        });
    }

    /** Loads every grammar's help file found on the class path. */
    public static HelpCatalog load() {
        Map<String, String> all = new HashMap<>();
        for (String g : GRAMMARS) {
            String res = "/iosim/grammar/help/" + g + ".properties";
            try (InputStream in = HelpCatalog.class.getResourceAsStream(res)) {
                if (in == null) {
                    continue;
                }
                Properties p = new Properties();
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String k : p.stringPropertyNames()) {
                    all.put(k, p.getProperty(k).strip());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new HelpCatalog(all);
    }

    /** Builds a catalog from explicit entries (tests). */
    public static HelpCatalog of(Map<String, String> entries) {
        return new HelpCatalog(new HashMap<>(entries));
    }

    /** The help of a keyword inside a rule, or null when none is written. */
    public String keyword(String rule, String literal) {
        String scoped = entries.get(rule + "." + literal);
        return scoped != null ? scoped : entries.get(literal);
    }

    /** The placeholder of a value position inside a rule, or null when none is written. */
    public Placeholder value(String rule, String tokenName) {
        Placeholder p = placeholders.get("@" + rule + "." + tokenName);
        return p != null ? p : placeholders.get("@" + rule);
    }
}
