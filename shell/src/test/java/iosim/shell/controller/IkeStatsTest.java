package iosim.shell.controller;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.ikev2.api.ExchangeInfo;
import iosim.ikev2.api.IkeEvent;
import iosim.shell.controller.show.IkeStatsText;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** IKE_SA_INIT requests in and out, accepted, rejected and cookie-challenged, from the engine's exchange events. */
class IkeStatsTest {
    private static final InetSocketAddress A = new InetSocketAddress("198.51.100.1", 500);
    private static final InetSocketAddress B = new InetSocketAddress("203.0.113.2", 500);
    private final IkeStats stats = new IkeStats();

    private static ExchangeInfo x(String exchange, boolean response, boolean retransmit, String... payloads) {
        return new ExchangeInfo(exchange, 0, response, !response, 1, 0, List.of(payloads), A, B, 300, 1, retransmit);
    }

    private IkeStatsText.Stats snap() {
        return stats.snapshot(new long[6], 0);
    }

    @Test
    void droppedAtDispatchCountsRefusedFragmentsAndInternalErrors() {
        iosim.ikev2.api.EngineCounters c = new iosim.ikev2.api.EngineCounters();
        c.malformedDropped = 1;
        c.unknownSpiDropped = 2;
        c.authenticationFailedDropped = 3;
        c.outOfWindowDropped = 4;
        c.unexpectedResponseDropped = 5;
        c.fragmentsDropped = 6;
        c.internalErrors = 7;
        c.fragmentsReceived = 100; // accepted fragments are not drops
        long dropped = IkeStatsSource.droppedAtDispatch(c);
        assertThat(dropped).isEqualTo(28);
        assertThat(IkeStatsText.render(stats.snapshot(new long[6], dropped)))
                .contains("IKEv2 packets dropped at dispatch: 28      \n");
    }

    @Test
    void initiatorCountsRequestsAndRejections() {
        stats.accept(new IkeEvent.ExchangeSent("p", x("IKE_SA_INIT", false, false, "SA", "KE", "No")));
        stats.accept(new IkeEvent.ExchangeSent("p", x("IKE_SA_INIT", false, true, "SA", "KE", "No")));
        stats.accept(new IkeEvent.ExchangeReceived("p", x("IKE_SA_INIT", true, false, "N(NO_PROPOSAL_CHOSEN)")));
        stats.accept(new IkeEvent.ExchangeSent("p", x("IKE_SA_INIT", false, false, "SA", "KE", "No")));
        stats.accept(new IkeEvent.ExchangeReceived("p", x("IKE_SA_INIT", true, false, "SA", "KE", "No", "N(NATD_S_IP)")));
        IkeStatsText.Stats s = snap();
        assertThat(s.outgoingRequests()).isEqualTo(2);
        assertThat(s.outgoingAccepted()).isEqualTo(1);
        assertThat(s.outgoingRejected()).isEqualTo(1);
        assertThat(s.exchanges().get("IKE_SA_INIT")).containsExactly(3, 0, 0, 2);
        assertThat(s.notifies().get("NO_PROPOSAL_CHOSEN")).containsExactly(0, 0, 0, 1);
        assertThat(s.notifies().get("NAT_DETECTION_SOURCE_IP")).containsExactly(0, 0, 0, 1);
    }

    @Test
    void responderCountsAcceptedRejectedAndCookies() {
        stats.accept(new IkeEvent.ExchangeReceived("p", x("IKE_SA_INIT", false, false, "SA", "KE", "No")));
        stats.accept(new IkeEvent.ExchangeSent("p", x("IKE_SA_INIT", true, false, "N(COOKIE)")));
        stats.accept(new IkeEvent.ExchangeReceived("p", x("IKE_SA_INIT", false, false, "N(COOKIE)", "SA", "KE", "No")));
        stats.accept(new IkeEvent.ExchangeSent("p", x("IKE_SA_INIT", true, false, "SA", "KE", "No")));
        stats.accept(new IkeEvent.ExchangeReceived("p", x("IKE_SA_INIT", false, false, "SA", "KE", "No")));
        stats.accept(new IkeEvent.ExchangeSent("p", x("IKE_SA_INIT", true, false, "N(INVALID_KE_PAYLOAD)")));
        IkeStatsText.Stats s = snap();
        assertThat(s.incomingRequests()).isEqualTo(3);
        assertThat(s.cookieChallenges()).isEqualTo(1);
        assertThat(s.cookieAccepted()).isEqualTo(1);
        assertThat(s.incomingAccepted()).isEqualTo(1);
        assertThat(s.incomingRejected()).isEqualTo(1);
        stats.clear();
        assertThat(snap().incomingRequests()).isZero();
        assertThat(snap().exchanges()).isEmpty();
    }
}
