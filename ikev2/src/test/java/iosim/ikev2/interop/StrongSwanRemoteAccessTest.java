package iosim.ikev2.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The engine as a remote-access gateway (EAP, address pool) against a real strongSwan 5.9
 * road warrior (charon in netns "right", {@code vips = 0.0.0.0}): it authenticates with
 * EAP-MSCHAPv2 / EAP-MD5 / EAP-GTC, gets a virtual IP, and a wrong password is refused on both
 * sides. Needs root and charon's eap plugins; see {@link StrongSwanLab} for skipping.
 */
@Tag("root")
class StrongSwanRemoteAccessTest {
    private static final String IKE = "aes256-sha256-modp2048";
    private static final String ESP = "aes256gcm16";
    /** The lab's default plugins plus the EAP client methods (MD4 and DES come from openssl's legacy provider). */
    private static final String PLUGINS = "openssl random nonce aes aesni sha1 sha2 md5 hmac gmp curve25519 gcm kdf drbg"
            + " pem pkcs1 pkcs8 x509 pubkey constraints revocation kernel-libipsec kernel-netlink socket-default vici"
            + " counters eap-identity eap-mschapv2 eap-md5 eap-gtc";
    private int logMark;

    @AfterAll
    static void teardown() {
        if (StrongSwanLab.missingPrerequisite() == null) {
            StrongSwanLab.down();
        }
    }

    @BeforeEach
    void prerequisites() {
        StrongSwanLab.requirePrerequisites();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = StrongSwanRemoteAccessTest.class.getResourceAsStream("/interop/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Path tempFile(String suffix, String text) throws IOException {
        Path f = Files.createTempFile("ra-client", suffix);
        Files.writeString(f, text);
        f.toFile().deleteOnExit();
        return f;
    }

    private static Path clientConf(String auth, String user, String password) throws IOException {
        return tempFile(".swanctl.conf", resource("ra-client.swanctl.conf").replace("EAP_AUTH", auth)
                .replace("EAP_USER", user).replace("EAP_PASSWORD", password));
    }

    private void labUp(String auth, String user, String password) throws IOException {
        labUp(clientConf(auth, user, password));
    }

    private void labUp(Path conf) throws IOException {
        StrongSwanLab.down();
        String out = StrongSwanLab.up(IKE, ESP, "--right-conf", conf.toString(),
                "--plugins", PLUGINS, "--right-extra", tempFile(".strongswan.conf", resource("ra-client.strongswan.conf")).toString());
        assertThat(out).contains("loaded connection 'ra'");
        logMark = StrongSwanLab.rightLog().length();
    }

    private String newLog() throws IOException {
        String all = StrongSwanLab.rightLog();
        return all.substring(Math.min(logMark, all.length()));
    }

    private static String initiate() throws IOException {
        return StrongSwanLab.run(25, StrongSwanLab.SCRIPT.toString(), "swanctl", "right", "--initiate", "--child", "net",
                "--timeout", "15");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "eap-mschapv2, mschapv2, EAP-MSCHAPv2",
        "eap-md5, md5, EAP-MD5",
        "eap-gtc, gtc, EAP-GTC"
    })
    void roadWarriorAuthenticatesAndGetsAPoolAddress(String swanAuth, String ourMethod, String shown) throws IOException {
        labUp(swanAuth, "alice", "Secr3t!");
        try (EnginePeerProcess gw = new EnginePeerProcess("--ike", IKE, "--esp", ESP, "--ra", ourMethod,
                "--users", "alice:Secr3t!,bob:pw", "--local-ts", "192.168.1.0/24")) {
            String init = initiate();
            gw.await("^UP spi=\\w+ nat=true remote=/203.0.113.20:4500 user=alice method=" + shown + " addr=10.99.0.1 auth=PSK/EAP peer=alice$", 20);
            gw.await("^CHILD_INSTALLED ESP TUNNEL ", 5);
            String log = newLog();
            assertThat(init).contains("initiate completed successfully",
                    "CHILD_SA net{1} established with SPIs", "TS 10.99.0.1/32 === 192.168.1.0/24");
            assertThat(log).contains("installing new virtual IP 10.99.0.1")
                    .contains("authentication of '203.0.113.10' with pre-shared key successful");
            String sas = StrongSwanLab.swanctl("--list-sas");
            assertThat(sas).contains("ra:", "ESTABLISHED", "INSTALLED, TUNNEL-in-UDP", "local  10.99.0.1/32",
                    "remote 192.168.1.0/24");
            StrongSwanLab.swanctl("--terminate", "--ike", "ra", "--timeout", "5");
            gw.await("^RELEASED alice 10.99.0.1$", 10);
        }
    }

