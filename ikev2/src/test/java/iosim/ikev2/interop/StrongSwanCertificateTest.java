package iosim.ikev2.interop;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.ikev2.cert.TestPki;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Certificate authentication against a real strongSwan 5.9 (charon in netns "right", auth =
 * pubkey): a test CA made with Bouncy Castle issues both sides' certificates; RSA and ECDSA, with
 * the classic AUTH methods and RFC 7427; a certificate on our CRL and one from a CA strongSwan
 * does not trust are refused. Needs root; see {@link StrongSwanLab} for skipping. Run under
 * {@code flock /tmp/sslab.lock}.
 */
@Tag("root")
class StrongSwanCertificateTest {
    private static final String IKE = "aes256-sha256-ecp256";
    private static final String ESP = "aes256gcm16";
    private static final String PLUGINS = "openssl random nonce aes aesni sha1 sha2 md5 hmac gmp curve25519 gcm kdf drbg"
            + " pem pkcs1 pkcs8 x509 pubkey constraints revocation kernel-libipsec kernel-netlink socket-default vici"
            + " counters";
    private static final String LEFT_DN = "CN=left.lab.example, O=iosim";
    private static final String RIGHT_DN = "CN=right.lab.example, O=iosim";
    private Path dir;
    private int logMark;

    @AfterAll
    static void teardown() {
        if (StrongSwanLab.missingPrerequisite() == null) {
            StrongSwanLab.down();
        }
    }

    @BeforeEach
    void prerequisites() throws IOException {
        StrongSwanLab.requirePrerequisites();
        dir = Files.createTempDirectory("sscert");
        dir.toFile().deleteOnExit();
    }

    private Path pem(String name, Object o) throws IOException {
        StringWriter w = new StringWriter();
        try (JcaPEMWriter p = new JcaPEMWriter(w)) {
            p.writeObject(o);
        }
        Path f = dir.resolve(name);
        Files.writeString(f, w.toString());
        return f;
    }

