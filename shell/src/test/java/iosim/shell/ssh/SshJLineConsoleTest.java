package iosim.shell.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.shell.cli.CliSession;
import iosim.shell.cli.LoginPrivilege;
import iosim.shell.cli.Router;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An SSH session gets the same JLine console as the local terminal: the real OpenSSH client on a
 * real pseudo-terminal, typed into key by key (Tab, {@code ?} without Enter, the Up arrow,
 * {@code --More--} after a window's worth of lines, the window size following the client's).
 */
class SshJLineConsoleTest {
    private static final String UP = "\u001bOA"; // the Up arrow in keypad-transmit mode (vt100)

    @TempDir
    static Path dir;

    static Router router;
    static SshConsoleServer server;
    static SshRouter lab;

    @BeforeAll
    static void router() throws Exception {
        OpenSsh.require();
        List<String> cfg = new ArrayList<>(List.of(
                "hostname R1",
                "username admin privilege 15 secret cisco",
                "ip domain-name lab.example",
                "line vty 0 4",
                " login local",
                " transport input ssh"));
        for (int i = 1; i <= 60; i++) {
            cfg.add("ip access-list extended LONG" + i);
            cfg.add(" permit ip host 10.0.0." + i + " any");
        }
        lab = SshRouter.start(dir, cfg);
        router = lab.router();
        server = lab.server();
    }

    @AfterAll
    static void stop() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void tabCompletesQuestionMarkListsAndUpRecallsWithoutEnter() throws Exception {
        try (PtySsh ssh = PtySsh.open(server.boundPort(), "admin", "cisco", 40, 100, dir)) {
            ssh.expect("R1#", 20);
            ssh.type("sh\t");
            ssh.expect("show ", 10); // Tab completed the keyword, no Enter typed
            ssh.type("ip ?");
            String help = ssh.expect("IP routing table", 10); // the help at once, no Enter typed
            assertThat(help).contains("R1#show ip ?").contains("arp");
            ssh.expect("R1#show ip ", 10); // then the line typed again
            ssh.type("\u0015show clock\r"); // Ctrl-U empties the line; a command
            ssh.expect("UTC", 10);
            ssh.expect("R1#", 10);
            ssh.type(UP);
            ssh.expect("show clock", 10); // history
            ssh.type("\u0015exit\r");
            assertThat(ssh.ended(10)).isTrue();
        }
    }

    @Test
    void longOutputPausesAtMoreAfterAWindowOfLinesAndFollowsWindowChanges() throws Exception {
        try (PtySsh ssh = PtySsh.open(server.boundPort(), "admin", "cisco", 20, 100, dir)) {
            ssh.expect("R1#", 20);
            ssh.type("show running-config\r");
            String page = ssh.expect("--More--", 15);
            // the pty request said 20 rows: 19 lines of output, then --More--
            int lines = page.substring(page.indexOf("show running-config")).split("\n", -1).length - 2;
            assertThat(lines).isEqualTo(19);
            ssh.type(" ");
            ssh.expect("--More--", 10); // space: the next page
            ssh.type("q");
            ssh.expect("R1#", 10); // any other key: the rest is dropped
            assertThat(ssh.sinceMark()).doesNotContain("LONG60");

            ssh.resize(12, 100); // window-change: terminal length follows
            // ssh sends the window-change when SIGWINCH reaches it, which may be after the next
            // keys: the page shrinks by the next command or a few later (bounded)
            List<Integer> pages = new ArrayList<>();
            for (int attempt = 0; attempt < 5 && !pages.contains(11); attempt++) {
                ssh.type("show running-config\r");
                page = ssh.expect("--More--", 15);
                pages.add(page.substring(page.indexOf("show running-config")).split("\n", -1).length - 2);
                ssh.type("q");
                ssh.expect("R1#", 10);
            }
            assertThat(pages).contains(11).allMatch(n -> n == 11 || n == 19);

            ssh.type("terminal length 0\r");
            ssh.expect("R1#", 10);
            ssh.type("show running-config\r");
            String all = ssh.expect("LONG60", 15);
            all += ssh.expect("\nend", 15);
            assertThat(all).doesNotContain("--More--");
            ssh.type("exit\r");
            assertThat(ssh.ended(10)).isTrue();
        }
    }

    @Test
    void showUsersListsTheConsoleAndEachVtyWithAStarOnOwnLine() throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L; // earlier sessions free their lines just after the end
        while (!server.lines().sessions().isEmpty() && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(10_000_000L);
        }
        try (PtySsh ssh = PtySsh.open(server.boundPort(), "admin", "cisco", 40, 100, dir)) {
            ssh.expect("R1#", 20);
            // a second session (an exec request) while the interactive one holds vty 0
            OpenSsh.Result exec = OpenSsh.run(server.boundPort(), "admin", "cisco", "show users", null, false, 20);
            assertThat(exec.out()).containsPattern("(?m)^ {3}0 con 0 ")
                    .containsPattern("(?m)^ {3}2 vty 0     admin      idle {17}\\d\\d:\\d\\d:\\d\\d   127\\.0\\.0\\.1$")
                    .containsPattern("(?m)^\\*  3 vty 1     admin      idle {17}00:00:00   127\\.0\\.0\\.1$");
            ssh.type("show users\r");
            String mine = ssh.expect("Peer Address", 10);
            assertThat(mine.replace("\r", "")).containsPattern("(?m)^\\*  2 vty 0     admin ")
                    .containsPattern("(?m)^ {3}0 con 0 ").doesNotContainPattern("(?m)^.  3 vty 1");
            ssh.type("exit\r");
            assertThat(ssh.ended(10)).isTrue();
        }
        StringBuilder con = new StringBuilder();
        CliSession s = new CliSession(router, new StreamTerminal(new PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                con.append((char) b);
            }
        }, true, StandardCharsets.UTF_8)), "console");
        s.execute("show users");
        assertThat(con.toString()).containsPattern("(?m)^\\*  0 con 0 ");
    }

    @Test
    void clearLineVtyEndsThatSession() throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!server.lines().sessions().isEmpty() && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(10_000_000L);
        }
        try (PtySsh ssh = PtySsh.open(server.boundPort(), "admin", "cisco", 40, 100, dir)) {
            ssh.expect("R1#", 20);
            String vty = server.lines().sessions().get(0).lineName().substring(3);
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            CliSession con = new CliSession(router, new StreamTerminal(new PrintStream(b, true, StandardCharsets.UTF_8)),
                    "console");
            LoginPrivilege.start(con, 15);
            con.execute("clear line vty " + vty);
            assertThat(b.toString(StandardCharsets.UTF_8)).contains("[confirm]").contains(" [OK]");
            assertThat(ssh.ended(10)).as("the client was disconnected").isTrue();
        }
    }
}
