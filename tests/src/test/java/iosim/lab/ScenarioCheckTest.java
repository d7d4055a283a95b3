package iosim.lab;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.shell.cli.CliSession;
import iosim.shell.console.StdinConsole;
import iosim.shell.lab.LabShell;
import iosim.shell.lab.RunningLab;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every fault scenario's {@code lab> check}: NOT FIXED on the lab as shipped, FIXED once the fix
 * its README gives (the "The fix" section, typed on the router it names) is applied.
 */
class ScenarioCheckTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"psk-mismatch", "phase1-mismatch", "phase2-transform-mismatch", "acl-mismatch"})
    void checkSaysNotFixedAsShippedAndFixedAfterTheReadmesFix(String scenario) throws Exception {
        Path dir = LabFixtures.lab(scenario, tmp);
        Map<String, List<String>> fix = readmeFix(dir.resolve("README.md"));
        assertThat(fix).as("README.md of " + scenario + " has a fix section").isNotEmpty();
        try (RunningLab lab = RunningLab.start(dir, new PrintStream(OutputStream.nullOutputStream()))) {
            LabShell shell = new LabShell(lab, n -> null);
            String before = shell.execute("check").text();
            assertThat(before).as(before).contains("Result: NOT FIXED").contains("[FAIL]");

            for (Map.Entry<String, List<String>> e : fix.entrySet()) {
                List<String> lines = new ArrayList<>(List.of("enable", "class"));
                lines.addAll(e.getValue());
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
                StdinConsole console = new StdinConsole(new BufferedReader(new StringReader(String.join("\n", lines) + "\n")), ps);
                console.run(new CliSession(lab.router(e.getKey()).router(), console, "console"));
                assertThat(out.toString(StandardCharsets.UTF_8)).as(out.toString(StandardCharsets.UTF_8))
                        .doesNotContain("% Invalid").doesNotContain("% Incomplete").doesNotContain("% Ambiguous");
            }
            String after = shell.execute("check").text();
            assertThat(after).as(after).contains("Result: FIXED").doesNotContain("[FAIL]");
        }
    }

    /** The README's "## The fix" section: each "On ROUTER" paragraph's indented block of commands. */
    static Map<String, List<String>> readmeFix(Path readme) throws Exception {
        Map<String, List<String>> out = new LinkedHashMap<>();
        boolean inFix = false;
        String router = null;
        for (String line : Files.readAllLines(readme, StandardCharsets.UTF_8)) {
            if (line.startsWith("## ")) {
                inFix = line.startsWith("## The fix");
                router = null;
                continue;
            }
            if (!inFix) {
                continue;
            }
            if (line.startsWith("On ")) {
                router = line.substring(3).split("[ :]")[0];
                out.put(router, new ArrayList<>());
            } else if (router != null && line.startsWith("    ")) {
                out.get(router).add(line.substring(4));
            }
        }
        return out;
    }
}
