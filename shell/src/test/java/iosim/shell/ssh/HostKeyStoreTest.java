package iosim.shell.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.config.model.CryptoKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyPairGenerator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostKeyStoreTest {
    @TempDir
    Path dir;

    @Test
    void keysSurviveARestartAndZeroizeDeletesThem() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(1024);
        CryptoKey k = new CryptoKey("R1.lab.example", "RSA", 1024, false, g.generateKeyPair());
        HostKeyStore store = new HostKeyStore(dir.resolve("nvram/R1"));
        store.sync(List.of(k));
        HostKeyStore again = new HostKeyStore(dir.resolve("nvram/R1"));
        CryptoKey back = again.load().get(0);
        assertThat(back.label()).isEqualTo("R1.lab.example");
        assertThat(back.bits()).isEqualTo(1024);
        assertThat(back.keyPair().getPublic()).isEqualTo(k.keyPair().getPublic());
        assertThat(back.keyPair().getPrivate()).isEqualTo(k.keyPair().getPrivate());
        assertThat(Files.getPosixFilePermissions(dir.resolve("nvram/R1/R1.lab.example.key")))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        again.sync(List.of());
        assertThat(store.load()).isEmpty();
    }
}