    /** Writes our side's files and strongSwan's configuration; returns InteropPeer's certificate options. */
    private String[] setUp(TestPki ca, TestPki swanTrusts, String ourType, String swanType, boolean rfc7427,
                           boolean revokeSwan) throws Exception {
        KeyPair ours = TestPki.keys(ourType);
        KeyPair theirs = TestPki.keys(swanType);
        X509Certificate ourCert = ca.issue(ours, LEFT_DN);
        X509Certificate swanCert = ca.issue(theirs, RIGHT_DN);
        Path caFile = pem("ca.pem", ca.caCert);
        Path swanCa = pem("swan-ca.pem", swanTrusts.caCert);
        Path ourKey = dir.resolve("left.key.der");
        Files.write(ourKey, ours.getPrivate().getEncoded());
        String tmpl;
        try (InputStream in = getClass().getResourceAsStream("/interop/cert-right.swanctl.conf")) {
            tmpl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path conf = dir.resolve("right.swanctl.conf");
        Files.writeString(conf, tmpl.replace("CERT_FILE", pem("right.pem", swanCert).toString())
                .replace("KEY_FILE", pem("right.key", new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(theirs.getPrivate(), null)).toString())
                .replace("CA_FILE", swanCa.toString()).replace("LEFT_DN", LEFT_DN).replace("RIGHT_DN", RIGHT_DN));
        StrongSwanLab.down();
        String out = StrongSwanLab.up(IKE, ESP, "--right-conf", conf.toString(), "--plugins", PLUGINS);
        assertThat(out).contains("loaded connection 'cert'");
        // swanctl reads private keys only from its credential folders beside swanctl.conf
        Path swanDir = Path.of("/tmp/sslab/right");
        Files.createDirectories(swanDir.resolve("private"));
        Files.copy(dir.resolve("right.key"), swanDir.resolve("private/right.key"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(StrongSwanLab.swanctl("--load-creds", "--noprompt", "--file", swanDir.resolve("swanctl.conf").toString()))
                .contains("loaded private key from");
        logMark = StrongSwanLab.rightLog().length();
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("--ike", IKE, "--esp", ESP,
                "--remote-ts", "10.0.0.0/24", "--cert", pem("left.pem", ourCert).toString(), "--key", ourKey.toString(),
                "--ca", caFile.toString(), "--rfc7427", rfc7427 ? "yes" : "no"));
        if (revokeSwan) {
            ca.revoke(swanCert);
            args.addAll(java.util.List.of("--crl", pem("ca.crl", ca.crl()).toString()));
        }
        return args.toArray(String[]::new);
    }

    private String newLog() throws IOException {
        String all = StrongSwanLab.rightLog();
        return all.substring(Math.min(logMark, all.length()));
    }

    private static String initiate() throws IOException {
        return StrongSwanLab.run(25, StrongSwanLab.SCRIPT.toString(), "swanctl", "right", "--initiate", "--child", "net",
                "--timeout", "15");
    }

    @ParameterizedTest(name = "ours {0}, strongSwan {1}, RFC 7427 {2}, we initiate {3}")
    @CsvSource({"RSA, RSA, false, false", "EC, EC, true, false", "EC384, RSA, false, true", "RSA, EC, true, true"})
    void tunnelComesUpWithCertificatesBothWays(String ours, String theirs, boolean rfc7427, boolean weInitiate)
            throws Exception {
        TestPki ca = TestPki.rsa("CN=Interop Root CA, O=iosim");
        String[] args = setUp(ca, ca, ours, theirs, rfc7427, false);
        try (EnginePeerProcess peer = new EnginePeerProcess(args)) {
            String init = weInitiate ? "" : initiate();
            if (weInitiate) {
                peer.send("initiate");
            }
            String ourAuth = ours.startsWith("EC") ? "ECDSA" : "RSA";
            String theirAuth = theirs.startsWith("EC") ? "ECDSA" : "RSA";
            peer.await("^UP spi=\\w+ .* auth=" + ourAuth + "/" + theirAuth + " peer=.*CN=right\\.lab\\.example.*$", 20);
            peer.await("^CHILD_INSTALLED ESP TUNNEL ", 5);
            String log = newLog();
            if (!weInitiate) {
                assertThat(init).contains("CHILD_SA net{1} established");
            }
            String method = ours.equals("RSA") ? (rfc7427 ? "RSA_EMSA_PKCS1_SHA2_256" : "RSA signature")
                    : (rfc7427 ? "ECDSA_WITH_SHA" : "ECDSA-");
            assertThat(log).contains("authentication of 'CN=left.lab.example, O=iosim' with")
                    .contains("successful");
            assertThat(log).contains(method);
            assertThat(StrongSwanLab.swanctl("--list-sas")).contains("cert:", "ESTABLISHED", "INSTALLED, TUNNEL-in-UDP");
        }
    }

    @Test
    void strongSwansRevokedCertificateIsRefusedByUs() throws Exception {
        TestPki ca = TestPki.rsa("CN=Interop Root CA, O=iosim");
        String[] args = setUp(ca, ca, "RSA", "RSA", false, true);
        try (EnginePeerProcess peer = new EnginePeerProcess(args)) {
            String init = initiate();
            peer.await("^FAILURE notify=AUTHENTICATION_FAILED byPeer=false reason=certificate of .* rejected \\(REVOKED\\).*", 20);
            assertThat(init).doesNotContain("established successfully");
            assertThat(newLog()).contains("AUTHENTICATION_FAILED");
        }
    }

    @Test
    void strongSwanRefusesOurCertificateFromACaItDoesNotTrust() throws Exception {
        TestPki ca = TestPki.rsa("CN=Interop Root CA, O=iosim");
        TestPki other = TestPki.rsa("CN=Unrelated CA");
        String[] args = setUp(ca, other, "RSA", "RSA", false, false);
        try (EnginePeerProcess peer = new EnginePeerProcess(args)) {
            peer.send("initiate");
            peer.await("^FAILURE notify=AUTHENTICATION_FAILED byPeer=true .*", 20);
            assertThat(newLog()).contains("no trusted RSA public key found for 'CN=left.lab.example, O=iosim'");
        }
    }
}
