package iosim.ikev2.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The engine against a real strongSwan 5.9 (charon in netns "right", our engine in a child
 * JVM in netns "left", 203.0.113.10). libipsec fakes NAT detection, so IKE floats to 4500
 * and ESP is UDP-encapsulated. Needs root; see {@link StrongSwanLab} for skipping.
 */
@Tag("root")
class StrongSwanInteropTest {
    private static final String BASE_IKE = "aes256-sha256-modp2048";
    private static final String BASE_ESP = "aes256gcm16";
    private int logMark;

    @BeforeAll
    static void lab() throws IOException {
        if (StrongSwanLab.missingPrerequisite() != null) {
            return; // each test reports itself skipped (or failed under CI=true) with the reason
        }
        StrongSwanLab.down();
        String out = StrongSwanLab.up(BASE_IKE, BASE_ESP);
        assertThat(out).contains("loaded connection 'sut'");
    }

    @AfterAll
    static void teardown() {
        if (StrongSwanLab.missingPrerequisite() == null) {
            StrongSwanLab.down();
        }
    }

    @BeforeEach
    void clearSas() throws IOException {
        StrongSwanLab.requirePrerequisites();
        for (int i = 0; i < 5 && StrongSwanLab.swanctl("--list-sas").contains("sut:"); i++) {
            StrongSwanLab.swanctl("--terminate", "--ike", "sut", "--force", "--timeout", "2");
        }
        logMark = StrongSwanLab.rightLog().length();
    }

    private String newLog() throws IOException {
        String all = StrongSwanLab.rightLog();
        return all.substring(Math.min(logMark, all.length()));
    }

    @ParameterizedTest(name = "{0} / {1}, engine then strongSwan initiates")
    @CsvSource({
        "aes256-sha256-modp2048, aes256gcm16, AES_CBC-256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048, ESP:AES_GCM_16-256",
        "aes256gcm16-prfsha256-ecp256, aes256gcm16, AES_GCM_16-256/PRF_HMAC_SHA2_256/ECP_256, ESP:AES_GCM_16-256",
        "aes128gcm16-prfsha256-curve25519, aes128gcm16, AES_GCM_16-128/PRF_HMAC_SHA2_256/CURVE_25519, ESP:AES_GCM_16-128",
        "aes128-sha1-modp2048, aes128-sha1, AES_CBC-128/HMAC_SHA1_96/PRF_HMAC_SHA1/MODP_2048, ESP:AES_CBC-128/HMAC_SHA1_96"
    })
    void establishesInBothDirections(String ike, String esp, String swanIke, String swanEsp) throws IOException {
        StrongSwanLab.up(ike, esp);
        try (EnginePeerProcess peer = new EnginePeerProcess("--ike", ike, "--esp", esp)) {
            // engine as initiator
            peer.send("initiate");
            peer.await("^UP spi=\\w+ nat=true remote=/203.0.113.20:4500", 15);
            peer.await("^CHILD_INSTALLED ESP TUNNEL .*UDP-encap", 5);
            String sas = StrongSwanLab.swanctl("--list-sas");
            assertThat(sas).contains("ESTABLISHED", swanIke, "INSTALLED, TUNNEL-in-UDP, " + swanEsp,
                    "remote 192.168.1.0/24");
            peer.send("delete-ike");
            peer.await("^DOWN spi=\\w+ reason=deleted locally", 10);
            assertThat(StrongSwanLab.swanctl("--list-sas")).doesNotContain("sut:");

            // engine as responder
            String out = StrongSwanLab.initiateRight(10);
            assertThat(out).contains("initiate completed successfully");
            peer.await("^UP spi=", 5);
            peer.await("^CHILD_INSTALLED ESP TUNNEL .*UDP-encap", 5);
            assertThat(StrongSwanLab.swanctl("--list-sas")).contains(swanIke, "INSTALLED, TUNNEL-in-UDP, " + swanEsp);
        }
    }

