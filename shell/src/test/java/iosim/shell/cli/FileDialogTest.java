package iosim.shell.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file commands' questions answered otherwise than by Enter (a transcript takes the defaults). */
class FileDialogTest {
    @TempDir
    Path dir;

    @Test
    void declinedOverwriteKeepsTheFileAndAnotherNameIsTaken() throws Exception {
        TestRouter r = new TestRouter(dir, "hostname R1\n");
        r.run("enable");
        r.run("copy running-config flash:a.cfg");
        byte[] before = r.router.flash().read("a.cfg");
        r.run("configure terminal", "hostname R2", "end");
        r.term.answers.add("");
        r.term.answers.add("n");
        String out = r.run("copy running-config flash:a.cfg");
        assertThat(out).isEqualTo("Destination filename [a.cfg]? \n%Warning:There is a file already existing with this name \n"
                + "Do you want to over write? [confirm]\n");
        assertThat(r.router.flash().read("a.cfg")).isEqualTo(before);

        r.term.answers.add("b.cfg");
        out = r.run("copy running-config flash:a.cfg");
        assertThat(out).startsWith("Destination filename [a.cfg]? \n").contains(" bytes copied in ");
        assertThat(new String(r.router.flash().read("b.cfg"), StandardCharsets.UTF_8)).contains("hostname R2");

        r.term.answers.add("");
        r.term.answers.add("n");
        out = r.run("delete flash:b.cfg");
        assertThat(out).isEqualTo("Delete filename [b.cfg]? \nDelete flash:/b.cfg? [confirm]\n");
        assertThat(r.router.flash().stat("b.cfg")).isPresent();

        out = r.run("delete /force flash:b.cfg");
        assertThat(out).isEmpty();
        assertThat(r.router.flash().stat("b.cfg")).isEmpty();
    }

    @Test
    void userExecHasNoFileCommands() throws Exception {
        TestRouter r = new TestRouter(dir, "hostname R1\n");
        assertThat(r.run("dir")).contains("Translating \"dir\"...domain server"); // a host name to connect to, as IOS
        assertThat(r.run("copy running-config flash:x")).contains("% Invalid input detected at '^' marker.");
    }
}
