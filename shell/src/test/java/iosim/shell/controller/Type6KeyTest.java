package iosim.shell.controller;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.config.model.PresharedKey;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Type 6 keyring keys end to end: R1 stores its key encrypted (key config-key password-encrypt +
 * password encryption aes), decrypts it to negotiate with R2 (cleartext key), keeps it usable across
 * a reload (private NVRAM), and cannot use it once the master key is gone.
 */
class Type6KeyTest {
    @TempDir
    Path tmp;
    LabFixture lab;
    RouterRuntime r1;
    RouterRuntime r2;

    @BeforeEach
    void up() {
        lab = new LabFixture(tmp);
        r1 = lab.bootText("R1", TwoRouterConfigs.r1("", ""));
        r2 = lab.bootText("R2", TwoRouterConfigs.r2("", ""));
        lab.link("R1", "GigabitEthernet0/0", "R2", "GigabitEthernet0/0");
        lab.settle();
        assertThat(lab.prime("R1", "10.0.12.2")).isTrue();
    }

    @AfterEach
    void down() {
        lab.close();
    }

    private String ping(RouterRuntime r) {
        StringBuilder out = new StringBuilder();
        r.exec().ping(new PingRunner.Options("10.0.0.1", "GigabitEthernet0/1", 5, 100, 2, false), out::append);
        return out.toString();
    }

    @Test
    void anEncryptedKeyNegotiatesAndSurvivesAReload() throws Exception {
        Console con = new Console(r1);
        assertThat(con.configure("key config-key password-encrypt Master-Key-1", "password encryption aes"))
                .doesNotContain("%").doesNotContain("WARNING");
        PresharedKey k = r1.config().ikev2Keyrings().get("KR").peer("P").presharedKey();
        assertThat(k.type()).isEqualTo(6);
        String running = con.run("show running-config");
        assertThat(running).contains("password encryption aes").contains("pre-shared-key 6 " + k.key())
                .doesNotContain("s3cret!").doesNotContain("Master-Key-1");
        lab.settle();
        assertThat(r1.exec().problems()).isEmpty();
        LabScenariosTest.firstLostThenReplies(ping(r1));
        assertThat(r1.exec().showIkev2Sa(false, null)).contains("READY");

        // write memory + reload: the startup-config holds only the type 6 text, the master key
        // comes back from private NVRAM
        con.run("write memory");
        assertThat(Files.readString(tmp.resolve("R1.cfg"))).contains("pre-shared-key 6 " + k.key())
                .doesNotContain("Master-Key-1");
        assertThat(Files.readString(tmp.resolve("R1.cfg.private-config")))
                .isEqualTo("key config-key password-encrypt Master-Key-1\n");
        r1.bootRouter();
        lab.settle();
        assertThat(r1.bootErrors()).isEmpty();
        assertThat(r1.config().passwordEncryption().masterKey()).isEqualTo("Master-Key-1");
        assertThat(r1.exec().problems()).isEmpty();
        r1.exec().clearSession(null);
        lab.settle();
        LabScenariosTest.firstLostThenReplies(ping(r1));
    }

    @Test
    void withoutTheMasterKeyTheKeyIsUnusable() {
        Console con = new Console(r1);
        con.configure("key config-key password-encrypt Master-Key-1", "password encryption aes");
        assertThat(con.configure("no key config-key password-encrypt"))
                .contains("WARNING: All type 6 encrypted keys will become unusable");
        lab.settle();
        assertThat(r1.exec().problems()).contains("crypto map CM 10: type 6 pre-shared key for peer 10.0.12.2 is "
                + "unusable: no master key (key config-key password-encrypt)");
        assertThat(ping(r1)).contains("Success rate is 0 percent");
        assertThat(r1.exec().showIkev2Sa(false, null)).doesNotContain("READY");
        // typed again under another master key: IOS warns, and the key stays unusable
        String cipher = r1.config().ikev2Keyrings().get("KR").peer("P").presharedKey().key();
        assertThat(con.configure("key config-key password-encrypt Other-Key-2", "crypto ikev2 keyring KR", "peer P",
                "pre-shared-key 6 " + cipher)).contains("does not decrypt with the configured master key");
        lab.settle();
        assertThat(r1.exec().problems()).anyMatch(p -> p.contains("it does not decrypt with the configured master key"));
    }
}
