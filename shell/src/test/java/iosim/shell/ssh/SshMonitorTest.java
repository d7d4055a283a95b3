package iosim.shell.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.shell.cli.Router;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code terminal monitor} on a vty (the real OpenSSH client on a pseudo-terminal): log and debug
 * lines reach the SSH session only after it and stop after {@code terminal no monitor}; the
 * console line, by contrast, gets them per {@code logging console}. {@code show logging} counts
 * what the monitor lines got.
 */
class SshMonitorTest {
    @TempDir
    static Path dir;

    static Router router;
    static SshConsoleServer server;
    static SshRouter lab;

    @BeforeAll
    static void router() throws Exception {
        OpenSsh.require();
        lab = SshRouter.start(dir, List.of("hostname R1", "username admin privilege 15 secret cisco",
                "ip domain-name lab.example", "line vty 0 4", " login local", " transport input ssh"));
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
    void logLinesReachAVtyOnlyWhileTerminalMonitorIsOn() throws Exception {
        try (PtySsh ssh = PtySsh.open(server.boundPort(), "admin", "cisco", 40, 120, dir)) {
            ssh.expect("R1#", 20);
            router.syslog().log("%SYS-5-CONFIG_I: before monitor");
            ssh.type("show clock\r");
            ssh.expect("show clock", 10);
            ssh.expect("UTC", 10);
            ssh.expect("R1#", 10);

            ssh.type("terminal monitor\r");
            ssh.expect("terminal monitor", 10); // the echo, then the prompt after the command ran
            ssh.expect("R1#", 10);
            router.syslog().log("%LINK-3-UPDOWN: Interface Tunnel9, changed state to up");
            ssh.expect("%LINK-3-UPDOWN: Interface Tunnel9, changed state to up", 10);
            router.syslog().log("IKEv2:(SESSION ID = 1,SA ID = 1):a debug line");
            ssh.expect("a debug line", 10);

            ssh.type("terminal no monitor\r");
            ssh.expect("terminal no monitor", 10);
            ssh.expect("R1#", 10);
            router.syslog().log("%SYS-5-CONFIG_I: after no monitor");
            ssh.type("show logging | include Monitor logging\r");
            String shown = ssh.expect("messages logged", 10);
            assertThat(shown).contains("Monitor logging: level debugging, 2 messages logged");
            ssh.expect("R1#", 10);
            assertThat(ssh.all()).doesNotContain("before monitor").doesNotContain("after no monitor");
            ssh.type("exit\r");
            assertThat(ssh.ended(10)).isTrue();
        }
    }

    @Test
    void theExtendedPingDialogRunsOnAJLineVty() throws Exception {
        try (PtySsh ssh = PtySsh.open(server.boundPort(), "admin", "cisco", 40, 120, dir)) {
            ssh.expect("R1#", 20);
            ssh.type("ping\r");
            ssh.expect("Protocol [ip]: ", 10);
            ssh.type("\r");
            ssh.expect("Target IP address: ", 10);
            ssh.type("192.0.2.1\r");
            ssh.expect("Repeat count [5]: ", 10);
            ssh.type("2\r");
            ssh.expect("Datagram size [100]: ", 10);
            ssh.type("\r");
            ssh.expect("Timeout in seconds [2]: ", 10);
            ssh.type("0\r");
            ssh.expect("Extended commands [n]: ", 10);
            ssh.type("y\r");
            ssh.expect("Source address or interface: ", 10);
            ssh.type("\r");
            ssh.expect("Type of service [0]: ", 10);
            ssh.type("\r");
            ssh.expect("Set DF bit in IP header? [no]: ", 10);
            ssh.type("yes\r");
            ssh.expect("Validate reply data? [no]: ", 10);
            ssh.type("\r");
            ssh.expect("Data pattern [0xABCD]: ", 10);
            ssh.type("\r");
            ssh.expect("Loose, Strict, Record, Timestamp, Verbose[none]: ", 10);
            ssh.type("\r");
            ssh.expect("Sweep range of sizes [n]: ", 10);
            ssh.type("\r");
            String out = ssh.expect("Success rate is 0 percent (0/2)", 10);
            assertThat(out).contains("Sending 2, 100-byte ICMP Echos to 192.0.2.1, timeout is 0 seconds:")
                    .contains("Packet sent with the DF bit set");
            ssh.expect("R1#", 10);
            ssh.type("exit\r");
            assertThat(ssh.ended(10)).isTrue();
        }
    }
}
