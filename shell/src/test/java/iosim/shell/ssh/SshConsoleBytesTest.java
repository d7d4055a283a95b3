package iosim.shell.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The bytes an SSH console sends, as an automation client (Netmiko, scrapli, Ansible) receives
 * them: whatever TERM the client's pty request names, and without a pty or with an exec request,
 * plain text with no escape sequence at all: no keypad transmit/local ({@code ESC[?1h ESC=} /
 * {@code ESC[?1l ESC>}), no mouse-mode resets, no bracketed paste.
 */
class SshConsoleBytesTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String TYPED = "terminal length 0\rshow clock\rconfigure terminal\rinterface Loopback7\r"
            + "description automation\rend\rshow running-config | include automation\rexit\r";

    @TempDir
    static Path dir;

    static SshRouter lab;
    static SshClient client;

    @BeforeAll
    static void router() throws Exception {
        lab = SshRouter.start(dir, List.of(
                "hostname R1",
                "username admin privilege 15 secret cisco",
                "ip domain-name lab.example",
                "line vty 0 4",
                " login local",
                " transport input ssh"));
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (client != null) {
            client.stop();
        }
        if (lab != null) {
            lab.close();
        }
    }

    private static ClientSession login() throws Exception {
        ClientSession s = client.connect("admin", "127.0.0.1", lab.server().boundPort()).verify(WAIT).getSession();
        s.addPasswordIdentity("cisco");
        s.auth().verify(WAIT);
        return s;
    }

    /** An interactive shell: {@code term} in the pty request, or no pty at all (null). */
    private static byte[] shell(String term, String typed) throws Exception {
        try (ClientSession s = login(); ChannelShell ch = s.createShellChannel()) {
            if (term == null) {
                ch.setUsePty(false);
            } else {
                ch.setPtyType(term);
                ch.setPtyColumns(132);
                ch.setPtyLines(40);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ch.setIn(new ByteArrayInputStream(typed.getBytes(StandardCharsets.US_ASCII)));
            ch.setOut(out);
            ch.setErr(out);
            ch.open().verify(WAIT);
            ch.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
            return out.toByteArray();
        }
    }

    private static void assertPlain(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        String shown = text.replace("\u001b", "<ESC>").replace("\r", "<CR>");
        for (byte b : bytes) {
            // printable ASCII, CR, LF, BS (line editing) and BEL only
            assertThat(b >= 0x20 && b < 0x7f || b == '\r' || b == '\n' || b == '\b' || b == 7)
                    .as("byte 0x%02x in %s", b & 0xff, shown).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"vt100", "xterm", "xterm-256color", "screen", "ansi", "dumb", "linux"})
    void interactiveSessionSendsPlainTextWhateverTerm(String term) throws Exception {
        byte[] out = shell(term, TYPED);
        String text = new String(out, StandardCharsets.US_ASCII);
        assertPlain(out);
        assertThat(text).contains("R1#show clock\r\n*").contains("R1(config-if)#description automation\r\nR1(config-if)#end\r\n")
                .contains(" description automation\r\n").contains("R1#exit");
    }

    @Test
    void sessionWithoutPtyGetsPlainText() throws Exception {
        byte[] out = shell(null, TYPED.replace('\r', '\n'));
        assertPlain(out);
        assertThat(new String(out, StandardCharsets.US_ASCII)).contains("R1#show clock").contains("R1#exit");
    }

    @Test
    void execRequestGetsPlainText() throws Exception {
        try (ClientSession s = login(); ChannelExec ch = s.createExecChannel("show running-config | include hostname")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ch.setOut(out);
            ch.setErr(out);
            ch.open().verify(WAIT);
            ch.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
            assertPlain(out.toByteArray());
            assertThat(out.toString(StandardCharsets.US_ASCII)).contains("hostname R1");
        }
    }

    @Test
    void typedAheadLinesAreEchoedOnce() throws Exception {
        String text = new String(shell("vt100", "show clock\rexit\r"), StandardCharsets.US_ASCII);
        assertThat(text.split("show clock", -1)).hasSize(2);
    }
}
