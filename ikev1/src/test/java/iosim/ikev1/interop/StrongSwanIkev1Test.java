package iosim.ikev1.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The IKEv1 engine against strongSwan 5.9 (charon in netns "right" with {@code version = 1},
 * our engine in a child JVM in netns "left", 203.0.113.10). libipsec fakes NAT detection, so
 * IKE floats to 4500 and ESP is UDP-encapsulated. Needs root; run under
 * {@code flock /tmp/sslab.lock}.
 */
@Tag("root")
class StrongSwanIkev1Test {
    private int logMark;

    @BeforeEach
    void prerequisites() throws IOException {
        SwanLab.requirePrerequisites();
        logMark = SwanLab.rightLog().length();
    }

    @AfterAll
    static void teardown() {
        if (SwanLab.missingPrerequisite() == null) {
            SwanLab.down();
        }
    }

    private String newLog() throws IOException {
        String all = SwanLab.rightLog();
        return all.substring(Math.min(logMark, all.length()));
    }

    private String up(String ike, String esp, Path conf, String... extra) throws IOException {
        SwanLab.down();
        String out = SwanLab.up(ike, esp, conf, extra);
        logMark = 0; // "down" removed the old log
        assertThat(out).contains("loaded connection 'sut'");
        return out;
    }

    @Test
    void routerInitiatesMainModeAes256Sha256Group14() throws IOException {
        up("aes256-sha256-modp2048", "aes256-sha1", SwanLab.conf(false, "", ""));
        try (PeerProcess peer = new PeerProcess("--ike", "aes256-sha256-modp2048", "--esp", "aes256-sha1")) {
            peer.send("initiate");
            peer.await("^P1UP conn=\\d+ state=QM_IDLE nat=true remote=/203.0.113.20:4500", 20);
            peer.await("^P2UP rekey=false in=\\w+ out=\\w+ udp=true", 10);
            String sas = SwanLab.swanctl("--list-sas");
            assertThat(sas).contains("sut: #", "IKEv1", "ESTABLISHED", "AES_CBC-256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048",
                    "INSTALLED, TUNNEL-in-UDP", "ESP:AES_CBC-256/HMAC_SHA1_96", "remote 192.168.1.0/24");
            peer.send("delete");
            peer.await("^P1DEL", 10);
            sleep(1000);
            assertThat(SwanLab.swanctl("--list-sas")).doesNotContain("sut: #");
        }
    }

    @Test
    void strongSwanInitiatesMainMode3desMd5Group2() throws IOException {
        up("3des-md5-modp1024", "3des-md5", SwanLab.conf(false, "", ""));
        try (PeerProcess peer = new PeerProcess("--ike", "3des-md5-modp1024", "--esp", "3des-md5")) {
            String out = SwanLab.initiateRight(20);
            assertThat(out).contains("CHILD_SA net{", "completed successfully");
            peer.await("^P1UP conn=\\d+ state=QM_IDLE nat=true", 10);
            peer.await("^P2UP rekey=false .* udp=true", 10);
            assertThat(SwanLab.swanctl("--list-sas")).contains("3DES_CBC/HMAC_MD5_96/PRF_HMAC_MD5/MODP_1024",
                    "ESP:3DES_CBC/HMAC_MD5_96");
        }
    }

    @Test
    void pfsBothWaysWithGroup14() throws IOException {
        up("aes128-sha1-modp2048", "aes128-sha256-modp2048", SwanLab.conf(false, "", ""));
        try (PeerProcess peer = new PeerProcess("--ike", "aes128-sha1-modp2048", "--esp", "aes128-sha256-modp2048")) {
            peer.send("initiate");
            peer.await("^P2UP rekey=false .* udp=true", 25);
            assertThat(SwanLab.swanctl("--list-sas")).contains("ESP:AES_CBC-128/HMAC_SHA2_256_128/MODP_2048");
            peer.send("delete");
            peer.await("^P1DEL", 10);
            sleep(1000);
            String out = SwanLab.initiateRight(20);
            assertThat(out).contains("CHILD_SA net{", "completed successfully");
            peer.await("^P2UP rekey=false .* udp=true", 10);
        }
    }

