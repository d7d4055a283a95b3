package iosim.shell.cli;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.config.mode.Mode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliSessionTest {
    @TempDir
    Path dir;

    private TestRouter router() throws Exception {
        return new TestRouter(dir, null);
    }

    @Test
    void bootsIntoUserExecAndWalksTheModes() throws Exception {
        TestRouter r = router();
        assertThat(r.session.prompt()).isEqualTo("Router>");
        r.run("enable");
        assertThat(r.session.prompt()).isEqualTo("Router#");
        assertThat(r.run("conf t")).isEqualTo("Enter configuration commands, one per line.  End with CNTL/Z.\n");
        assertThat(r.session.prompt()).isEqualTo("Router(config)#");
        r.run("crypto ikev2 keyring K", "peer P");
        assertThat(r.session.prompt()).isEqualTo("Router(config-ikev2-keyring-peer)#");
        r.run("exit");
        assertThat(r.session.mode()).isEqualTo(Mode.IKEV2_KEYRING);
        r.run("end");
        assertThat(r.session.prompt()).isEqualTo("Router#");
        assertThat(r.router.syslog().lines()).containsExactly(
                "*Mar  3 09:42:13.507: %SYS-5-CONFIG_I: Configured from console by console");
        r.run("disable");
        assertThat(r.session.prompt()).isEqualTo("Router>");
    }

    @Test
    void parentModeCommandFallsThroughAndThePromptMovesUp() throws Exception {
        TestRouter r = router();
        r.run("enable", "configure terminal", "crypto ikev2 keyring K", "peer P");
        r.run("crypto ikev2 profile PROF");
        assertThat(r.session.prompt()).isEqualTo("Router(config-ikev2-profile)#");
        r.run("hostname R1");
        assertThat(r.session.prompt()).isEqualTo("R1(config)#");
    }

    @Test
    void caretCountsThePrompt() throws Exception {
        TestRouter r = router();
        r.run("enable");
        assertThat(r.run("show crypto ikev3 sa")).isEqualTo(
                "                   ^\n% Invalid input detected at '^' marker.\n\n");
        r.run("conf t");
        assertThat(r.run("hostname")).isEqualTo("% Incomplete command.\n\n");
        assertThat(r.run("crypto ikev2 proposal P", "encryption aes-cbc-999")).endsWith(
                " ".repeat(41) + "^\n% Invalid input detected at '^' marker.\n\n");
    }

    @Test
    void anInterfaceTheRouterDoesNotHaveIsInvalidInputUnderItsName() throws Exception {
        TestRouter r = router();
        r.run("enable");
        String invalid = "% Invalid input detected at '^' marker.\n\n";
        // "Router#show interfaces " is 23 columns; the abbreviation is answered the same way
        assertThat(r.run("show interfaces GigabitEthernet0/9")).isEqualTo(" ".repeat(23) + "^\n" + invalid);
        assertThat(r.run("show interfaces Loopback7")).isEqualTo(" ".repeat(23) + "^\n" + invalid);
        assertThat(r.run("sh int  gi0/7")).isEqualTo(" ".repeat(15) + "^\n" + invalid);
        assertThat(r.run("clear counters Tunnel5")).isEqualTo(" ".repeat(22) + "^\n" + invalid);
        assertThat(r.run("show interfaces GigabitEthernet0/1")).startsWith("GigabitEthernet0/1 is ");
        r.run("conf t", "interface Loopback7", "end");
        assertThat(r.run("show interfaces Loopback7")).startsWith("Loopback7 is ");
        assertThat(r.run("conf t")).isNotEmpty();
        // do from config mode: the caret counts the config prompt and "do "
        assertThat(r.run("do show interfaces Tunnel3")).isEqualTo(" ".repeat(34) + "^\n" + invalid);
    }

    @Test
    void ambiguousAndUnknownWords() throws Exception {
        TestRouter r = router();
        r.run("enable");
        assertThat(r.run("show c")).isEqualTo("% Ambiguous command:  \"show c\"\n");
        // IOS has send, set, setup, show, ssh ...: one letter is ambiguous although iosim has only show
        assertThat(r.run("s")).isEqualTo("% Ambiguous command:  \"s\"\n");
        assertThat(r.run("re")).isEqualTo("% Ambiguous command:  \"re\"\n");
        assertThat(r.run("sh clock")).startsWith("*");
        assertThat(r.run("frobnicate")).isEqualTo("Translating \"frobnicate\"...domain server (255.255.255.255)\n"
                + "% Unknown command or computer name, or unable to find computer address\n");
        assertThat(r.run("frobnicate now")).isEqualTo("                  ^\n% Invalid input detected at '^' marker.\n\n");
    }

    @Test
    void userExecHidesPrivilegedCommands() throws Exception {
        TestRouter r = router();
        assertThat(r.run("configure terminal")).contains("% Invalid input detected");
        assertThat(r.run("show running-config")).isEqualTo("            ^\n% Invalid input detected at '^' marker.\n\n");
        assertThat(r.help("show r")).isEqualTo("% Unrecognized command\n");
        assertThat(r.session.prompt()).isEqualTo("Router>");
    }

    @Test
    void enableAsksForTheSecret() throws Exception {
        TestRouter r = router();
        r.run("enable", "conf t", "enable secret 5 $1$abcd$ofJb3YcbYuAu5VuIH736J1", "end", "disable");
        r.term.answers.add("wrong");
        r.term.answers.add("s3cret");
        assertThat(r.run("enable")).isEqualTo("Password: \nPassword: \n");
        assertThat(r.session.prompt()).isEqualTo("Router#");
        r.run("disable");
        r.term.answers.add("a");
        r.term.answers.add("b");
        r.term.answers.add("c");
        assertThat(r.run("enable")).endsWith("% Bad secrets\n\n");
        assertThat(r.session.prompt()).isEqualTo("Router>");
    }

    @Test
    void doRunsExecCommandsWithoutLeavingTheMode() throws Exception {
        TestRouter r = router();
        r.run("enable", "conf t", "interface Loopback0");
        assertThat(r.run("do show clock")).isEqualTo("*09:42:13.507 UTC Tue Mar 3 2026\n");
        assertThat(r.session.prompt()).isEqualTo("Router(config-if)#");
        assertThat(r.run("do sh run | include ^interface Loop")).isEqualTo("interface Loopback0\n");
    }

    @Test
    void controlZReturnsToPrivilegedExec() throws Exception {
        TestRouter r = router();
        r.run("enable", "conf t", "interface gi0/1");
        r.session.controlZ();
        assertThat(r.session.prompt()).isEqualTo("Router#");
    }

    @Test
    void showRunningConfigHeaderCountsTheBytes() throws Exception {
        TestRouter r = router();
        r.run("enable");
        String out = r.run("show running-config");
        String body = r.running();
        assertThat(out).startsWith("Building configuration...\n\nCurrent configuration : " + body.length() + " bytes\n");
        assertThat(out).endsWith("end\n");
    }

    @Test
    void writeMemoryThenReloadRestoresTheConfiguration() throws Exception {
        TestRouter r = router();
        r.run("enable", "conf t", "hostname EDGE", "interface Loopback7", "ip address 10.7.7.7 255.255.255.255", "end");
        assertThat(r.run("write memory")).isEqualTo("Building configuration...\n[OK]\n");
        String saved = r.running();
        assertThat(Files.readString(r.nvram)).isEqualTo(saved);
        r.run("conf t", "hostname OTHER", "end");
        assertThat(r.run("reload")).startsWith("Proceed with reload? [confirm]\n");
        assertThat(r.session.prompt()).isEqualTo("EDGE>");
        assertThat(r.running()).isEqualTo(saved);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("startup.cfg");
        }
    }

    @Test
    void startupConfigShowsUsageAndEraseRemovesIt() throws Exception {
        TestRouter r = router();
        r.run("enable");
        assertThat(r.run("show startup-config")).isEqualTo("startup-config is not present\n");
        r.run("copy running-config startup-config");
        assertThat(r.run("show startup-config")).startsWith("Using " + r.running().length() + " out of 33554432 bytes\n!");
        assertThat(r.run("erase startup-config")).isEqualTo(
                "Erasing the nvram filesystem will remove all configuration files! Continue? [confirm]\n[OK]\nErase of nvram: complete\n");
        assertThat(Files.exists(r.nvram)).isFalse();
    }

    @Test
    void badStartupLinesAreReportedWithFileAndLineAndTheRestLoads() throws Exception {
        TestRouter r = new TestRouter(dir, "hostname R9\ncrypto ikev3 proposal X\ninterface Loopback1\n ip adress 1.1.1.1 255.255.255.255\n description still loads\n");
        assertThat(r.router.boot()).containsExactly(
                "startup.cfg:2: crypto ikev3 proposal X",
                "                      ^",
                "% Invalid input detected at '^' marker.",
                "startup.cfg:4:  ip adress 1.1.1.1 255.255.255.255",
                "                   ^",
                "% Invalid input detected at '^' marker.");
        assertThat(r.running()).contains("hostname R9").contains(" description still loads");
    }

    @Test
    void helpListsNextWordsAndPartialWords() throws Exception {
        TestRouter r = router();
        r.run("enable", "conf t");
        assertThat(r.help("crypto ipsec transform-set T esp-aes 256 esp-sha256-hmac ")).contains("<cr>");
        r.run("crypto ipsec transform-set T esp-aes 256 esp-sha256-hmac");
        assertThat(r.help("mode ")).isEqualTo(
                "  transport  transport (payload encapsulation) mode\n"
                        + "  tunnel     tunnel (datagram encapsulation) mode\n\n");
        assertThat(r.help("mo")).isEqualTo("mode\n\n");
        assertThat(r.session.complete("mo")).contains("mode ");
    }

    @Test
    void historyKeepsTheLastTenExecLines() throws Exception {
        TestRouter r = router();
        r.run("enable");
        for (int i = 0; i < 12; i++) {
            r.run("show clock");
        }
        String h = r.run("show history");
        assertThat(h.lines()).hasSize(10).allMatch(l -> l.equals("  show clock") || l.equals("  show history"));
    }
}
