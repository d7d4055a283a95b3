package iosim.shell.controller;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.shell.cli.PingSpec;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extended ping's type of service, data pattern and reply-data validation reach the
 * dataplane: the echoes go out and come back with the pattern, and validation passes.
 */
class ExtendedPingOptionsTest {
    @TempDir
    Path tmp;
    LabFixture lab;

    @AfterEach
    void down() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void typeOfServicePatternAndValidatedReplies() {
        lab = new LabFixture(tmp);
        RouterRuntime a = lab.boot("SITE-A", "seed-site-to-site/SITE-A.cfg");
        lab.boot("ISP", "seed-site-to-site/ISP.cfg");
        lab.link("SITE-A", "GigabitEthernet0/0", "ISP", "GigabitEthernet0/0");
        lab.settle();
        assertThat(lab.prime("SITE-A", "203.0.113.1")).isTrue();

        StringBuilder out = new StringBuilder();
        a.exec().ping(new PingSpec("203.0.113.1", 5, 100, 100, 1, 2, null, false, 0xb8, true, 0x1234, false),
                out::append);
        assertThat(out.toString()).contains("Reply data will be validated\n").contains("\n!!!!!\n")
                .contains("Success rate is 100 percent (5/5)").doesNotContain("bad data");

        StringBuilder verbose = new StringBuilder();
        a.exec().ping(new PingSpec("203.0.113.1", 2, 36, 37, 1, 2, null, false, 0, true, 0x0000, true),
                verbose::append);
        assertThat(verbose.toString()).contains("Reply to request 0 (").contains("Reply to request 3 (")
                .contains("Success rate is 100 percent (4/4)").doesNotContain("bad data");
    }
}