    @Test
    void engineRekeysChildAndIkeSaRunsDpdAndDeletes() throws IOException {
        StrongSwanLab.up(BASE_IKE, BASE_ESP);
        try (EnginePeerProcess peer = new EnginePeerProcess()) {
            peer.send("initiate");
            peer.await("^CHILD_INSTALLED", 15);
            peer.send("rekey-child");
            String rekeyed = peer.await("^CHILD_REKEYED", 10);
            peer.await("^CHILD_REMOVED .*reason=rekeyed", 10);
            Matcher m = Pattern.compile("in 0x(\\w{8}) out 0x(\\w{8})").matcher(rekeyed);
            assertThat(m.find()).isTrue();
            String sas = StrongSwanLab.swanctl("--list-sas");
            assertThat(sas).contains("in  " + m.group(2).toLowerCase(), "out " + m.group(1).toLowerCase());

            peer.send("rekey-ike");
            String ikeRekeyed = peer.await("^IKE_REKEYED old=\\w+ new=\\w+", 10);
            peer.await("^DOWN spi=\\w+ reason=rekeyed", 10);
            String newSpi = ikeRekeyed.replaceAll(".*new=(\\w+).*", "$1").toLowerCase();
            sas = StrongSwanLab.swanctl("--list-sas");
            assertThat(sas).contains(newSpi + "_i", "ESTABLISHED", "INSTALLED");
            assertThat(sas.split("sut: #", -1)).hasSize(2);

            peer.send("dpd");
            peer.await("^SENT INFORMATIONAL request \\d+ \\[  \\]", 5);
            peer.await("^RECV INFORMATIONAL response \\d+ \\[  \\]", 5);

            peer.send("delete-ike");
            peer.await("^DOWN spi=\\w+ reason=deleted locally", 10);
            assertThat(StrongSwanLab.swanctl("--list-sas")).doesNotContain("sut:");
            assertThat(newLog()).contains("received DELETE for IKE_SA sut");
        }
    }

    @Test
    void ikeAuthIsFragmentedBothWaysInEitherDirection() throws IOException {
        Path extra = Files.createTempFile("sslab-fragment", ".conf");
        try {
            // strongswan.conf: charon's fragments at most 200 octets (IP packet); swanctl.conf has fragmentation = yes
            Files.writeString(extra, "charon {\n    fragment_size = 200\n}\n");
            StrongSwanLab.up(BASE_IKE, BASE_ESP, "--right-extra", extra.toString());
            logMark = StrongSwanLab.rightLog().length();
            try (EnginePeerProcess peer = new EnginePeerProcess("--fragment-size", "200")) {
                peer.send("initiate");
                peer.await("^SENT IKE_SA_INIT request 0 \\[.*N\\(FRAGMENTATION_SUPPORTED\\)", 10);
                peer.await("^RECV IKE_SA_INIT response 0 \\[.*N\\(FRAGMENTATION_SUPPORTED\\)", 15);
                peer.await("^SENT IKE_AUTH request 1 .*, [2-9] fragments\\)", 5);
                peer.await("^RECV IKE_AUTH response 1 .*, [2-9] fragments\\)", 10);
                peer.await("^CHILD_INSTALLED ESP TUNNEL .*UDP-encap", 5);
                assertThat(StrongSwanLab.swanctl("--list-sas")).contains("ESTABLISHED", "INSTALLED, TUNNEL-in-UDP");
                String log = newLog();
                assertThat(log).containsPattern("received fragment #1 of [2-9], waiting for complete IKE message")
                        .containsPattern("reassembled fragmented IKE message \\(\\d+ bytes\\)")
                        .containsPattern("splitting IKE message \\(\\d+ bytes\\) into [2-9] fragments")
                        .containsPattern("parsed IKE_AUTH request 1 \\[ IDi .*AUTH .*\\]");
                peer.send("delete-ike");
                peer.await("^DOWN spi=\\w+ reason=deleted locally", 10);

                // strongSwan initiates: the same both ways
                logMark = StrongSwanLab.rightLog().length();
                assertThat(StrongSwanLab.initiateRight(10)).contains("initiate completed successfully");
                peer.await("^RECV IKE_AUTH request 1 .*, [2-9] fragments\\)", 5);
                peer.await("^SENT IKE_AUTH response 1 .*, [2-9] fragments\\)", 5);
                peer.await("^CHILD_INSTALLED", 5);
                log = newLog();
                assertThat(log).containsPattern("splitting IKE message \\(\\d+ bytes\\) into [2-9] fragments")
                        .containsPattern("reassembled fragmented IKE message \\(\\d+ bytes\\)")
                        .containsPattern("parsed IKE_AUTH response 1 \\[ IDr AUTH .*\\]");
                peer.send("counters");
                String counters = peer.await("^COUNTERS ", 5);
                assertThat(counters).containsPattern("reassembled=2 ").containsPattern("fragmentsDropped=0 ");
            }
        } finally {
            Files.deleteIfExists(extra);
        }
    }

