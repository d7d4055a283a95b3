package iosim.shell.controller.show;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class IkeStatsTextTest {
    private static final IkeStatsText.Stats STATS = new IkeStatsText.Stats(0, 0, 0, 1, 1, 0, 2, 2, 0, 3, 2, 1, 4, 5, 1,
            0, Map.of("IKE_SA_INIT", new long[] {3, 0, 0, 3}, "INFORMATIONAL", new long[] {4, 0, 0, 4}),
            Map.of("NO_PROPOSAL_CHOSEN", new long[] {0, 0, 0, 1}, "INITIAL_CONTACT", new long[] {2, 0, 0, 0}));

    @Test
    void statsInTheIosXeLayout() {
        assertThat(IkeStatsText.render(STATS)).isEqualTo("""
                --------------------------------------------------------------------------------
                                          Crypto IKEv2 SA Statistics
                --------------------------------------------------------------------------------
                System Resource Limit:   0        Max IKEv2 SAs: 0        Max in nego(in/out): 40/400
                Total incoming IKEv2 SA Count:    0        active:        0        negotiating: 0    \s
                Total outgoing IKEv2 SA Count:    1        active:        1        negotiating: 0    \s
                Incoming IKEv2 Requests: 2        accepted:      2        rejected:    0      \s
                Outgoing IKEv2 Requests: 3        accepted:      2        rejected:    1      \s
                Rejected IKEv2 Requests: 0        rsrc low:      0        SA limit:    0      \s
                IKEv2 packets dropped at dispatch: 4      \s
                Incoming Requests dropped as LOW Q limit reached : 0      \s
                Incoming IKEV2 Cookie Challenged Requests: 5      \s
                    accepted: 1        rejected: 0        rejected no cookie: 0      \s
                Total Deleted sessions of Cert Revoked Peers: 0      \s
                """);
    }

    @Test
    void exchangeTableColumns() {
        String out = IkeStatsText.renderExchange(STATS);
        assertThat(out).startsWith("EXCHANGE/NOTIFY                   TX(REQ)    TX(RES)    RX(REQ)    RX(RES)\n\n"
                + "EXCHANGES\n\n"
                + "IKE_SA_INIT                             3          0          0          3\n"
                + "IKE_AUTH                                0          0          0          0\n")
                .contains("INFORMATIONAL                           4          0          0          4\n\nERROR NOTIFY\n\n"
                        + "NO_PROPOSAL_CHOSEN                      0          0          0          1\n")
                .contains("OTHER NOTIFY\n\nINITIAL_CONTACT                         2          0          0          0\n")
                .endsWith("          \n          \nCONFIG PAYLOAD TYPE                    TX         RX\n          \n"
                        + "CFG_REQUEST                             0          0\n          \n          \n"
                        + "OTHER COUNTERS                \n          \nNO_NAT                                  0\n");
    }
}
