package iosim.shell.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live show commands over real labs: {@code show interfaces} and {@code show ip interface
 * brief} follow the links, the tunnel's SA and the dataplane's counters; {@code clear counters}
 * zeroes them; {@code show crypto ikev2 stats} counts the negotiation on both ends.
 */
class LiveShowTest {
    @TempDir
    Path tmp;
    LabFixture lab;

    @AfterEach
    void down() {
        if (lab != null) {
            lab.close();
        }
    }

    private void seedLab() {
        lab = new LabFixture(tmp);
        lab.boot("SITE-A", "seed-site-to-site/SITE-A.cfg");
        lab.boot("ISP", "seed-site-to-site/ISP.cfg");
        lab.boot("SITE-B", "seed-site-to-site/SITE-B.cfg");
        lab.link("SITE-A", "GigabitEthernet0/0", "ISP", "GigabitEthernet0/0");
        lab.link("ISP", "GigabitEthernet0/1", "SITE-B", "GigabitEthernet0/0");
        lab.settle();
        assertThat(lab.prime("SITE-A", "203.0.113.1")).isTrue();
        assertThat(lab.prime("SITE-B", "203.0.113.17")).isTrue();
    }

    private static long number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex + " in\n" + text).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void interfacesCountTrafficAndClearCountersZeroesThem() {
        seedLab();
        RouterRuntime a = lab.get("SITE-A");
        String before = a.exec().showInterfaces("GigabitEthernet0/0");
        assertThat(before).startsWith("GigabitEthernet0/0 is up, line protocol is up \n")
                .contains("  Internet address is 203.0.113.10/24\n")
                .contains("  Full Duplex, 1000Mbps, link type is auto, media type is RJ45\n");
        long outBefore = number(before, "\n     (\\d+) packets output, ");
        int ok = a.exec().ping(new PingRunner.Options("203.0.113.1", null, 5, 100, 2, false), s -> { });
        assertThat(ok).isEqualTo(5);
        String after = a.exec().showInterfaces("GigabitEthernet0/0");
        long outAfter = number(after, "\n     (\\d+) packets output, ");
        long inAfter = number(after, "\n     (\\d+) packets input, ");
        assertThat(outAfter - outBefore).isGreaterThanOrEqualTo(5);
        assertThat(inAfter).isGreaterThanOrEqualTo(5);
        assertThat(number(after, "packets output, (\\d+) bytes")).isGreaterThanOrEqualTo(outAfter * 100);

        // a physical interface without a link is up/down; one shut down is administratively down
        String all = a.exec().showInterfaces(null);
        assertThat(all).contains("GigabitEthernet0/2 is administratively down, line protocol is down \n");
        assertThat(all).contains("GigabitEthernet0/1 is down, line protocol is down \n"); // no link
        assertThat(all.indexOf("GigabitEthernet0/0 is")).isLessThan(all.indexOf("GigabitEthernet0/1 is"));
        assertThat(a.exec().lineStates().get("GigabitEthernet0/0").protocol()).isEqualTo("up");

        a.exec().clearCounters("GigabitEthernet0/0");
        String cleared = a.exec().showInterfaces("GigabitEthernet0/0");
        assertThat(number(cleared, "\n     (\\d+) packets output, ")).isLessThanOrEqualTo(1);
        assertThat(cleared).contains("  Last clearing of \"show interface\" counters 00:00:0");
        assertThat(a.exec().showInterfaces("GigabitEthernet0/1")).contains("counters never\n");
    }

    @Test
    void ikev2StatsCountTheNegotiationOnBothEnds() {
        seedLab();
        RouterRuntime a = lab.get("SITE-A");
        RouterRuntime b = lab.get("SITE-B");
        assertThat(a.exec().showIkev2Stats(false))
                .contains("Total outgoing IKEv2 SA Count:    0        active:        0        negotiating: 0     \n");
        int ok = a.exec().ping(new PingRunner.Options("10.0.0.1", "GigabitEthernet0/1", 5, 100, 2, false), s -> { });
        assertThat(ok).isGreaterThanOrEqualTo(3);
        lab.settle();
        String sa = a.exec().showIkev2Stats(false);
        assertThat(sa).startsWith("-".repeat(80) + "\n                          Crypto IKEv2 SA Statistics\n")
                .contains("Total incoming IKEv2 SA Count:    0        active:        0        negotiating: 0     \n")
                .contains("Total outgoing IKEv2 SA Count:    1        active:        1        negotiating: 0     \n")
                .contains("Outgoing IKEv2 Requests: 1        accepted:      1        rejected:    0       \n")
                .contains("Incoming IKEv2 Requests: 0        accepted:      0        rejected:    0       \n");
        String sb = b.exec().showIkev2Stats(false);
        assertThat(sb).contains("Total incoming IKEv2 SA Count:    1        active:        1        negotiating: 0     \n")
                .contains("Incoming IKEv2 Requests: 1        accepted:      1        rejected:    0       \n");
        String x = a.exec().showIkev2Stats(true);
        assertThat(x).contains(String.format("%-32s%9d%11d%11d%11d%n", "IKE_SA_INIT", 1, 0, 0, 1))
                .contains(String.format("%-32s%9d%11d%11d%11d%n", "IKE_AUTH", 1, 0, 0, 1))
                .contains(String.format("%-32s%9d%11d%11d%11d%n", "INITIAL_CONTACT", 1, 0, 0, 0));
        a.exec().clearIkev2Stats();
        assertThat(a.exec().showIkev2Stats(false)).contains("Outgoing IKEv2 Requests: 0        accepted:")
                .contains("Total outgoing IKEv2 SA Count:    1        active:        1");
    }

    @Test
    void aProposalMismatchIsCountedAsRejectedOnBothEnds() {
        lab = new LabFixture(tmp);
        lab.boot("SITE-A", "phase1-mismatch/SITE-A.cfg");
        lab.boot("ISP", "phase1-mismatch/ISP.cfg");
        lab.boot("SITE-B", "phase1-mismatch/SITE-B.cfg");
        lab.link("SITE-A", "GigabitEthernet0/0", "ISP", "GigabitEthernet0/0");
        lab.link("ISP", "GigabitEthernet0/1", "SITE-B", "GigabitEthernet0/0");
        lab.settle();
        assertThat(lab.prime("SITE-A", "203.0.113.1")).isTrue();
        assertThat(lab.prime("SITE-B", "203.0.113.17")).isTrue();
        RouterRuntime a = lab.get("SITE-A");
        RouterRuntime b = lab.get("SITE-B");
        assertThat(a.exec().ping(new PingRunner.Options("10.0.0.1", "GigabitEthernet0/1", 2, 100, 1, false), s -> { }))
                .isZero();
        lab.settle();
        String sa = a.exec().showIkev2Stats(false);
        long out = number(sa, "Outgoing IKEv2 Requests: (\\d+) ");
        assertThat(out).isGreaterThanOrEqualTo(1);
        assertThat(sa).contains(String.format("Outgoing IKEv2 Requests: %-9daccepted:      0        rejected:    %-8d%n",
                out, out));
        String sb = b.exec().showIkev2Stats(false);
        long in = number(sb, "Incoming IKEv2 Requests: (\\d+) ");
        assertThat(in).isEqualTo(out);
        assertThat(sb).contains(String.format("Incoming IKEv2 Requests: %-9daccepted:      0        rejected:    %-8d%n",
                in, in));
        assertThat(a.exec().showIkev2Stats(true))
                .contains(String.format("%-32s%9d%11d%11d%11d%n", "NO_PROPOSAL_CHOSEN", 0, 0, 0, out));
        assertThat(b.exec().showIkev2Stats(true))
                .contains(String.format("%-32s%9d%11d%11d%11d%n", "NO_PROPOSAL_CHOSEN", 0, in, 0, 0));
    }

    @Test
    void aNegotiationStillRunningIsInNegEverywhere() {
        lab = new LabFixture(tmp);
        lab.boot("SITE-A", "seed-site-to-site/SITE-A.cfg");
        lab.boot("ISP", "seed-site-to-site/ISP.cfg");
        lab.boot("SITE-B", "seed-site-to-site/SITE-B.cfg");
        lab.link("SITE-A", "GigabitEthernet0/0", "ISP", "GigabitEthernet0/0"); // SITE-B is cut off
        lab.settle();
        assertThat(lab.prime("SITE-A", "203.0.113.1")).isTrue();
        RouterRuntime a = lab.get("SITE-A");
        int ok = a.exec().ping(new PingRunner.Options("10.0.0.1", "GigabitEthernet0/1", 2, 100, 1, false), s -> { });
        assertThat(ok).isZero();
        String ike = a.exec().showIkev2Sa(true, null);
        assertThat(ike).contains("203.0.113.10/500      203.0.113.20/500      none/none            IN-NEG \n")
                .contains("      Status Description: Negotiation in progress\n")
                .contains("      Initiator of SA : Yes\n");
        assertThat(a.exec().showCryptoSession(true)).contains("Session status: DOWN-NEGOTIATING\n")
                .contains("  IKEv2 SA: local 203.0.113.10/500 remote 203.0.113.20/500 Inactive \n");
        assertThat(a.exec().showIkev2Stats(false))
                .contains("Total outgoing IKEv2 SA Count:    1        active:        0        negotiating: 1     \n")
                .contains("Outgoing IKEv2 Requests: 1        accepted:      0        rejected:    0       \n");
    }

    @Test
    void anSaBeingDeletedWithoutAnswerShowsDelete() {
        seedLab();
        RouterRuntime a = lab.get("SITE-A");
        assertThat(a.exec().ping(new PingRunner.Options("10.0.0.1", "GigabitEthernet0/1", 5, 100, 2, false), s -> { }))
                .isGreaterThanOrEqualTo(3);
        lab.get("ISP").node().setAdminUp("GigabitEthernet0/1", false).join(); // the Delete gets no answer
        a.exec().clearSession(null);
        lab.settle();
        String ike = a.exec().showIkev2Sa(true, null);
        assertThat(ike).contains("203.0.113.10/500      203.0.113.20/500      none/none            DELETE \n")
                .contains("      Status Description: Deleting IKE SA\n");
        assertThat(a.exec().showCryptoSession(true)).doesNotContain("Session status: UP-ACTIVE")
                .contains("  IKEv2 SA: local 203.0.113.10/500 remote 203.0.113.20/500 Inactive \n");
    }

    @Test
    void tunnelInterfaceFollowsItsSa() throws Exception {
        lab = new LabFixture(tmp);
        lab.create("SITE-A", "vti-gcm/SITE-A.cfg");
        lab.create("ISP", "vti-gcm/ISP.cfg");
        lab.create("SITE-B", "vti-gcm/SITE-B.cfg");
        lab.link("SITE-A", "GigabitEthernet0/0", "ISP", "GigabitEthernet0/0");
        lab.link("ISP", "GigabitEthernet0/1", "SITE-B", "GigabitEthernet0/0");
        var lineUp = lab.logged("SITE-A", "%LINEPROTO-5-UPDOWN: Line protocol on Interface Tunnel0, changed state to up");
        lab.bootAll();
        lineUp.get(20, TimeUnit.SECONDS);
        RouterRuntime a = lab.get("SITE-A");
        int ok = a.exec().ping(new PingRunner.Options("10.0.0.1", "GigabitEthernet0/1", 5, 100, 2, false), s -> { });
        assertThat(ok).isEqualTo(5);
        String t = a.exec().showInterfaces("Tunnel0");
        assertThat(t).startsWith("Tunnel0 is up, line protocol is up \n  Hardware is Tunnel\n")
                .contains("  Tunnel linestate evaluation up\n")
                .contains("  Tunnel source 203.0.113.10 (GigabitEthernet0/0), destination 203.0.113.20\n")
                .contains("  Tunnel protocol/transport IPSEC/IP\n")
                .contains("  Tunnel protection via IPSec (profile \"")
                .contains("\n     5 packets output, ")
                .contains("\n     5 packets input, ");
        assertThat(a.exec().lineStates().get("Tunnel0")).isEqualTo(new iosim.shell.cli.LiveExec.LineState("up", "up"));

        var down = lab.logged("SITE-A", "Line protocol on Interface Tunnel0, changed state to down");
        lab.get("SITE-B").exec().clearSession(null);
        down.get(10, TimeUnit.SECONDS);
    }
}
