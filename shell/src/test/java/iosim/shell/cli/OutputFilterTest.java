package iosim.shell.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutputFilterTest {
    private static final String CONFIG = "hostname R1\n!\ncrypto map M 10 ipsec-isakmp \n set peer 1.1.1.1\n match address A\n"
            + "!\ninterface GigabitEthernet0/0\n ip address 1.1.1.2 255.255.255.0\n crypto map M\n!\nend\n";

    @Test
    void includeExcludeBeginCount() {
        assertThat(new OutputFilter(OutputFilter.Kind.INCLUDE, "crypto map").apply(CONFIG))
                .isEqualTo("crypto map M 10 ipsec-isakmp \n crypto map M\n");
        assertThat(new OutputFilter(OutputFilter.Kind.EXCLUDE, "^ |!").apply(CONFIG))
                .isEqualTo("hostname R1\ncrypto map M 10 ipsec-isakmp \ninterface GigabitEthernet0/0\nend\n");
        assertThat(new OutputFilter(OutputFilter.Kind.BEGIN, "^interface").apply(CONFIG))
                .startsWith("interface GigabitEthernet0/0\n").endsWith("end\n");
        assertThat(new OutputFilter(OutputFilter.Kind.COUNT, "map").apply(CONFIG))
                .isEqualTo("Number of lines which match regexp = 2\n");
    }

    @Test
    void sectionKeepsChildren() {
        assertThat(new OutputFilter(OutputFilter.Kind.SECTION, "crypto map").apply(CONFIG))
                .isEqualTo("crypto map M 10 ipsec-isakmp \n set peer 1.1.1.1\n match address A\n"
                        + "interface GigabitEthernet0/0\n crypto map M\n");
    }

    @Test
    void badRegexMatchesLiterally() {
        assertThat(new OutputFilter(OutputFilter.Kind.INCLUDE, "([").apply("a([b\nc\n")).isEqualTo("a([b\n");
    }
}
