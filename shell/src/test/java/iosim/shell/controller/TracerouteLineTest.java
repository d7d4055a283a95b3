package iosim.shell.controller;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.dataplane.ProbeResult;
import iosim.dataplane.ipsec.Ipv4Addresses;
import java.util.List;
import org.junit.jupiter.api.Test;

/** traceroute's hop lines in IOS's layout (as in public captures of real routers). */
class TracerouteLineTest {
    private static final int HOP = Ipv4Addresses.parse("172.17.10.225");
    private static final int DST = Ipv4Addresses.parse("10.0.0.1");
    private static final long MS = 1_000_000L;

    @Test
    void repliesTimeoutsAndMarks() {
        assertThat(PingRunner.hopLine(1, List.of(exceeded(HOP, 1), exceeded(HOP, 1), exceeded(HOP, 2))))
                .isEqualTo("  1 172.17.10.225 1 msec 1 msec 2 msec");
        assertThat(PingRunner.hopLine(4, List.of(new ProbeResult.Timeout(), new ProbeResult.Timeout(),
                new ProbeResult.Timeout()))).isEqualTo("  4  *  *  * ");
        assertThat(PingRunner.hopLine(3, List.of(exceeded(HOP, 13), new ProbeResult.Timeout(),
                new ProbeResult.Timeout()))).isEqualTo("  3 172.17.10.225 13 msec *  * ");
        List<ProbeResult> h = List.of(unreachable(HOP, 1), new ProbeResult.Timeout(), unreachable(HOP, 1));
        assertThat(PingRunner.hopLine(6, h)).isEqualTo("  6 172.17.10.225 !H  *  !H ");
        assertThat(PingRunner.lastHop(h, DST)).isTrue();
    }

    @Test
    void anotherRouterGoesOnAContinuationLine() {
        int other = Ipv4Addresses.parse("216.239.63.218");
        assertThat(PingRunner.hopLine(14, List.of(exceeded(HOP, 14), exceeded(other, 12), exceeded(other, 13))))
                .isEqualTo(" 14 172.17.10.225 14 msec\n    216.239.63.218 12 msec 13 msec");
    }

    @Test
    void theDestinationsPortUnreachableEndsTheTraceWithTimes() {
        List<ProbeResult> h = List.of(unreachable(DST, 3), unreachable(DST, 3), unreachable(DST, 3));
        assertThat(PingRunner.hopLine(2, h)).isEqualTo("  2 10.0.0.1 0 msec 0 msec 0 msec");
        assertThat(PingRunner.lastHop(h, DST)).isTrue();
        assertThat(PingRunner.lastHop(List.of(exceeded(HOP, 1)), DST)).isFalse();
    }

    private static ProbeResult exceeded(int from, long ms) {
        return new ProbeResult.TimeExceeded(from, ms * MS);
    }

    private static ProbeResult unreachable(int from, int code) {
        return new ProbeResult.Unreachable(from, code, 100_000L, 0);
    }
}