    @Test
    void strongSwanIkeRekeyThatChangesThePrfKeepsTheSaWorking() throws IOException {
        // strongSwan prefers sha384 and picks it in IKE_SA_INIT; when it rekeys, we pick our first: sha256
        StrongSwanLab.up("aes256-sha384-modp2048,aes256-sha256-modp2048", BASE_ESP);
        try (EnginePeerProcess peer = new EnginePeerProcess("--ike",
                "aes256-sha256-modp2048,aes256-sha384-modp2048")) {
            peer.send("initiate");
            peer.await("^CHILD_INSTALLED", 15);
            assertThat(StrongSwanLab.swanctl("--list-sas")).contains("PRF_HMAC_SHA2_384");
            assertThat(StrongSwanLab.swanctl("--rekey", "--ike", "sut")).contains("rekey completed successfully");
            peer.await("^IKE_REKEYED old=\\w+ new=\\w+ prf=sha256", 10);
            peer.await("^DOWN spi=\\w+ reason=rekeyed", 10);
            assertThat(StrongSwanLab.swanctl("--list-sas")).contains("PRF_HMAC_SHA2_256", "ESTABLISHED", "INSTALLED");
            // both directions over the new SA (SKEYSEED from the old SA's sha384, keys from sha256)
            peer.send("dpd");
            peer.await("^RECV INFORMATIONAL response \\d+ \\[  \\]", 5);
            assertThat(StrongSwanLab.swanctl("--rekey", "--child", "net")).contains("rekey completed successfully");
            peer.await("^CHILD_REKEYED", 10);
            assertThat(newLog()).doesNotContain("integrity check failed", "MAC mismatched");
        }
    }

    @Test
    void invalidKePayloadIsAnsweredAndRetriedEitherWay() throws IOException {
        // we send KE for ecp256 first; strongSwan only takes modp2048 and asks for it
        StrongSwanLab.up("aes256-sha256-modp2048", BASE_ESP);
        try (EnginePeerProcess peer = new EnginePeerProcess("--ike", "aes256-sha256-ecp256-modp2048")) {
            peer.send("initiate");
            peer.await("^RECV IKE_SA_INIT response 0 \\[ N\\(INVALID_KE_PAYLOAD\\) \\]", 15);
            peer.await("^FAILURE notify=INVALID_KE_PAYLOAD byPeer=true .*retrying with it", 5);
            peer.await("^CHILD_INSTALLED", 15);
            assertThat(StrongSwanLab.swanctl("--list-sas")).contains("ESTABLISHED", "MODP_2048");
            assertThat(newLog()).contains("requesting MODP_2048");
        }
        // strongSwan sends KE for ecp256 first; we only take modp2048 and ask for it
        StrongSwanLab.swanctl("--terminate", "--ike", "sut", "--force", "--timeout", "2");
        StrongSwanLab.up("aes256-sha256-ecp256-modp2048", BASE_ESP);
        logMark = StrongSwanLab.rightLog().length();
        try (EnginePeerProcess peer = new EnginePeerProcess("--ike", "aes256-sha256-modp2048")) {
            assertThat(StrongSwanLab.initiateRight(15)).contains("initiate completed successfully");
            peer.await("^SENT IKE_SA_INIT response 0 \\[ N\\(INVALID_KE_PAYLOAD\\) \\]", 5);
            peer.await("^CHILD_INSTALLED", 5);
            assertThat(StrongSwanLab.swanctl("--list-sas")).contains("ESTABLISHED", "MODP_2048");
            assertThat(newLog()).containsPattern("peer didn't accept DH group ECP_256, it requested MODP_2048");
        }
    }

