package iosim.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lab's one terminal on a real pty: switching consoles many times (Ctrl-D, the Ctrl-Shift-6 x
 * chord, {@code ~NAME} lines), {@code ?} and Tab at {@code lab>}, each router's session kept, and
 * Ctrl-C/Ctrl-D at {@code lab>} asking before the lab stops.
 */
class LabConsolePtyTest {
    @TempDir
    Path tmp;

    @Test
    void switchingBackAndForthNeverLosesTheTerminal() throws Exception {
        if (!PtyIosim.available()) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("prerequisite missing under CI=true: util-linux script (a pty)");
            }
            Assumptions.abort("skipped: needs util-linux script for a pty");
        }
        Path lab = LabFixtures.defaultLab(tmp);
        try (PtyIosim t = PtyIosim.start(List.of("lab", lab.toString(), "--state", tmp.resolve("state").toString()),
                40, 120)) {
            t.expect("Press RETURN to get started!", 90);
            t.type("\r");
            t.expect("SITE-A>", 20);
            t.type("enable\r");
            t.expect("Password:", 10);
            t.type("class\r");
            t.expect("SITE-A#", 10);
            for (int round = 0; round < 12; round++) {
                // Ctrl-D on an empty line: the lab prompt, with ? and Tab
                t.type("\u0004");
                t.expect("lab> ", 10);
                t.type("?");
                String help = t.expect("routers", 10);
                assertThat(help).contains("console").contains("quit");
                t.expect("SITE-B", 10);
                t.type("rou\t");
                t.expect("routers ", 10);
                t.type("\r");
                String listing = t.expect("SITE-B ", 10);
                assertThat(listing).contains("SITE-A#").contains("running");
                t.type("SI?");
                t.expect("SITE-B", 10);
                t.type("\u0015SITE-B\r");
                t.expect("[SITE-B console", 10);
                if (round == 0) {
                    t.expect("Press RETURN to get started!", 10);
                    t.type("\r");
                }
                t.expect("SITE-B>", 10);
                // the chord back to lab>, then a ~NAME line straight to ISP, then back to SITE-A
                t.type("\u001ex");
                t.expect("lab> ", 10);
                t.type("ISP\r");
                t.expect("[ISP console", 10);
                if (round == 0) {
                    t.expect("Press RETURN to get started!", 10);
                    t.type("\r");
                }
                t.expect("ISP>", 10);
                t.type("~SITE-A\r");
                t.expect("[SITE-A console]", 10);
                t.expect("SITE-A#", 10); // still privileged: the session was kept
                t.type("show clock\r");
                t.expect("UTC", 10);
                t.expect("SITE-A#", 10);
            }
            // Ctrl-C at lab> asks; 'n' keeps the lab; Ctrl-D asks again; Enter stops it
            t.type("\u0004");
            t.expect("lab> ", 10);
            t.type("\u0003");
            t.expect("[confirm]", 10);
            t.type("n\r");
            t.expect("lab> ", 10);
            t.type("routers\r");
            t.expect("SITE-B ", 10);
            t.type("\u0004");
            t.expect("[confirm]", 10);
            t.type("\r");
            assertThat(t.ended(30)).as("the lab stopped after the confirmation").isTrue();
            assertThat(t.all()).doesNotContain("Exception").doesNotContain("dumb terminal");
        }
    }
}
