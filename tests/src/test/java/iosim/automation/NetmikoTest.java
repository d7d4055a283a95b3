package iosim.automation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real Netmiko (Debian's python3-netmiko, driving paramiko) against SITE-A's SSH console in the
 * default lab, as a network-automation user would: connect as a user-EXEC login, enable,
 * send_command, send_config_set, save_config. Fails on a console that sends terminal modes
 * (keypad transmit, mouse resets) Netmiko's prompt detection trips over.
 */
class NetmikoTest {
    @TempDir
    Path tmp;

    @Test
    void netmikoDrivesTheSshConsole() throws Exception {
        AutomationLab.require(AutomationLab.python("import netmiko"), "Netmiko (apt-get install python3-netmiko)");
        Path script = AutomationLab.resource("netmiko_check.py", tmp);
        try (AutomationLab lab = AutomationLab.start(tmp)) {
            AutomationLab.Result r = AutomationLab.run(List.of(AutomationLab.python3(), script.toString(),
                    Integer.toString(lab.sitePort), "student", "cisco", "class"), tmp, 240);
            assertThat(r.out()).as(r.out()).contains("ok connect", "ok enable", "ok send_command show version",
                    "ok send_config_set", "ok config mode left", "ok change visible", "ok save_config",
                    "ok disconnect");
            assertThat(r.exit()).as(r.out()).isZero();
            assertThat(Files.readString(lab.lab.router("SITE-A").state().startupConfig())).contains(" description set by netmiko");
        }
    }
}