    @Test
    void childRekeyWithPfsRetriesTheGroupThePeerAsksForEitherWay() throws IOException {
        // both offer ecp256 and modp2048 for PFS; strongSwan prefers ecp256, we prefer modp2048
        StrongSwanLab.up(BASE_IKE, "aes256gcm16-ecp256-modp2048");
        try (EnginePeerProcess peer = new EnginePeerProcess("--esp", "aes256gcm16-modp2048-ecp256")) {
            peer.send("initiate");
            peer.await("^CHILD_INSTALLED", 15);
            peer.send("rekey-child");
            peer.await("^RECV CREATE_CHILD_SA response \\d+ \\[ N\\(INVALID_KE_PAYLOAD\\) \\]", 10);
            peer.await("^FAILURE notify=INVALID_KE_PAYLOAD byPeer=true .*wants PFS group 19.*retrying with it", 5);
            peer.await("^SENT CREATE_CHILD_SA request \\d+ \\[ N\\(REKEY_SA\\) SA No KE TSi TSr \\]", 5);
            peer.await("^CHILD_REKEYED", 10);
            assertThat(newLog()).contains("requesting ECP_256");
            logMark = StrongSwanLab.rightLog().length();

            assertThat(StrongSwanLab.swanctl("--rekey", "--child", "net")).contains("rekey completed successfully");
            peer.await("^SENT CREATE_CHILD_SA response \\d+ \\[ N\\(INVALID_KE_PAYLOAD\\) \\]", 10);
            peer.await("^CHILD_REKEYED", 10);
            assertThat(newLog()).contains("peer didn't accept DH group ECP_256, it requested MODP_2048");
            assertThat(StrongSwanLab.swanctl("--list-sas")).contains("INSTALLED", "MODP_2048");
        }
    }

