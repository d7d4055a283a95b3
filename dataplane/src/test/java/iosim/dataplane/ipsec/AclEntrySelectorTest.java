package iosim.dataplane.ipsec;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.dataplane.acl.AclAction;
import iosim.dataplane.acl.AclEntry;
import iosim.dataplane.acl.AddressMatch;
import iosim.dataplane.acl.PortMatch;
import iosim.dataplane.ipsec.spd.AclEntrySelector;
import iosim.dataplane.ipsec.spd.InterfacePolicy;
import iosim.dataplane.ipsec.spd.SpdEntry;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledByteBufAllocator;
import java.util.ArrayList;
import java.util.List;
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

    /** {@code permit icmp 10.1.1.0 0.0.0.255 10.2.2.0 0.0.0.255 echo} (type 8) as a crypto ACL line. */
    private static AclEntrySelector echoLine(String local, String remote) {
        return new AclEntrySelector(new AclEntry(10, AclAction.PERMIT, 1, AddressMatch.of(local, "0.0.0.255"),
                PortMatch.ANY, AddressMatch.of(remote, "0.0.0.255"), PortMatch.ANY, 8, -1, false));
    }

    private static ByteBuf icmp(String src, String dst, int type, int code, boolean laterFragment) {
        ByteBuf b = Packets.icmpEcho(ip(src), ip(dst), 60, 1);
        b.setByte(20, type);
        b.setByte(21, code);
        if (laterFragment) {
            b.setShort(6, 0x0010);      // fragment offset 16 (x8 bytes): no ICMP header in it
        }
        byte[] a = Packets.bytes(b);
        Ipv4Header.fillChecksum(a, 0);
        b.setBytes(0, a);
        return b;
    }

    @Test
    void theSpdHonoursIcmpTypeAndCodeOfCryptoAclLines() {
        List<IpsecEvent> events = new ArrayList<>();
        IpsecEngine a = new IpsecEngine(new UnpooledByteBufAllocator(false), () -> 0, events::add);
        a.setInterfacePolicy(new InterfacePolicy("Gi1", ip("198.51.100.1"), 1500, "Gi1",
                List.of(SpdEntry.protect("echo", echoLine("10.1.1.0", "10.2.2.0"), ip("203.0.113.2"), "CMAP", 10))));
        // an echo request matches the line: protected (no SA yet, so acquire and drop)
        assertThat(a.processOutbound("Gi1", icmp("10.1.1.5", "10.2.2.9", 8, 0, false)))
                .isEqualTo(new OutboundResult.Dropped(DropReason.NO_SA));
        assertThat(events).hasSize(1);
        assertThat(((IpsecEvent.Acquire) events.get(0)).protocol()).isEqualTo(1);
        // an echo reply, or a port unreachable, does not
        assertThat(a.processOutbound("Gi1", icmp("10.1.1.5", "10.2.2.9", 0, 0, false))).isSameAs(OutboundResult.BYPASS);
        assertThat(a.processOutbound("Gi1", icmp("10.1.1.5", "10.2.2.9", 3, 3, false))).isSameAs(OutboundResult.BYPASS);
        // a later fragment carries no ICMP header: a permit line with an ICMP condition matches it (as IOS)
        assertThat(a.processOutbound("Gi1", icmp("10.1.1.5", "10.2.2.9", 0, 0, true)))
                .isEqualTo(new OutboundResult.Dropped(DropReason.NO_SA));

        // inbound at the peer, whose line mirrors ours: a cleartext echo request that should have
        // arrived protected is dropped; a cleartext echo reply is none of IPsec's business
        IpsecEngine b = new IpsecEngine(new UnpooledByteBufAllocator(false), () -> 0, e -> { });
        b.setInterfacePolicy(new InterfacePolicy("Gi1", ip("203.0.113.2"), 1500, "Gi1",
                List.of(SpdEntry.protect("echo", echoLine("10.2.2.0", "10.1.1.0"), ip("198.51.100.1"), "CMAP", 10))));
        assertThat(b.processInbound("Gi1", icmp("10.1.1.5", "10.2.2.9", 8, 0, false)))
                .isEqualTo(new InboundResult.Dropped(DropReason.CLEARTEXT_NOT_ALLOWED));
        ByteBuf reply = icmp("10.1.1.5", "10.2.2.9", 0, 0, false);
        assertThat(b.processInbound("Gi1", reply)).isSameAs(InboundResult.NOT_IPSEC);
        reply.release();
    }

    @Test
    void icmpCodeConditionAndFieldsOutsideIcmpAreKeptApart() {
        AclEntrySelector fragNeeded = new AclEntrySelector(new AclEntry(10, AclAction.PERMIT, 1, AddressMatch.ANY,
                PortMatch.ANY, AddressMatch.ANY, PortMatch.ANY, 3, 4, false));
        assertThat(fragNeeded.matches(1, 2, 1, 0, 0, 3, 4, false)).isTrue();
        // a negotiated ICMP traffic selector (no type/code) is covered by the permit line
        assertThat(fragNeeded.matches(1, 2, 1, 0, 0)).isTrue();
        assertThat(new AclEntrySelector(new AclEntry(30, AclAction.DENY, 1, AddressMatch.ANY, PortMatch.ANY,
                AddressMatch.ANY, PortMatch.ANY, 8, -1, false)).matches(1, 2, 1, 0, 0)).isFalse();
        assertThat(fragNeeded.matches(1, 2, 1, 0, 0, 3, 3, false)).isFalse();
        assertThat(fragNeeded.matchesMirrored(2, 1, 1, 0, 0, 3, 4, false)).as("type/code are not mirrored").isTrue();
        assertThat(fragNeeded.matches(1, 2, 17, 3, 4, -1, -1, false)).as("UDP ports are not ICMP fields").isFalse();
        AclEntrySelector https = new AclEntrySelector(new AclEntry(20, AclAction.PERMIT, 6, AddressMatch.ANY,
                PortMatch.ANY, AddressMatch.ANY, PortMatch.eq(443), -1, -1, false));
        assertThat(https.matches(1, 2, 6, 40000, 443, -1, -1, false)).isTrue();
        assertThat(https.matches(1, 2, 6, 0, 0, -1, -1, true)).as("later fragment of a permit port line").isTrue();
    }
}
