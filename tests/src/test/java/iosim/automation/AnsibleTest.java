package iosim.automation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ansible's cisco.ios collection (Debian's ansible package) against SITE-A's SSH console in the
 * default lab over network_cli: ios_command, ios_config with a change and save_when (the change
 * reaches the startup-config, and a backup of the running-config taken before it), ios_config
 * again (idempotent), ios_facts with every subset (model, serial, file systems, interfaces and
 * their addresses, the config). Ansible's network_cli strips {@code ESC[?1h ESC=} from what it
 * reads, so passing playbooks alone would not show a console that sends terminal modes: the
 * raw chunks it logs (persistent_log_messages) are checked to hold no escape sequence.
 */
class AnsibleTest {
    @TempDir
    Path tmp;

    @Test
    void ciscoIosCollectionDrivesTheSshConsole() throws Exception {
        AutomationLab.require(Files.isExecutable(Path.of("/usr/bin/ansible-playbook")),
                "Ansible (apt-get install ansible)");
        AutomationLab.require(Files.isDirectory(Path.of("/usr/lib/python3/dist-packages/ansible_collections/cisco/ios")),
                "the cisco.ios collection (Debian's ansible package)");
        Path playbook = AutomationLab.resource("ansible_check.yml", tmp);
        try (AutomationLab lab = AutomationLab.start(tmp)) {
            Path inventory = tmp.resolve("inventory.ini");
            Files.writeString(inventory, String.join("\n",
                    "[routers]",
                    "SITE-A ansible_host=127.0.0.1 ansible_port=" + lab.sitePort,
                    "",
                    "[routers:vars]",
                    "ansible_connection=ansible.netcommon.network_cli",
                    "ansible_network_os=cisco.ios.ios",
                    "ansible_user=student",
                    "ansible_password=cisco",
                    "ansible_become=true",
                    "ansible_become_method=enable",
                    "ansible_become_password=class",
                    "ansible_host_key_checking=false",
                    "ansible_command_timeout=60",
                    "backup_dir=" + tmp.resolve("backup"),
                    "")) ;
            Path log = tmp.resolve("ansible.log");
            AutomationLab.Result r = AutomationLab.run(List.of("/usr/bin/ansible-playbook", "-i", inventory.toString(),
                    playbook.toString()), tmp, 400, "ANSIBLE_HOST_KEY_CHECKING", "False",
                    "ANSIBLE_NOCOLOR", "1", "ANSIBLE_LOCAL_TEMP", tmp.resolve("ansible-tmp").toString(),
                    "ANSIBLE_PERSISTENT_CONTROL_PATH_DIR", tmp.resolve("pc").toString(),
                    "ANSIBLE_SSH_CONTROL_PATH_DIR", tmp.resolve("cp").toString(), "HOME", tmp.toString(),
                    "ANSIBLE_PARAMIKO_LOOK_FOR_KEYS", "False", "ANSIBLE_LOG_PATH", log.toString(),
                    "ANSIBLE_PERSISTENT_LOG_MESSAGES", "True");
            assertThat(r.out()).as(r.out()).containsPattern("SITE-A\\s*: ok=\\d+\\s+changed=1\\s+unreachable=0\\s+failed=0");
            assertThat(r.exit()).as(r.out()).isZero();
            // network_cli logs every raw chunk it reads before it strips ESC[?1h ESC= itself: the
            // console's own bytes must hold no escape sequence at all (the old console sent some)
            String raw = Files.readString(log);
            assertThat(raw).contains("response-1: b'");
            assertThat(raw.lines().filter(l -> l.contains("response-") && l.contains("\\x1b")).toList())
                    .as("terminal escape sequences the console sent").isEmpty();
            assertThat(Files.readString(lab.lab.router("SITE-A").state().startupConfig()))
                    .contains(" description set by ansible");
        }
    }
}