    @Test
    void strongSwanDemandsACookieAndWeAnswerIt() throws IOException {
        // charon demands cookies from its first half-open IKE SA on; a bare IKE_SA_INIT leaves one
        StrongSwanLab.up(BASE_IKE, BASE_ESP, "--cookie-threshold", "1");
        logMark = StrongSwanLab.rightLog().length();
        try (EnginePeerProcess peer = new EnginePeerProcess()) {
            peer.send("half-open");
            peer.await("^OK half-open", 5);
            for (int i = 0; i < 50 && !newLog().contains("generating IKE_SA_INIT response 0"); i++) {
                sleepQuietly(100);
            }
            peer.send("initiate");
            peer.await("^RECV IKE_SA_INIT response 0 \\[ N\\(COOKIE\\) \\]", 15);
            peer.await("^SENT IKE_SA_INIT request 0 \\[ N\\(COOKIE\\) SA KE No ", 5);
            peer.await("^CHILD_INSTALLED", 15);
            assertThat(newLog()).contains("generating IKE_SA_INIT response 0 [ N(COOKIE) ]");
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void weDemandACookieAndStrongSwanAnswersIt() throws IOException {
        StrongSwanLab.up(BASE_IKE, BASE_ESP);
        try (EnginePeerProcess peer = new EnginePeerProcess("--cookie-threshold", "0")) {
            assertThat(StrongSwanLab.initiateRight(15)).contains("initiate completed successfully");
            peer.await("^SENT IKE_SA_INIT response 0 \\[ N\\(COOKIE\\) \\]", 5);
            peer.await("^RECV IKE_SA_INIT request 0 \\[ N\\(COOKIE\\) SA KE No ", 5);
            peer.await("^CHILD_INSTALLED", 5);
            assertThat(newLog()).contains("received COOKIE");
        }
    }

    @Test
    void strongSwanRekeysChildAndIkeSaAndDeletes() throws IOException {
        StrongSwanLab.up(BASE_IKE, BASE_ESP);
        try (EnginePeerProcess peer = new EnginePeerProcess()) {
            assertThat(StrongSwanLab.initiateRight(10)).contains("initiate completed successfully");
            peer.await("^CHILD_INSTALLED", 5);
            assertThat(StrongSwanLab.swanctl("--rekey", "--child", "net")).contains("rekey completed successfully");
            peer.await("^CHILD_REKEYED", 10);
            peer.await("^CHILD_REMOVED .*reason=rekeyed", 10);
            assertThat(StrongSwanLab.swanctl("--rekey", "--ike", "sut")).contains("rekey completed successfully");
            peer.await("^IKE_REKEYED", 10);
            peer.await("^DOWN spi=\\w+ reason=rekeyed", 10);
            peer.send("sas");
            peer.await("^SA \\w+ ESTABLISHED children=1", 5);
            assertThat(StrongSwanLab.swanctl("--terminate", "--child", "net")).contains("terminate completed successfully");
            peer.await("^CHILD_REMOVED .*reason=deleted by peer", 10);
            assertThat(StrongSwanLab.swanctl("--terminate", "--ike", "sut")).contains("terminate completed successfully");
            peer.await("^DOWN spi=\\w+ reason=deleted by peer", 10);
        }
    }

    @Test
    void pskMismatchIsAuthenticationFailedOnBothSidesEitherDirection() throws IOException {
        StrongSwanLab.up(BASE_IKE, BASE_ESP);
        try (EnginePeerProcess peer = new EnginePeerProcess("--psk", "wrong-key")) {
            peer.send("initiate");
            peer.await("^FAILURE notify=AUTHENTICATION_FAILED byPeer=true", 15);
            peer.await("^DOWN", 5);
            assertThat(newLog()).contains("MAC mismatched", "N(AUTH_FAILED)");
            logMark = StrongSwanLab.rightLog().length();

            StrongSwanLab.initiateRight(5);
            peer.await("^FAILURE notify=AUTHENTICATION_FAILED byPeer=false reason=AUTH payload from 203.0.113.20 does not verify", 10);
            assertThat(newLog()).contains("received AUTHENTICATION_FAILED notify error");
        }
    }

    @Test
    void ikeProposalMismatchIsNoProposalChosenOnBothSidesEitherDirection() throws IOException {
        StrongSwanLab.up(BASE_IKE, BASE_ESP);
        try (EnginePeerProcess peer = new EnginePeerProcess("--ike", "aes128-sha1-ecp256")) {
            peer.send("initiate");
            peer.await("^FAILURE notify=NO_PROPOSAL_CHOSEN byPeer=true", 15);
            assertThat(newLog()).contains("generating IKE_SA_INIT response 0 [ N(NO_PROP) ]");
            logMark = StrongSwanLab.rightLog().length();

            StrongSwanLab.initiateRight(5);
            peer.await("^FAILURE notify=NO_PROPOSAL_CHOSEN byPeer=false", 10);
            assertThat(newLog()).contains("received NO_PROPOSAL_CHOSEN notify error");
        }
    }

    @Test
    void childProposalMismatchIsNoProposalChosenOnBothSides() throws IOException {
        StrongSwanLab.up(BASE_IKE, BASE_ESP);
        try (EnginePeerProcess peer = new EnginePeerProcess("--esp", "aes128-sha1")) {
            peer.send("initiate");
            peer.await("^UP", 15);
            peer.await("^FAILURE notify=NO_PROPOSAL_CHOSEN byPeer=true", 5);
            assertThat(newLog()).contains("N(NO_PROP)");
            logMark = StrongSwanLab.rightLog().length();
            StrongSwanLab.swanctl("--terminate", "--ike", "sut", "--force", "--timeout", "2");

            StrongSwanLab.initiateRight(5);
            peer.await("^FAILURE notify=NO_PROPOSAL_CHOSEN byPeer=false reason=Child SA in IKE_AUTH", 10);
            assertThat(newLog()).contains("received NO_PROPOSAL_CHOSEN notify, no CHILD_SA built");
        }
    }

    @Test
    void trafficSelectorMismatchIsTsUnacceptableOnBothSidesEitherDirection() throws IOException {
        StrongSwanLab.up(BASE_IKE, BASE_ESP);
        try (EnginePeerProcess peer = new EnginePeerProcess("--remote-ts", "10.9.9.0/24")) {
            peer.send("initiate");
            peer.await("^UP", 15);
            peer.await("^FAILURE notify=TS_UNACCEPTABLE byPeer=true", 5);
            assertThat(newLog()).contains("N(TS_UNACCEPT)");
            logMark = StrongSwanLab.rightLog().length();
            StrongSwanLab.swanctl("--terminate", "--ike", "sut", "--force", "--timeout", "2");

            StrongSwanLab.initiateRight(5);
            peer.await("^FAILURE notify=TS_UNACCEPTABLE byPeer=false", 10);
            assertThat(newLog()).contains("received TS_UNACCEPTABLE notify, no CHILD_SA built");
        }
    }
}
