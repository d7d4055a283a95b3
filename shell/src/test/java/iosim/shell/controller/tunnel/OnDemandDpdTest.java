package iosim.shell.controller.tunnel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** On-demand DPD's rule: only outbound traffic with nothing back for an interval asks for a check. */
class OnDemandDpdTest {
    @Test
    void onlyUnansweredOutboundTrafficIsDue() {
        OnDemandDpd d = new OnDemandDpd();
        assertThat(d.due(1, 10, 10, 10_000, 0)).as("first look only records").isFalse();
        assertThat(d.due(1, 10, 10, 10_000, 20_000)).as("idle tunnel: no check").isFalse();
        assertThat(d.due(1, 15, 15, 10_000, 30_000)).as("answered traffic").isFalse();
        assertThat(d.due(1, 20, 15, 10_000, 35_000)).as("unanswered for 5 s < interval").isFalse();
        assertThat(d.due(1, 25, 15, 10_000, 41_000)).as("unanswered for 11 s").isTrue();
        assertThat(d.due(1, 30, 15, 10_000, 42_000)).as("a check counts as news: not again at once").isFalse();
        assertThat(d.due(1, 35, 15, 10_000, 52_000)).isTrue();
        assertThat(d.due(1, 35, 15, 10_000, 70_000)).as("nothing sent: no check").isFalse();
        d.forget(1);
        assertThat(d.due(1, 40, 15, 10_000, 80_000)).as("a new IKE SA starts over").isFalse();
        assertThat(d.due(2, 1, 0, 10_000, 80_000)).as("SAs are independent").isFalse();
    }
}
