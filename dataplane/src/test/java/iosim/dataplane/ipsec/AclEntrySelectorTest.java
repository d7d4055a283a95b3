package iosim.dataplane.ipsec;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.dataplane.acl.AclAction;
import iosim.dataplane.acl.AclEntry;
import iosim.dataplane.acl.AddressMatch;
import iosim.dataplane.acl.PortMatch;
import iosim.dataplane.ipsec.spd.AclEntrySelector;
import org.junit.jupiter.api.Test;

class AclEntrySelectorTest {
    private static int ip(String s) {
        return Ipv4Addresses.parse(s);
    }

    @Test
    void permitIpLineSelectsAndShowsItsProxyIdentities() {
        AclEntrySelector s = new AclEntrySelector(AclEntry.extended(10, AclAction.PERMIT, AclEntry.ANY_PROTOCOL,
                AddressMatch.of("10.10.1.0", "0.0.0.255"), AddressMatch.of("10.20.2.0", "0.0.0.255")));
        assertThat(s.matches(ip("10.10.1.5"), ip("10.20.2.9"), 1, 0, 0)).isTrue();
        assertThat(s.matches(ip("10.10.2.5"), ip("10.20.2.9"), 1, 0, 0)).isFalse();
        assertThat(s.matchesMirrored(ip("10.20.2.9"), ip("10.10.1.5"), 6, 80, 3000)).isTrue();
        assertThat(s.localIdent().toString()).isEqualTo("(10.10.1.0/255.255.255.0/0/0)");
        assertThat(s.remoteIdent().toString()).isEqualTo("(10.20.2.0/255.255.255.0/0/0)");
    }

    @Test
    void tcpPortLineShowsProtocolAndPort() {
        AclEntrySelector s = new AclEntrySelector(new AclEntry(20, AclAction.PERMIT, 6,
                AddressMatch.host(ip("10.1.1.1")), PortMatch.ANY, AddressMatch.host(ip("10.2.2.2")), PortMatch.eq(443),
                -1, -1, false));
        assertThat(s.matches(ip("10.1.1.1"), ip("10.2.2.2"), 6, 40000, 443)).isTrue();
        assertThat(s.matches(ip("10.1.1.1"), ip("10.2.2.2"), 6, 40000, 80)).isFalse();
        assertThat(s.matches(ip("10.1.1.1"), ip("10.2.2.2"), 17, 40000, 443)).isFalse();
        assertThat(s.remoteIdent().toString()).isEqualTo("(10.2.2.2/255.255.255.255/6/443)");
    }
}
