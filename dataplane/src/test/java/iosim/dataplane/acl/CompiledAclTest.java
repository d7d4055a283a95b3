package iosim.dataplane.acl;

import static iosim.dataplane.packet.Ipv4Address.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import iosim.dataplane.packet.Ipv4Header;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CompiledAclTest {
    private static final int TCP = 6;
    private static final int UDP = 17;
    private static final int ICMP = 1;

    private static AclEntry ext(int seq, AclAction a, int proto, AddressMatch s, PortMatch sp, AddressMatch d,
            PortMatch dp) {
        return new AclEntry(seq, a, proto, s, sp, d, dp, -1, -1, false);
    }

    @Test
    void firstMatchWinsAndImplicitDenyAtTheEnd() {
        AccessList acl = new AccessList("101", false, List.of(
                ext(10, AclAction.DENY, TCP, AddressMatch.host(parse("10.1.1.1")), null, AddressMatch.ANY,
                        PortMatch.eq(23)),
                ext(20, AclAction.PERMIT, TCP, AddressMatch.of("10.1.1.0", "0.0.0.255"), null, AddressMatch.ANY, null),
                ext(30, AclAction.PERMIT, UDP, AddressMatch.ANY, null, AddressMatch.ANY, PortMatch.range(500, 4500))));
        CompiledAcl c = acl.compile();
        assertThat(c.firstMatch(TCP, parse("10.1.1.1"), parse("8.8.8.8"), 1234, 23, 0, false)).isEqualTo(0);
        assertThat(c.firstMatch(TCP, parse("10.1.1.1"), parse("8.8.8.8"), 1234, 22, 0, false)).isEqualTo(1);
        assertThat(c.firstMatch(TCP, parse("10.1.2.1"), parse("8.8.8.8"), 1234, 22, 0, false)).isEqualTo(-1);
        assertThat(c.firstMatch(UDP, parse("10.9.9.9"), parse("8.8.8.8"), 500, 4500, 0, false)).isEqualTo(2);
        assertThat(c.firstMatch(UDP, parse("10.9.9.9"), parse("8.8.8.8"), 500, 4501, 0, false)).isEqualTo(-1);
    }

    @Test
    void portOperatorsIcmpTypesAndEstablished() {
        assertThat(PortMatch.neq(80).matches(81)).isTrue();
        assertThat(PortMatch.neq(80).matches(80)).isFalse();
        assertThat(PortMatch.lt(1024).matches(1023)).isTrue();
        assertThat(PortMatch.lt(1024).matches(1024)).isFalse();
        assertThat(PortMatch.gt(1024).matches(1025)).isTrue();
        AclEntry echo = new AclEntry(10, AclAction.PERMIT, ICMP, AddressMatch.ANY, null, AddressMatch.ANY, null, 8, -1,
                false);
        assertThat(echo.matches(ICMP, 1, 2, 8, 0, 0, false)).isTrue();
        assertThat(echo.matches(ICMP, 1, 2, 0, 0, 0, false)).isFalse();
        AclEntry est = new AclEntry(10, AclAction.PERMIT, TCP, AddressMatch.ANY, null, AddressMatch.ANY, null, -1, -1,
                true);
        assertThat(est.matches(TCP, 1, 2, 80, 1000, 0x10, false)).isTrue();
        assertThat(est.matches(TCP, 1, 2, 80, 1000, 0x02, false)).isFalse();
    }

    @Test
    void nonContiguousWildcardsMatchOddHosts() {
        // 10.0.0.1 0.0.255.254: every odd address of 10.0.x.y
        AddressMatch odd = AddressMatch.of("10.0.0.1", "0.0.255.254");
        CompiledAcl c = new AccessList("ODD", true, List.of(AclEntry.standard(10, AclAction.PERMIT, odd))).compile();
        assertThat(c.firstMatch(UDP, parse("10.0.7.33"), 0, 0, 0, 0, false)).isZero();
        assertThat(c.firstMatch(UDP, parse("10.0.7.32"), 0, 0, 0, 0, false)).isEqualTo(-1);
        assertThat(c.firstMatch(UDP, parse("10.1.7.33"), 0, 0, 0, 0, false)).isEqualTo(-1);
    }

    @Test
    void laterFragmentsMatchPermitsWithPortsButNotDenies() {
        CompiledAcl c = new AccessList("F", false, List.of(
                ext(10, AclAction.DENY, UDP, AddressMatch.ANY, null, AddressMatch.ANY, PortMatch.eq(53)),
                ext(20, AclAction.PERMIT, UDP, AddressMatch.ANY, null, AddressMatch.ANY, PortMatch.eq(500)))).compile();
        assertThat(c.firstMatch(UDP, 1, 2, 0, 0, 0, true)).isEqualTo(1);
    }

    @Test
    void classifiesPacketsAndCountsHits() {
        CompiledAcl c = new AccessList("120", false, List.of(
                AclEntry.extended(10, AclAction.PERMIT, 50, AddressMatch.ANY, AddressMatch.ANY),
                ext(20, AclAction.PERMIT, UDP, AddressMatch.ANY, null, AddressMatch.ANY, PortMatch.eq(500)))).compile();
        ByteBuf udp = Unpooled.buffer();
        Ipv4Header.write(udp, 0, 28, 1, 0, 64, UDP, parse("1.1.1.1"), parse("2.2.2.2"));
        udp.writeShort(500).writeShort(500).writeShort(8).writeShort(0);
        ByteBuf esp = Unpooled.buffer();
        Ipv4Header.write(esp, 0, 28, 1, 0, 64, 50, parse("1.1.1.1"), parse("2.2.2.2"));
        esp.writeZero(8);
        assertThat(c.permits(udp, 0)).isTrue();
        assertThat(c.permits(udp, 0)).isTrue();
        assertThat(c.permits(esp, 0)).isTrue();
        assertThat(c.hitCounts()).extracting(CompiledAcl.EntryHits::matches).containsExactly(1L, 2L);
        assertThat(c.render()).isEqualTo("""
                Extended IP access list 120
                    10 permit esp any any (1 match)
                    20 permit udp any any eq 500 (2 matches)
                """);
    }

    @Test
    void standardListRendering() {
        CompiledAcl c = new AccessList("1", true, List.of(
                AclEntry.standard(10, AclAction.PERMIT, AddressMatch.of("10.0.0.0", "0.0.0.255")),
                AclEntry.standard(20, AclAction.DENY, AddressMatch.host(parse("10.1.1.1"))),
                AclEntry.standard(30, AclAction.PERMIT, AddressMatch.ANY))).compile();
        assertThat(c.render()).isEqualTo("""
                Standard IP access list 1
                    10 permit 10.0.0.0 0.0.0.255
                    20 deny 10.1.1.1
                    30 permit any
                """);
    }

    /** The compiled lookup agrees with a linear first-match scan on random lists and packets. */
    @Test
    void agreesWithLinearScanOnRandomListsAndPackets() {
        Random rnd = new Random(42);
        for (int round = 0; round < 20; round++) {
            List<AclEntry> entries = new ArrayList<>();
            int n = 1 + rnd.nextInt(300);
            for (int i = 0; i < n; i++) {
                entries.add(randomEntry(rnd, (i + 1) * 10));
            }
            CompiledAcl c = new AccessList("R" + round, false, entries).compile();
            for (int k = 0; k < 2000; k++) {
                int proto = new int[] {TCP, UDP, ICMP, 50, 47}[rnd.nextInt(5)];
                int src = randomAddress(rnd);
                int dst = randomAddress(rnd);
                int a = rnd.nextBoolean() ? 500 : rnd.nextInt(4000);
                int b = rnd.nextBoolean() ? 4500 : rnd.nextInt(4000);
                boolean later = rnd.nextInt(20) == 0;
                int flags = rnd.nextInt(256);
                assertThat(c.firstMatch(proto, src, dst, a, b, flags, later))
                        .isEqualTo(c.firstMatchLinear(proto, src, dst, a, b, flags, later));
            }
        }
    }

    private static int randomAddress(Random rnd) {
        return parse("10.0.0.0") | rnd.nextInt(1 << 12);
    }

    private static AddressMatch randomMatch(Random rnd) {
        return switch (rnd.nextInt(4)) {
            case 0 -> AddressMatch.ANY;
            case 1 -> AddressMatch.host(randomAddress(rnd));
            case 2 -> new AddressMatch(randomAddress(rnd), 0xff);
            default -> new AddressMatch(randomAddress(rnd), rnd.nextInt(1 << 12) | 0xfffff000 & 0);
        };
    }

    private static AclEntry randomEntry(Random rnd, int seq) {
        int proto = new int[] {-1, TCP, UDP, ICMP, 50}[rnd.nextInt(5)];
        PortMatch dp = PortMatch.ANY;
        PortMatch sp = PortMatch.ANY;
        int icmpType = -1;
        if (proto == TCP || proto == UDP) {
            dp = switch (rnd.nextInt(5)) {
                case 0 -> PortMatch.eq(rnd.nextBoolean() ? 4500 : rnd.nextInt(4000));
                case 1 -> PortMatch.range(100, 2000);
                case 2 -> PortMatch.gt(3000);
                case 3 -> PortMatch.neq(4500);
                default -> PortMatch.ANY;
            };
            sp = rnd.nextInt(4) == 0 ? PortMatch.eq(500) : PortMatch.ANY;
        } else if (proto == ICMP && rnd.nextBoolean()) {
            icmpType = rnd.nextInt(12);
        }
        return new AclEntry(seq, rnd.nextBoolean() ? AclAction.PERMIT : AclAction.DENY, proto, randomMatch(rnd), sp,
                randomMatch(rnd), dp, icmpType, -1, proto == TCP && rnd.nextInt(6) == 0);
    }

    @Test
    void tenThousandHostEntriesCollapseIntoFewShapes() {
        List<AclEntry> entries = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            entries.add(ext(i + 1, AclAction.PERMIT, UDP, AddressMatch.host(parse("10.0.0.0") + i), null,
                    AddressMatch.ANY, PortMatch.eq(4500)));
        }
        CompiledAcl c = new AccessList("BIG", false, entries).compile();
        assertThat(c.shapeCount()).isEqualTo(1);
        assertThat(c.firstMatch(UDP, parse("10.0.0.0") + 9_999, 5, 1, 4500, 0, false)).isEqualTo(9_999);
    }

    private static ByteBuf icmpPacket(String src, String dst, int type, int code) {
        ByteBuf b = Unpooled.buffer(28);
        b.writeByte(0x45).writeByte(0).writeShort(28).writeShort(1).writeShort(0).writeByte(64).writeByte(ICMP)
                .writeShort(0).writeInt(parse(src)).writeInt(parse(dst));
        b.writeByte(type).writeByte(code).writeShort(0).writeInt(0);
        return b;
    }

    /** Classification of real ICMP packets by type and code, with enough entries for the tuple-space path. */
    @Test
    void classifyHonoursIcmpTypeAndCode() {
        List<AclEntry> lines = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            lines.add(ext(10 + k, AclAction.DENY, TCP, AddressMatch.host(parse("192.0.2." + k)), null, AddressMatch.ANY,
                    PortMatch.eq(1000 + k)));
        }
        AddressMatch host = AddressMatch.host(parse("10.2.2.2"));
        lines.add(new AclEntry(500, AclAction.DENY, ICMP, AddressMatch.ANY, null, host, null, 8, -1, false));
        lines.add(new AclEntry(510, AclAction.PERMIT, ICMP, AddressMatch.ANY, null, host, null, 0, -1, false));
        lines.add(new AclEntry(520, AclAction.PERMIT, ICMP, AddressMatch.ANY, null, host, null, 3, 4, false));
        lines.add(new AclEntry(530, AclAction.DENY, ICMP, AddressMatch.ANY, null, host, null, 3, -1, false));
        lines.add(ext(540, AclAction.PERMIT, ICMP, AddressMatch.ANY, null, AddressMatch.ANY, null));
        CompiledAcl c = new AccessList("ICMP", false, lines).compile();
        assertThat(c.size()).isGreaterThan(CompiledAcl.LINEAR_MAX);
        assertThat(c.classify(icmpPacket("10.1.1.1", "10.2.2.2", 8, 0), 0)).as("echo").isEqualTo(40);
        assertThat(c.classify(icmpPacket("10.1.1.1", "10.2.2.2", 0, 0), 0)).as("echo-reply").isEqualTo(41);
        assertThat(c.classify(icmpPacket("10.1.1.1", "10.2.2.2", 3, 4), 0)).as("frag needed").isEqualTo(42);
        assertThat(c.classify(icmpPacket("10.1.1.1", "10.2.2.2", 3, 1), 0)).as("host unreachable").isEqualTo(43);
        assertThat(c.classify(icmpPacket("10.1.1.1", "10.2.2.2", 11, 0), 0)).as("time exceeded").isEqualTo(44);
        assertThat(c.classify(icmpPacket("10.1.1.1", "10.2.2.3", 8, 0), 0)).as("other host").isEqualTo(44);
        assertThat(c.permits(icmpPacket("10.1.1.1", "10.2.2.2", 8, 0), 0)).isFalse();
        assertThat(c.permits(icmpPacket("10.1.1.1", "10.2.2.2", 0, 0), 0)).isTrue();
    }
}
