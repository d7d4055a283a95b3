package iosim.dataplane;

import static iosim.dataplane.TestLab.get;
import static iosim.dataplane.TestLab.ip;
import static org.assertj.core.api.Assertions.assertThat;

import iosim.dataplane.link.InProcessWire;
import iosim.dataplane.packet.MacAddress;
import org.junit.jupiter.api.Test;

class DataplaneTest {
    @Test
    void nodesFromTheFactoryTalkAndCloseCleanly() {
        try (Dataplane dp = Dataplane.create(2)) {
            Node a = dp.newNode("A");
            Node b = dp.newNode("B");
            assertThat(a.eventLoop()).isNotSameAs(b.eventLoop());
            EthernetInterface ea = get(a.addEthernet("Gi0/0", MacAddress.randomLocal()));
            EthernetInterface eb = get(b.addEthernet("Gi0/0", MacAddress.randomLocal()));
            get(a.setAddress("Gi0/0", ip("10.5.5.1"), 30));
            get(b.setAddress("Gi0/0", ip("10.5.5.2"), 30));
            get(a.setAdminUp("Gi0/0", true));
            get(b.setAdminUp("Gi0/0", true));
            InProcessWire.connect(ea, eb);
            assertThat(TestLab.pingUntilReply(a, "10.5.5.2", 5)).isInstanceOf(ProbeResult.Reply.class);
            assertThat(dp.nodes()).containsExactly(a, b);
        }
    }
}
