package iosim.shell.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** crypto pki enroll (self-signed) and the dialogs' answers to bad input; the chain survives a reload. */
class PkiCommandsTest {
    @TempDir
    Path dir;

    @Test
    void selfSignedEnrollmentStoresTheCertificateAndItSurvivesWriteMemoryAndBoot() throws Exception {
        TestRouter r = new TestRouter(dir, "hostname R1\nip domain name lab.example\n");
        r.run("enable");
        r.run("configure terminal", "crypto key generate ec keysize 256 label R1-EC", "crypto pki trustpoint SELF",
                "enrollment selfsigned", "eckeypair R1-EC", "end");
        r.term.answers.addAll(List.of("no", "no", "yes"));
        String out = r.run("crypto pki enroll SELF");
        assertThat(out).contains("% Include the router serial number in the subject name? [yes/no]: ",
                "Generate Self Signed Router Certificate? [yes/no]: ", "Router Self Signed Certificate successfully created");
        assertThat(r.running()).contains("crypto pki certificate chain SELF\n certificate self-signed 01\n  30");
        assertThat(r.run("show crypto pki certificates")).startsWith("Router Self-Signed Certificate\n  Status: Available\n"
                + "  Certificate Serial Number (hex): 01\n  Certificate Usage: General Purpose\n  Issuer: \n"
                + "    hostname=R1.lab.example\n  Subject:\n    Name: R1.lab.example\n    hostname=R1.lab.example\n");
        assertThat(r.run("show crypto pki trustpoints")).contains("Trustpoint SELF:\n    Subject Name: \n"
                + "    hostname=R1.lab.example\n          Serial Number (hex): 01\n    Certificate configured.\n");
        r.term.answers.add("");
        r.run("write memory");
        String saved = r.running();

        TestRouter again = new TestRouter(dir, null);
        assertThat(again.running()).isEqualTo(saved);
    }

    @Test
    void badInputIsAnswered() throws Exception {
        TestRouter r = new TestRouter(dir, "hostname R1\nip domain name lab.example\n");
        r.run("enable");
        assertThat(r.run("crypto pki enroll NOPE")).isEqualTo("% Trustpoint NOPE not found\n");
        r.run("configure terminal", "crypto pki trustpoint URL", "enrollment url http://10.0.0.1", "exit",
                "crypto pki trustpoint TERM", "enrollment terminal", "end");
        assertThat(r.run("crypto pki authenticate URL")).contains("is not available in iosim: use enrollment terminal");
        assertThat(r.run("crypto pki import TERM certificate")).contains("% You must authenticate the Certificate Authority");
        r.term.answers.addAll(List.of("not base64 at all!", "quit"));
        assertThat(r.run("crypto pki authenticate TERM")).contains("% Error in saving certificate: status = FAIL");
        assertThat(r.run("crypto pki enroll TERM")).contains("% You must authenticate the Certificate Authority before");
        assertThat(r.running()).doesNotContain("certificate chain");
        r.run("disable");
        assertThat(r.run("crypto pki enroll TERM")).contains("% Invalid input detected at '^' marker.");
    }
}