    @Test
    void wrongPasswordIsRefusedOnBothSides() throws IOException {
        labUp("eap-mschapv2", "alice", "not-the-password");
        try (EnginePeerProcess gw = new EnginePeerProcess("--ike", IKE, "--esp", ESP, "--ra", "mschapv2",
                "--users", "alice:Secr3t!", "--local-ts", "192.168.1.0/24")) {
            String init = initiate();
            gw.await("^FAILURE notify=AUTHENTICATION_FAILED byPeer=false reason=EAP-MSCHAPv2 response of user alice"
                    + " does not verify: wrong password$", 20);
            assertThat(init).doesNotContain("initiate completed successfully");
            assertThat(newLog()).contains("parsed IKE_AUTH response 3 [ EAP/FAIL N(AUTH_FAILED) ]")
                    .contains("received AUTHENTICATION_FAILED notify error");
            assertThat(StrongSwanLab.swanctl("--list-sas")).doesNotContain("ra:");
        }
    }

    @Test
    void mobikeKeepsTheTunnelAndTheAddressWhenTheClientMoves() throws IOException {
        // the road warrior may use any local address and announces MOBIKE
        labUp(tempFile(".swanctl.conf", resource("ra-client.swanctl.conf").replace("EAP_AUTH", "eap-mschapv2")
                .replace("EAP_USER", "alice").replace("EAP_PASSWORD", "Secr3t!")
                .replace("local_addrs = @RIGHT_IP@", "local_addrs = %any").replace("mobike = no", "mobike = yes")));
        try (EnginePeerProcess gw = new EnginePeerProcess("--ike", IKE, "--esp", ESP, "--ra", "mschapv2",
                "--users", "alice:Secr3t!", "--local-ts", "192.168.1.0/24", "--mobike", "yes")) {
            String init = initiate();
            assertThat(init).contains("initiate completed successfully");
            gw.await("^UP spi=\\w+ nat=true remote=/203.0.113.20:4500 user=alice method=EAP-MSCHAPv2 addr=10.99.0.1 auth=PSK/EAP peer=alice$", 20);
            // the client's address changes: a new one appears, the old one goes (the new one, a secondary
            // address in the same subnet, must survive the primary's removal)
            StrongSwanLab.run(10, "ip", "netns", "exec", "right", "sysctl", "-qw",
                    "net.ipv4.conf.veth-r.promote_secondaries=1");
            StrongSwanLab.run(10, "ip", "-n", "right", "addr", "add", "203.0.113.21/24", "dev", "veth-r");
            StrongSwanLab.run(10, "ip", "-n", "right", "addr", "del", "203.0.113.20/24", "dev", "veth-r");
            try {
                gw.await("^MOVED old=/203.0.113.20:4500 new=/203.0.113.21:4500 children=\\[/203.0.113.21:4500\\]$", 30);
            } catch (AssertionError e) {
                String log = newLog();
                throw new AssertionError(e.getMessage() + "\ncharon log (end):\n"
                        + log.substring(Math.max(0, log.length() - 6000)), e);
            }
            String sas = StrongSwanLab.swanctl("--list-sas");
            assertThat(sas).contains("ra:", "ESTABLISHED", "203.0.113.21", "INSTALLED", "local  10.99.0.1/32");
            assertThat(newLog()).contains("[ N(UPD_SA_ADDR) N(NATD_S_IP) N(NATD_D_IP) N(COOKIE2)");
            assertThat(gw.transcript()).doesNotContain("RELEASED", "DOWN spi=");
        }
    }
}
