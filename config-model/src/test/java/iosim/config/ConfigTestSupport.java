package iosim.config;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.config.render.RunningConfigRenderer;
import java.util.Arrays;
import java.util.List;

/** Shared helpers: run lines, render, pick blocks of the rendered text. */
final class ConfigTestSupport {
    private ConfigTestSupport() {
    }

    static String render(RunningConfig c) {
        return new RunningConfigRenderer().render(c);
    }

    /** Runs lines that must all be accepted; returns the script. */
    static ConfigScript ok(String... lines) {
        ConfigScript s = ConfigScript.of(lines);
        assertThat(s.errors).as("rejected lines").isEmpty();
        return s;
    }

    /** The lines of the rendered configuration. */
    static List<String> lines(RunningConfig c) {
        return Arrays.asList(render(c).split("\n", -1));
    }

    /** The block that starts with the given header line, up to (not including) the next top-level line. */
    static String block(RunningConfig c, String header) {
        List<String> all = lines(c);
        int start = all.indexOf(header);
        assertThat(start).as("block " + header + " in\n" + render(c)).isGreaterThanOrEqualTo(0);
        StringBuilder b = new StringBuilder(header).append('\n');
        for (int i = start + 1; i < all.size() && all.get(i).startsWith(" "); i++) {
            b.append(all.get(i)).append('\n');
        }
        return b.toString();
    }
}
