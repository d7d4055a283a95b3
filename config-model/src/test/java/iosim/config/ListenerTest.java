package iosim.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListenerTest {

    @Test
    void listenersHearEachAppliedChangeButNotRejectedOnes() {
        ConfigScript s = new ConfigScript();
        List<ConfigChange> heard = new ArrayList<>();
        s.config.addListener(heard::add);
        s.config.addListener(c -> {
            throw new IllegalStateException("a buggy listener must not break the CLI");
        });
        s.run(List.of("crypto ikev2 proposal P", "encryption aes-cbc-128", "hostname bad.name",
                "exit", "interface GigabitEthernet0/0", "crypto map M", "ip address 10.0.0.1 255.0.255.0"));
        assertThat(heard).containsExactly(
                new ConfigChange(ConfigSection.IKEV2_PROPOSAL, "P"),
                new ConfigChange(ConfigSection.IKEV2_PROPOSAL, "P"),
                new ConfigChange(ConfigSection.INTERFACE, "GigabitEthernet0/0"));
        assertThat(s.config.ikev2Proposals().get("P").encryption()).containsExactly("aes-cbc-128");
    }
}
