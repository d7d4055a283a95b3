package iosim.config;

import static iosim.config.ConfigTestSupport.ok;
import static iosim.config.ConfigTestSupport.render;
import static org.assertj.core.api.Assertions.assertThat;

import iosim.config.model.Ikev2KeyringPeer;
import iosim.config.model.PresharedKey;
import iosim.config.secret.Type6;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Type 6 keyring keys: {@code key config-key password-encrypt} + {@code password encryption aes}. */
class PasswordEncryptionTest {
    private static Ikev2KeyringPeer peer(ConfigScript s) {
        return s.config.ikev2Keyrings().get("KR").peer("B");
    }

    @Test
    void type6RoundTripsOnlyUnderItsMasterKey() {
        String t = Type6.encrypt("cisco123!", "MasterKey1");
        assertThat(t).matches("[A-Za-z0-9_-]+");
        assertThat(Type6.encrypt("cisco123!", "MasterKey1")).as("fresh nonce").isNotEqualTo(t);
        assertThat(Type6.decrypt(t, "MasterKey1")).contains("cisco123!");
        assertThat(Type6.decrypt(t, "MasterKey2")).isEmpty();
        assertThat(Type6.decrypt(t.substring(0, t.length() - 2) + "AA", "MasterKey1")).isEmpty();
        assertThat(Type6.decrypt("not!base64", "MasterKey1")).isEmpty();
        assertThat(Type6.decrypt("AAAA", "MasterKey1")).isEmpty();
    }

    @Test
    void cleartextKeysBecomeType6AndStayReadable() {
        ConfigScript s = ok("crypto ikev2 keyring KR", "peer B", "address 203.0.113.20", "pre-shared-key cisco123!",
                "pre-shared-key local mine12345", "exit", "exit");
        assertThat(peer(s).presharedKey()).isEqualTo(new PresharedKey(0, "cisco123!"));
        s.run(List.of("key config-key password-encrypt MasterKey1", "password encryption aes"));
        assertThat(s.errors).isEmpty();
        PresharedKey k = peer(s).presharedKey();
        assertThat(k.type()).isEqualTo(6);
        assertThat(Type6.decrypt(k.key(), "MasterKey1")).contains("cisco123!");
        assertThat(Type6.decrypt(peer(s).localKey().key(), "MasterKey1")).contains("mine12345");
        String text = render(s.config);
        assertThat(text).contains("password encryption aes\n").contains("  pre-shared-key 6 " + k.key() + "\n")
                .doesNotContain("cisco123!").doesNotContain("MasterKey1");

        // a key typed now is stored encrypted at once
        s.run(List.of("crypto ikev2 keyring KR", "peer B", "pre-shared-key remote theirs123", "exit", "exit"));
        assertThat(peer(s).remoteKey().type()).isEqualTo(6);
        assertThat(Type6.decrypt(peer(s).remoteKey().key(), "MasterKey1")).contains("theirs123");

        // a new master key re-encrypts what the old one protected
        s.run(List.of("key config-key password-encrypt OtherKey99"));
        assertThat(Type6.decrypt(peer(s).presharedKey().key(), "OtherKey99")).contains("cisco123!");
        assertThat(Type6.decrypt(peer(s).presharedKey().key(), "MasterKey1")).isEmpty();
    }

    @Test
    void withoutAMasterKeyIosWarnsAndKeepsTheKeyAsTyped() {
        String cipher = Type6.encrypt("cisco123!", "MasterKey1");
        ConfigScript s = ConfigScript.startup();
        s.run(List.of("password encryption aes"));
        assertThat(s.last.output()).containsExactly(
                "Can not encrypt password. Please configure a configuration-key with 'key config-key'");
        s.run(List.of("crypto ikev2 keyring KR", "peer B", "pre-shared-key 6 " + cipher));
        assertThat(s.last.output()).singleElement().asString().startsWith("WARNING: Type 6 encryption: no master key");
        assertThat(peer(s).presharedKey()).isEqualTo(new PresharedKey(6, cipher));
        s.run(List.of("pre-shared-key local cleartext1"));
        assertThat(peer(s).localKey()).as("no master key: cleartext stays cleartext")
                .isEqualTo(new PresharedKey(0, "cleartext1"));
        s.run(List.of("exit", "exit", "key config-key password-encrypt short"));
        assertThat(s.errors).singleElement().asString().contains("% Master key must be 8 to 128 characters long");
        s.run(List.of("key config-key password-encrypt WrongKey12", "crypto ikev2 keyring KR", "peer B",
                "pre-shared-key 6 " + cipher));
        assertThat(s.last.output()).singleElement().asString().contains("does not decrypt with the configured master key");
        s.run(List.of("exit", "exit", "no key config-key password-encrypt"));
        assertThat(s.last.output()).containsExactly("WARNING: All type 6 encrypted keys will become unusable");
        assertThat(s.config.passwordEncryption().masterKey()).isNull();
    }

    @Test
    void theMasterKeyIsNeverPartOfTheConfiguration() {
        ConfigScript a = ok("password encryption aes", "key config-key password-encrypt MasterKey1");
        ConfigScript b = ok("password encryption aes");
        assertThat(a.config).isEqualTo(b.config);
        assertThat(render(a.config)).isEqualTo(render(b.config));
    }
}
