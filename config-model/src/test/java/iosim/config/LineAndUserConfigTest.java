package iosim.config;

import static iosim.config.ConfigTestSupport.lines;
import static iosim.config.ConfigTestSupport.ok;
import static iosim.config.ConfigTestSupport.render;
import static org.assertj.core.api.Assertions.assertThat;

import iosim.config.mode.Mode;
import iosim.config.model.LineType;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineAndUserConfigTest {

    @Test
    void vtyAndConsoleSettings() {
        ConfigScript s = ok("line vty 0 4", "login local", "transport input ssh", "exec-timeout 5",
                "line console 0", "exec-timeout 0 0", "privilege level 15", "logging synchronous");
        assertThat(s.mode()).isEqualTo(Mode.LINE);
        assertThat(render(s.config)).contains("""
                line con 0
                 exec-timeout 0 0
                 privilege level 15
                 logging synchronous
                line vty 0 4
                 exec-timeout 5 0
                 login local
                 transport input ssh
                !
                end
                """);
        s.run(List.of("no exec-timeout", "no privilege level", "no logging synchronous", "line vty 0 4",
                "no transport input", "no exec-timeout", "login"));
        assertThat(s.errors).isEmpty();
        assertThat(render(s.config)).endsWith("line con 0\nline vty 0 4\n login\n!\nend\n");
    }

    @Test
    void partialRangesSplitTheBlockAndNewVtysAreCreated() {
        ConfigScript s = ok("line vty 0", "transport input telnet", "line vty 5 15", "no login");
        assertThat(s.config.lines(LineType.VTY)).hasSize(16);
        assertThat(render(s.config)).contains("""
                line vty 0
                 login
                 transport input telnet
                line vty 1 4
                 login
                line vty 5 15
                 no login
                """);
        s.run(List.of("exit", "no line vty 5 15"));
        assertThat(s.config.lines(LineType.VTY)).hasSize(5);
        assertThat(ConfigScript.of("no line vty 0 4").errors).hasSize(1);
        assertThat(ConfigScript.of("line vty 0 16").errors).hasSize(1);
        assertThat(ConfigScript.of("line console 1").errors).hasSize(1);
        assertThat(ConfigScript.of("line vty 4 2").errors).hasSize(1);
    }

    @Test
    void linePasswordIsStoredAsType7() {
        ConfigScript s = ok("line vty 0 4", "password S3cret", "login");
        String text = render(s.config);
        assertThat(text).doesNotContain("S3cret").contains(" password 7 ");
        s.line("no password");
        assertThat(render(s.config)).doesNotContain("password");
    }

    @Test
    void usersWithSecretsAndPasswordsNeverShowCleartext() {
        ConfigScript s = ok("username admin privilege 15 secret Adm1n!", "username bob password 0 B0b-pass",
                "username carol secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0", "username dave password 7 0822455D0A16");
        String text = render(s.config);
        assertThat(text).doesNotContain("Adm1n!").doesNotContain("B0b-pass");
        assertThat(lines(s.config)).anyMatch(l -> l.startsWith("username admin privilege 15 secret 9 $9$"));
        assertThat(lines(s.config)).anyMatch(l -> l.startsWith("username bob password 7 "));
        assertThat(lines(s.config)).contains("username carol secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0",
                "username dave password 7 0822455D0A16");
        assertThat(s.config.checkUser("admin", "Adm1n!")).isTrue();
        assertThat(s.config.checkUser("admin", "adm1n!")).isFalse();
        assertThat(s.config.checkUser("bob", "B0b-pass")).isTrue();
        assertThat(s.config.checkUser("carol", "cisco")).isTrue();
        assertThat(s.config.checkUser("dave", "cisco")).isTrue();
        assertThat(s.config.checkUser("nobody", "x")).isFalse();
        s.line("no username bob");
        assertThat(s.config.users()).doesNotContainKey("bob");
    }

    @Test
    void badHashesAreRejected() {
        ConfigScript s = ConfigScript.of("username x secret 9 $9$short", "username x password 7 ZZZ",
                "username x privilege 16 secret a");
        assertThat(s.errors).hasSize(3);
        assertThat(s.config.users()).isEmpty();
    }
}
