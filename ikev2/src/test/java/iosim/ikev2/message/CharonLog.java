package iosim.ikev2.message;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test support: the values a level-4 charon log prints ({@code label => N bytes @ addr}
 * followed by hex dump lines) and its message summaries
 * ({@code generating IKE_AUTH request 1 [ IDi N(INIT_CONTACT) ... ]}).
 */
public final class CharonLog {

    /** One dumped value; {@code sa} is the IKE SA unique id ({@code <s2s|2>} gives 2), or 0. */
    public record Value(int sa, String label, byte[] bytes) {
    }

    /** One message summary line. */
    public record Summary(int sa, boolean generated, String exchange, boolean response, long messageId,
                          List<String> payloads) {
    }

    private static final Pattern VALUE = Pattern.compile("(?:<(?:[^|>]*\\|)?(\\d+)> )?(.+?) => (\\d+) bytes @ ");
    private static final Pattern HEX = Pattern.compile(
            "^\\S+ \\d+\\[\\w+\\] (?:<[^>]*> )?\\s*\\d+: ((?:[0-9A-F]{2} ?)+)");
    private static final Pattern SUMMARY = Pattern.compile(
            "<(?:[^|>]*\\|)?(\\d+)> (generating|parsed) (\\w+) (request|response) (\\d+) \\[ ?(.*?) ?\\]");

    private final List<Value> values = new ArrayList<>();
    private final List<Summary> summaries = new ArrayList<>();

    public CharonLog(String resourceName) {
        String text = new String(Captures.resource(resourceName), StandardCharsets.UTF_8);
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int body = line.indexOf(']') + 2; // after "HH:MM:SS.mmm NN[XXX] "
            String rest = body > 1 && body <= line.length() ? line.substring(body) : line;
            Matcher s = SUMMARY.matcher(rest);
            if (s.find()) {
                List<String> payloads = s.group(6).isBlank() ? List.of() : List.of(s.group(6).trim().split(" "));
                summaries.add(new Summary(Integer.parseInt(s.group(1)), s.group(2).equals("generating"), s.group(3),
                        s.group(4).equals("response"), Long.parseLong(s.group(5)), payloads));
                continue;
            }
            Matcher v = VALUE.matcher(rest);
            if (!v.lookingAt()) {
                continue;
            }
            int n = Integer.parseInt(v.group(3));
            byte[] bytes = new byte[n];
            int got = 0;
            while (got < n && i + 1 < lines.length) {
                Matcher h = HEX.matcher(lines[i + 1]);
                if (!h.find()) {
                    break;
                }
                i++;
                for (String hx : h.group(1).trim().split(" ")) {
                    if (got < n) {
                        bytes[got++] = (byte) Integer.parseInt(hx, 16);
                    }
                }
            }
            values.add(new Value(v.group(1) == null ? 0 : Integer.parseInt(v.group(1)), v.group(2).trim(), bytes));
        }
    }

    public List<Value> values() {
        return values;
    }

    public List<Summary> summaries() {
        return summaries;
    }

    /** The n-th (0-based) value with this label, optionally for one IKE SA (sa 0 = any). */
    public byte[] value(String label, int sa, int index) {
        int seen = 0;
        for (Value v : values) {
            if (v.label().equals(label) && (sa == 0 || v.sa() == sa)) {
                if (seen++ == index) {
                    return v.bytes();
                }
            }
        }
        throw new IllegalArgumentException("no value '" + label + "' #" + index + " for SA " + sa);
    }

    public byte[] value(String label) {
        return value(label, 0, 0);
    }
}
