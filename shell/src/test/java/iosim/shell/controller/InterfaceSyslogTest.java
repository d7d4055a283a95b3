package iosim.shell.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interface syslog follows the real state, as on IOS: an Ethernet that is {@code no shutdown}
 * with nothing attached logs its link down (never up); attaching a link logs the link, then the
 * line protocol, up; {@code shutdown} logs administratively down.
 */
class InterfaceSyslogTest {
    private static final String R1 = String.join("\n", "hostname R1", "interface GigabitEthernet0/0",
            " ip address 10.0.12.1 255.255.255.0", " no shutdown", "interface GigabitEthernet0/1", " shutdown", "end", "");
    private static final String R2 = String.join("\n", "hostname R2", "interface GigabitEthernet0/0",
            " ip address 10.0.12.2 255.255.255.0", " no shutdown", "end", "");

    @TempDir
    Path tmp;
    LabFixture lab;

    @AfterEach
    void down() {
        lab.close();
    }

    private static List<String> log(RouterRuntime r) {
        return r.router().syslog().lines();
    }

    @Test
    void linkAndLineProtocolFollowTheCable() throws Exception {
        lab = new LabFixture(tmp);
        RouterRuntime r1 = lab.bootText("R1", R1);
        lab.bootText("R2", R2);
        lab.settle();
        assertThat(log(r1)).anyMatch(l -> l.contains("%LINK-3-UPDOWN: Interface GigabitEthernet0/0, changed state to down"))
                .noneMatch(l -> l.contains("Interface GigabitEthernet0/0, changed state to up"));

        // no shutdown on an interface with no cable: down, as show interfaces says
        new Console(r1).configure("interface GigabitEthernet0/1", "no shutdown");
        lab.settle();
        assertThat(log(r1)).anyMatch(l -> l.contains("%LINK-3-UPDOWN: Interface GigabitEthernet0/1, changed state to down"))
                .noneMatch(l -> l.contains("GigabitEthernet0/1, changed state to up"));
        assertThat(r1.exec().showInterfaces("GigabitEthernet0/1"))
                .startsWith("GigabitEthernet0/1 is down, line protocol is down \n");

        // the cable: link up, then line protocol up
        var linkUp = lab.logged("R1", "%LINK-3-UPDOWN: Interface GigabitEthernet0/0, changed state to up");
        var protoUp = lab.logged("R1", "%LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet0/0, changed state to up");
        lab.link("R1", "GigabitEthernet0/0", "R2", "GigabitEthernet0/0");
        linkUp.get(10, TimeUnit.SECONDS);
        protoUp.get(10, TimeUnit.SECONDS);
        List<String> l = log(r1);
        assertThat(indexOf(l, "%LINK-3-UPDOWN: Interface GigabitEthernet0/0, changed state to up"))
                .isLessThan(indexOf(l, "%LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet0/0, changed state to up"));

        // shutdown: administratively down, then the line protocol goes down
        var protoDown = lab.logged("R1", "Line protocol on Interface GigabitEthernet0/0, changed state to down");
        new Console(r1).configure("interface GigabitEthernet0/0", "shutdown");
        lab.settle();
        assertThat(log(r1)).anyMatch(x -> x.contains(
                "%LINK-5-CHANGED: Interface GigabitEthernet0/0, changed state to administratively down"));
        protoDown.get(10, TimeUnit.SECONDS);

        // a loopback has no cable: no shutdown brings it up
        new Console(r1).configure("interface Loopback0", "ip address 1.1.1.1 255.255.255.255");
        lab.settle();
        assertThat(log(r1)).anyMatch(x -> x.contains("%LINK-3-UPDOWN: Interface Loopback0, changed state to up"));
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }
}
