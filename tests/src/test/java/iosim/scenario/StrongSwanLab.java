package iosim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs {@code ../shared/interop/strongswan-lab.sh} for the router-process interop tests (callers hold /tmp/sslab.lock). */
final class StrongSwanLab {
    private StrongSwanLab() {}

    /** Runs the lab script with {@code args}; its output, or an assertion failure when it fails or hangs. */
    static String lab(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Prerequisites.LAB_SCRIPT.toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("strongswan-lab.sh " + String.join(" ", args) + " timed out");
        }
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("strongswan-lab.sh " + String.join(" ", args) + ":\n" + text).isZero();
        return text;
    }

    /** The first group of {@code regex} in {@code text} as a number (fails when absent). */
    static long number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex + " in\n" + text).isTrue();
        return Long.parseLong(m.group(1));
    }
}
