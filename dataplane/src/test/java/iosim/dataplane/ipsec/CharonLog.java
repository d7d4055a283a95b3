package iosim.dataplane.ipsec;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the hex dumps a level-4 strongSwan charon log prints ("label => N bytes @ ..."). */
final class CharonLog {
    private static final Pattern DUMP = Pattern.compile("\\] (?:<[^>]*> )?(.*?) => (\\d+) bytes @");
    private static final Pattern HEX_LINE = Pattern.compile("\\]\\s+(?:<[^>]*>)?\\s+\\d+: ((?:[0-9A-F]{2} ){1,16})");

    private final List<String> lines;

    CharonLog(Path file) throws IOException {
        this.lines = Files.readAllLines(file);
    }

    /** The first dump with this label, e.g. "encryption initiator key". */
    byte[] dump(String label) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = DUMP.matcher(lines.get(i));
            if (m.find() && m.group(1).equals(label)) {
                int n = Integer.parseInt(m.group(2));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (int j = i + 1; j < lines.size() && out.size() < n; j++) {
                    Matcher h = HEX_LINE.matcher(lines.get(j));
                    if (!h.find()) {
                        break;
                    }
                    out.writeBytes(Packets.hex(h.group(1)));
                }
                return java.util.Arrays.copyOf(out.toByteArray(), n);
            }
        }
        throw new IllegalArgumentException("no dump labelled " + label);
    }

    /** The SPI of the first "adding inbound|outbound ESP SA" block. */
    long spi(String direction) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).endsWith("adding " + direction + " ESP SA")) {
                Matcher m = Pattern.compile("SPI 0x([0-9a-f]{8})").matcher(lines.get(i + 1));
                if (m.find()) {
                    return Long.parseLong(m.group(1), 16);
                }
            }
        }
        throw new IllegalArgumentException("no " + direction + " SA");
    }
}
