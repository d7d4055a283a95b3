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

    @Test
    void ecKeysAreKeptWithTheirGenerationTimeAndRsaAndEcLiveSideBySide() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new java.security.spec.ECGenParameterSpec("secp384r1"));
        java.time.Instant when = java.time.Instant.parse("2026-12-08T03:00:00Z");
        CryptoKey ec = new CryptoKey("R1-EC", "EC", 384, true, g.generateKeyPair(), when);
        KeyPairGenerator r = KeyPairGenerator.getInstance("RSA");
        r.initialize(1024);
        CryptoKey rsa = new CryptoKey("R1-RSA", "RSA", 1024, false, r.generateKeyPair());
        HostKeyStore store = new HostKeyStore(dir.resolve("keys"));
        store.sync(List.of(ec, rsa));
        List<CryptoKey> back = new HostKeyStore(dir.resolve("keys")).load();
        assertThat(back).extracting(CryptoKey::label).containsExactly("R1-EC", "R1-RSA");
        CryptoKey e = back.get(0);
        assertThat(e.algorithm()).isEqualTo("EC");
        assertThat(e.bits()).isEqualTo(384);
        assertThat(e.exportable()).isTrue();
        assertThat(e.generated()).isEqualTo(when);
        assertThat(e.keyPair().getPublic()).isEqualTo(ec.keyPair().getPublic());
        assertThat(e.keyPair().getPrivate()).isEqualTo(ec.keyPair().getPrivate());
        assertThat(store.holds(ec)).isTrue();
        store.sync(List.of(rsa));
        assertThat(store.load()).extracting(CryptoKey::label).containsExactly("R1-RSA");
    }
}