    @Test
    void aggressiveModeBothWays() throws IOException {
        up("aes256-sha1-modp1536", "aes256-sha1", SwanLab.conf(true, "", ""), "--right-extra",
                SwanLab.aggressiveModeSnippet().toString());
        try (PeerProcess peer = new PeerProcess("--ike", "aes256-sha1-modp1536", "--esp", "aes256-sha1",
                "--aggressive", "yes")) {
            peer.send("initiate");
            peer.await("^P1UP conn=\\d+ state=QM_IDLE nat=true", 20);
            peer.await("^P2UP rekey=false .* udp=true", 10);
            assertThat(newLog()).contains("AGGRESSIVE");
            assertThat(SwanLab.swanctl("--list-sas")).contains("ESTABLISHED", "INSTALLED, TUNNEL-in-UDP");
            peer.send("delete");
            peer.await("^P1DEL", 10);
            sleep(1000);
            String out = SwanLab.initiateRight(20);
            assertThat(out).contains("CHILD_SA net{", "completed successfully");
            peer.await("^P2UP rekey=false .* udp=true", 10);
        }
    }

    @Test
    void preSharedKeyMismatchFailsOnBothSides() throws IOException {
        up("aes256-sha256-modp2048", "aes256-sha1", SwanLab.conf(false, "", ""));
        try (PeerProcess peer = new PeerProcess("--ike", "aes256-sha256-modp2048", "--esp", "aes256-sha1", "--psk",
                "not-the-lab-key")) {
            peer.send("initiate");
            peer.await("^P1FAIL", 40);
            assertThat(newLog()).containsAnyOf("message parsing failed", "integrity check failed", "invalid HASH",
                    "could not decrypt");
            assertThat(SwanLab.swanctl("--list-sas")).doesNotContain("ESTABLISHED");
            String out = SwanLab.initiateRight(15);
            assertThat(out).doesNotContain("completed successfully");
            peer.await("^BAD .*failed its sanity check|^P1FAIL", 20);
        }
    }

    @Test
    void phase1AndPhase2MismatchesAreSeenOnBothSides() throws IOException {
        up("aes256-sha256-modp2048", "aes256-sha1", SwanLab.conf(false, "", ""));
        try (PeerProcess peer = new PeerProcess("--ike", "aes256-sha256-modp1024", "--esp", "aes256-sha1")) {
            peer.send("initiate");
            peer.await("^P1FAIL notify=14", 20);
            assertThat(newLog()).contains("no proposal found");
        }
        logMark = SwanLab.rightLog().length();
        try (PeerProcess peer = new PeerProcess("--ike", "aes256-sha256-modp2048", "--esp", "3des-md5")) {
            peer.send("initiate");
            peer.await("^P1UP", 20);
            peer.await("^P2FAIL notify=14", 20);
            assertThat(newLog()).contains("no matching proposal found");
        }
        terminateAll(); // charon still holds the ISAKMP SA of the engine process that just quit
        try (PeerProcess peer = new PeerProcess("--ike", "aes256-sha256-modp2048", "--esp", "aes256-sha1")) {
            String out = SwanLab.initiateRight(15);
            assertThat(out).contains("completed successfully");
        }
        terminateAll();
        try (PeerProcess peer = new PeerProcess("--ike", "aes256-sha256-modp2048", "--esp", "aes256-sha1",
                "--remote-ts", "10.9.9.0/24")) {
            peer.send("initiate");
            peer.await("^P2FAIL notify=(14|18)", 20);
        }
    }

    @Test
    void dpdRekeyAndDeleteFromStrongSwan() throws IOException {
        up("aes256-sha256-modp2048", "aes256-sha1", SwanLab.conf(false, "dpd_delay = 2s", "rekey_time = 12s\n"
                + "                                life_time = 30s\n"
                // no jitter: the default rand_time (life - rekey = 18 s) can exceed rekey_time, and then
                // charon schedules no rekey at all and the SA just expires (seen once in CI)
                + "                                rand_time = 0s"));
        try (PeerProcess peer = new PeerProcess("--ike", "aes256-sha256-modp2048", "--esp", "aes256-sha1", "--dpd",
                "2")) {
            String out = SwanLab.initiateRight(20);
            assertThat(out).contains("completed successfully");
            peer.await("^P2UP rekey=false", 10);
            peer.await("^TRACE DPD/R_U_THERE_ACK received", 10);
            peer.await("^TRACE DPD/R_U_THERE received", 10);
            // strongSwan rekeys the IPsec SA after ~12 s and deletes the old one
            peer.await("^P2UP rekey=false", 30);
            // strongSwan's IKEv1 keeps the old pair until its life_time (30 s), then deletes it
            peer.await("^P2DEL in=\\w+ deleted by peer", 30);
            SwanLab.swanctl("--terminate", "--ike", "sut", "--timeout", "5");
            peer.await("^P1DEL conn=\\d+ deleted by peer", 10);
        }
    }

    private static void terminateAll() throws IOException {
        for (int i = 0; i < 5 && SwanLab.swanctl("--list-sas").contains("sut: #"); i++) {
            SwanLab.swanctl("--terminate", "--ike", "sut", "--force", "--timeout", "2");
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
