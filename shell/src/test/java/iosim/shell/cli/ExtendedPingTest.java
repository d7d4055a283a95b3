package iosim.shell.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The extended ping dialog: questions in IOS's order, defaults, answers, and IOS's errors. */
class ExtendedPingTest {
    /** Answers questions from a list, recording what was asked and printed. */
    static final class Scripted implements Terminal {
        final Deque<String> answers;
        final StringBuilder seen = new StringBuilder();

        Scripted(String... answers) {
            this.answers = new ArrayDeque<>(List.of(answers));
        }

        @Override
        public void print(String text) {
            seen.append(text);
        }

        @Override
        public String confirm(String question) {
            seen.append(question).append('\n');
            return "";
        }

        @Override
        public String ask(String question) {
            String a = answers.poll();
            seen.append(question).append(a == null ? "" : a).append('\n');
            return a;
        }

        @Override
        public String readSecret(String question) {
            return null;
        }

        @Override
        public boolean interactive() {
            return false;
        }
    }

    @Test
    void defaultsEverywhereButTheTarget() {
        Scripted t = new Scripted("", "10.0.0.1", "", "", "", "", "");
        PingSpec s = new ExtendedPing(t).run();
        assertThat(s).isEqualTo(PingSpec.of("10.0.0.1"));
        assertThat(t.seen.toString()).isEqualTo("""
                Protocol [ip]:\s
                Target IP address: 10.0.0.1
                Repeat count [5]:\s
                Datagram size [100]:\s
                Timeout in seconds [2]:\s
                Extended commands [n]:\s
                Sweep range of sizes [n]:\s
                """);
    }

    @Test
    void extendedCommandsAndSweep() {
        Scripted t = new Scripted("ip", "10.0.0.1", "3", "200", "1", "y", "GigabitEthernet0/1", "", "yes", "", "",
                "v", "", "y", "100", "110", "5");
        PingSpec s = new ExtendedPing(t).run();
        assertThat(s).isEqualTo(new PingSpec("10.0.0.1", 3, 100, 110, 5, 1, "GigabitEthernet0/1", true, 0, false,
                0xABCD, true));
        assertThat(s.total()).isEqualTo(9);
        assertThat(t.seen.toString()).contains("Loose, Strict, Record, Timestamp, Verbose[none]: v\n"
                + "Loose, Strict, Record, Timestamp, Verbose[V]: \n")
                .contains("Sweep min size [36]: 100\nSweep max size [18024]: 110\nSweep interval [1]: 5\n");
    }

    @Test
    void typeOfServicePatternAndValidationAreTaken() {
        Scripted t = new Scripted("", "10.0.0.1", "", "", "", "y", "", "184", "", "y", "0x1234", "", "");
        PingSpec s = new ExtendedPing(t).run();
        assertThat(s).isEqualTo(new PingSpec("10.0.0.1", 5, 100, 100, 1, 2, null, false, 184, true, 0x1234, false));
        assertThat(t.seen.toString()).doesNotContain("%");
    }

    @Test
    void badAnswersEndTheDialogWithIosErrors() {
        assertThat(error("ipx")).endsWith("% Unknown protocol - \"ipx\", type \"ping ?\" for help\n");
        assertThat(error("", "")).endsWith("Target IP address: \n% Bad IP address\n");
        assertThat(error("", "host.example")).endsWith("% Unrecognized host or address, or protocol not running.\n\n");
        assertThat(error("", "10.0.0.1", "0")).endsWith("% A decimal number between 1 and 2147483647.\n");
        assertThat(error("", "10.0.0.1", "", "20")).endsWith("% A decimal number between 36 and 18024.\n");
        assertThat(error("", "10.0.0.1", "", "", "x")).endsWith("% A decimal number between 0 and 3600.\n");
        assertThat(error("", "10.0.0.1", "", "", "", "maybe")).endsWith("% Please answer 'yes' or 'no'.\n");
        assertThat(error("", "10.0.0.1", "", "", "", "y", "Serial 0")).contains("% Invalid source.");
        assertThat(error("", "10.0.0.1", "", "", "", "y", "", "256")).endsWith("% A decimal number between 0 and 255.\n");
        assertThat(error("", "10.0.0.1", "", "", "", "y", "", "", "", "", "0xZZ"))
                .endsWith("% A hexadecimal number between 0x0 and 0xFFFF.\n");
        assertThat(error("", "10.0.0.1")).doesNotContain("%"); // input ended: no ping, no error
    }

    private static String error(String... answers) {
        Scripted t = new Scripted(answers);
        assertThat(new ExtendedPing(t).run()).isNull();
        return t.seen.toString();
    }
}
