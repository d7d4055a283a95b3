package iosim.shell.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The troubleshooting labs (the seed lab with one deliberate fault on SITE-B, one per failure point):
 * the ping from SITE-A fails and the debug output says why, as on IOS.
 */
class FailureScenariosTest {
    @TempDir
    Path tmp;
    LabFixture lab;

    @AfterEach
    void down() {
        if (lab != null) {
            lab.close();
        }
    }

    /** Boots the lab folder {@code running-configs/<labDir>} (SITE-A, ISP, SITE-B) and pings across. */
    private String run(String labDir) {
        lab = new LabFixture(tmp);
        lab.boot("SITE-A", labDir + "/SITE-A.cfg");
        lab.boot("ISP", labDir + "/ISP.cfg");
        lab.boot("SITE-B", labDir + "/SITE-B.cfg");
        lab.link("SITE-A", "GigabitEthernet0/0", "ISP", "GigabitEthernet0/0");
        lab.link("ISP", "GigabitEthernet0/1", "SITE-B", "GigabitEthernet0/0");
        lab.settle();
        assertThat(lab.prime("SITE-A", "203.0.113.1")).isTrue();
        assertThat(lab.prime("SITE-B", "203.0.113.17")).isTrue();
        for (String r : new String[] {"SITE-A", "SITE-B"}) {
            lab.get(r).router().debug().set(CryptoDebug.DEFAULT, true);
        }
        StringBuilder out = new StringBuilder();
        int ok = lab.get("SITE-A").exec().ping(new PingRunner.Options("10.0.0.1", "GigabitEthernet0/1", 2, 100, 1, false),
                out::append);
        assertThat(ok).as(out.toString()).isZero();
        assertThat(out.toString()).contains("Success rate is 0 percent (0/2)\n");
        lab.settle();
        return "SITE-A:\n" + String.join("\n", lab.get("SITE-A").router().syslog().lines()) + "\nSITE-B:\n"
                + String.join("\n", lab.get("SITE-B").router().syslog().lines());
    }

    @Test
    void phase1ProposalMismatch() {
        String log = run("phase1-mismatch");
        assertThat(log).contains("IKEv2-ERROR:(SESSION ID = 1,SA ID = 1):: Received no proposal chosen notify");
        assertThat(log).contains("IKEv2-ERROR:Expected Policies: : Failed to find a matching policyProposal 1:  "
                + "ENCRYPTION: AES-CBC-128 PRF: SHA256 INTEGRITY: SHA256 DH GROUP: DH_GROUP_2048_MODP/Group 14");
        assertThat(lab.get("SITE-A").exec().showIkev2Sa(false, null)).doesNotContain("READY");
        assertThat(log).contains(":Initial exchange failed: Initial exchange failed");
    }

    @Test
    void pskMismatch() {
        String log = run("psk-mismatch");
        assertThat(log).contains("Verification of peer's authenctication data FAILED");
        assertThat(log).contains(":: Failed to authenticate the IKE SA");
        assertThat(lab.get("SITE-B").exec().showIkev2Sa(false, null)).doesNotContain("READY");
    }

    @Test
    void phase2TransformSetMismatch() {
        String log = run("phase2-transform-mismatch");
        assertThat(log).contains("NO_PROPOSAL_CHOSEN").contains("Queuing IKE SA delete request reason: unknown")
                .doesNotContain("Initial exchange failed");
        assertThat(lab.get("SITE-A").exec().showIpsecSa(false, null, null, null)).contains("#pkts encaps: 0,");
    }

    @Test
    void mismatchedAcls() {
        String log = run("acl-mismatch");
        assertThat(log).contains(":: There was no IPSEC policy found for received TS");
        assertThat(log).contains("Sending TS unacceptable notify");
    }
}
