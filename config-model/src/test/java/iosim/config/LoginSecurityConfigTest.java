package iosim.config;

import static iosim.config.ConfigTestSupport.ok;
import static iosim.config.ConfigTestSupport.render;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** enable password, ip ssh time-out / authentication-retries, login block-for. */
class LoginSecurityConfigTest {

    @Test
    void enablePasswordIsHiddenAndUsedOnlyWithoutASecret() {
        ConfigScript s = ok("enable password cisco");
        assertThat(render(s.config)).containsPattern("\nenable password 7 [0-9A-F]+\n");
        assertThat(s.config.hasEnableSecret()).isTrue();
        assertThat(s.config.checkEnableSecret("cisco")).isTrue();
        assertThat(s.config.checkEnableSecret("class")).isFalse();
        s.run(List.of("enable secret class"));
        assertThat(s.config.checkEnableSecret("class")).isTrue();
        assertThat(s.config.checkEnableSecret("cisco")).isFalse(); // the secret wins
        String hidden = render(s.config).lines().filter(l -> l.startsWith("enable password 7 ")).findFirst()
                .orElseThrow();
        ConfigScript again = ok(hidden); // the rendered line reads back
        assertThat(again.config.checkEnableSecret("cisco")).isTrue();
        s.run(List.of("no enable password", "no enable secret"));
        assertThat(s.config.hasEnableSecret()).isFalse();
        assertThat(ConfigScript.of("enable password 7 XYZ").errors).hasSize(1);
    }

    @Test
    void sshLimitsAndLoginBlockRenderAndReset() {
        ConfigScript s = ok("ip ssh version 2", "ip ssh time-out 60", "ip ssh authentication-retries 2",
                "login block-for 120 attempts 3 within 60");
        String r = render(s.config);
        assertThat(r).contains("ip ssh time-out 60\nip ssh authentication-retries 2\nip ssh version 2\n");
        assertThat(r).contains("\nlogin block-for 120 attempts 3 within 60\n");
        s.run(List.of("no ip ssh time-out", "no ip ssh authentication-retries", "no login block-for"));
        assertThat(s.errors).isEmpty();
        assertThat(render(s.config)).doesNotContain("time-out").doesNotContain("retries").doesNotContain("block-for");
        assertThat(ConfigScript.of("ip ssh time-out 121").errors).hasSize(1);
        assertThat(ConfigScript.of("ip ssh authentication-retries 6").errors).hasSize(1);
        assertThat(ConfigScript.of("login block-for 0 attempts 3 within 60").errors).hasSize(1);
    }
}
