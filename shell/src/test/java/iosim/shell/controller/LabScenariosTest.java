package iosim.shell.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training labs in running-configs/ (transport mode, hub and spokes, NAT-T), wired in-process. */
class LabScenariosTest {
    @TempDir
    Path tmp;
    LabFixture lab;

    @AfterEach
    void down() {
        if (lab != null) {
            lab.close();
        }
    }

    private static String ping(RouterRuntime r, String dest, String source) {
        StringBuilder out = new StringBuilder();
        r.exec().ping(new PingRunner.Options(dest, source, 5, 100, 2, false), out::append);
        return out.toString();
    }

    /**
     * IOS loses the packet that starts IKE ({@code .!!!!}); on a loaded machine the exchange may
     * outlast a second 2-s probe, so this accepts one or two leading dots and returns the replies.
     */
    static int firstLostThenReplies(String pingOutput) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\n(\\.{1,2}!{3,4})\n").matcher(pingOutput);
        assertThat(m.find()).as(pingOutput).isTrue();
        assertThat(m.group(1)).hasSize(5);
        return (int) m.group(1).chars().filter(c -> c == '!').count();
    }

    @Test
    void transportModeHostToHost() {
        lab = new LabFixture(tmp);
        lab.boot("SITE-A", "transport-host-to-host/SITE-A.cfg");
        lab.boot("ISP", "transport-host-to-host/ISP.cfg");
        lab.boot("SITE-B", "transport-host-to-host/SITE-B.cfg");
        lab.link("SITE-A", "GigabitEthernet0/0", "ISP", "GigabitEthernet0/0");
        lab.link("ISP", "GigabitEthernet0/1", "SITE-B", "GigabitEthernet0/0");
        assertThat(lab.prime("SITE-A", "203.0.113.1")).isTrue();
        assertThat(lab.prime("SITE-B", "203.0.113.17")).isTrue();
        RouterRuntime a = lab.get("SITE-A");
        int n = firstLostThenReplies(ping(a, "203.0.113.20", null));
        String sa = a.exec().showIpsecSa(false, null, null, null);
        assertThat(sa).contains("   local  ident (addr/mask/prot/port): (203.0.113.10/255.255.255.255/0/0)")
                .contains("in use settings ={Transport, }").contains("#pkts encaps: " + n + ",")
                .contains("plaintext mtu 1458,");
        assertThat(lab.get("SITE-B").exec().showIpsecSa(false, null, null, null)).contains("#pkts decaps: " + n + ",");
    }

    @Test
    void hubWithTwoSpokes() {
        lab = new LabFixture(tmp);
        lab.boot("HUB", "hub-two-spokes/HUB.cfg");
        lab.boot("ISP", "hub-two-spokes/ISP.cfg");
        lab.boot("SPOKE1", "hub-two-spokes/SPOKE1.cfg");
        lab.boot("SPOKE2", "hub-two-spokes/SPOKE2.cfg");
        lab.link("HUB", "GigabitEthernet0/0", "ISP", "GigabitEthernet0/0");
        lab.link("ISP", "GigabitEthernet0/1", "SPOKE1", "GigabitEthernet0/0");
        lab.link("ISP", "GigabitEthernet0/2", "SPOKE2", "GigabitEthernet0/0");
        assertThat(lab.prime("HUB", "203.0.113.1")).isTrue();
        assertThat(lab.prime("SPOKE1", "203.0.113.17")).isTrue();
        assertThat(lab.prime("SPOKE2", "203.0.113.33")).isTrue();
        RouterRuntime hub = lab.get("HUB");
        firstLostThenReplies(ping(hub, "10.0.1.1", "GigabitEthernet0/1"));
        firstLostThenReplies(ping(hub, "10.0.2.1", "GigabitEthernet0/1"));
        String ike = hub.exec().showIkev2Sa(false, null);
        assertThat(ike).contains("203.0.113.20/500").contains("203.0.113.40/500");
        assertThat(ike.split("READY", -1)).hasSize(3);
        assertThat(hub.exec().showIpsecSa(false, "203.0.113.40", null, null))
                .contains("remote ident (addr/mask/prot/port): (10.0.2.0/255.255.255.0/0/0)")
                .doesNotContain("10.0.1.0/255.255.255.0");
        assertThat(hub.exec().showCryptoSession(false).split("UP-ACTIVE", -1)).hasSize(3);
        // a spoke initiates too: the hub responds with the right entry
        lab.get("SPOKE2").exec().clearSession(null);
        lab.settle();
        assertThat(ping(lab.get("SPOKE2"), "192.168.1.1", "GigabitEthernet0/1")).contains("!!!!");
    }

    @Test
    void natTraversalThroughPat() {
        lab = new LabFixture(tmp);
        lab.boot("SITE-A", "nat-t-pat/SITE-A.cfg");
        lab.boot("PAT", "nat-t-pat/PAT.cfg");
        lab.boot("SITE-B", "nat-t-pat/SITE-B.cfg");
        lab.link("SITE-A", "GigabitEthernet0/0", "PAT", "GigabitEthernet0/0");
        lab.link("PAT", "GigabitEthernet0/1", "SITE-B", "GigabitEthernet0/0");
        assertThat(lab.prime("SITE-A", "10.99.0.1")).isTrue();
        assertThat(lab.prime("SITE-A", "203.0.113.20")).isTrue();
        RouterRuntime a = lab.get("SITE-A");
        RouterRuntime b = lab.get("SITE-B");
        a.router().debug().set(CryptoDebug.DEFAULT, true);
        int n = firstLostThenReplies(ping(a, "10.0.0.1", "GigabitEthernet0/1"));
        assertThat(a.exec().showIkev2Sa(true, null)).contains("10.99.0.2/4500        203.0.113.20/4500")
                .contains("NAT-T is detected inside");
        assertThat(b.exec().showIkev2Sa(true, null)).contains("NAT-T is detected  outside");
        assertThat(a.exec().showIpsecSa(false, null, null, null)).contains("current_peer 203.0.113.20 port 4500")
                .contains("in use settings ={Tunnel UDP-Encaps, }").contains("#pkts encaps: " + n + ",");
        assertThat(b.exec().showIpsecSa(false, null, null, null)).contains("#pkts decaps: " + n + ",");
        assertThat(String.join("\n", a.router().syslog().lines())).contains("NAT INSIDE found");
    }
}
