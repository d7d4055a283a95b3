package iosim.dataplane.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

class PacketCodecTest {

    /** The worked example of the IPv4 header checksum (UDP, 115 bytes, DF), checksum 0xb861. */
    private static final String IP_HEADER = "4500007300004000401 1b861c0a80001c0a800c7".replace(" ", "");

    @Test
    void ipv4AddressParseFormatMask() {
        assertThat(Ipv4Address.format(Ipv4Address.parse("203.0.113.20"))).isEqualTo("203.0.113.20");
        assertThat(Ipv4Address.parse("255.255.255.255")).isEqualTo(-1);
        assertThat(Ipv4Address.mask(24)).isEqualTo(Ipv4Address.parse("255.255.255.0"));
        assertThat(Ipv4Address.mask(0)).isZero();
        assertThat(Ipv4Address.prefixLength(Ipv4Address.parse("255.255.254.0"))).isEqualTo(23);
        assertThat(Ipv4Address.prefixLength(Ipv4Address.parse("255.0.255.0"))).isEqualTo(-1);
        assertThatThrownBy(() -> Ipv4Address.parse("1.2.3.256")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ipv4Address.parse("1.2.3")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void macAddressForms() {
        MacAddress m = MacAddress.parse("00:1b:2c:3d:4e:5f");
        assertThat(m.toCisco()).isEqualTo("001b.2c3d.4e5f");
        assertThat(MacAddress.parse("001b.2c3d.4e5f")).isEqualTo(m);
        assertThat(m.toString()).isEqualTo("00:1b:2c:3d:4e:5f");
        MacAddress r = MacAddress.randomLocal();
        assertThat(r.isMulticast()).isFalse();
        assertThat(r.value() & 0x0200_0000_0000L).isNotZero();
        ByteBuf b = Unpooled.buffer(6).writeZero(6);
        m.write(b, 0);
        assertThat(MacAddress.read(b, 0)).isEqualTo(m);
    }

    @Test
    void decodesAndValidatesARealIpv4Header() {
        ByteBuf b = Unpooled.wrappedBuffer(ByteBufUtil.decodeHexDump(IP_HEADER + "00".repeat(95)));
        Ipv4Header.Decoded d = Ipv4Header.decode(b);
        assertThat(d.ok()).isTrue();
        Ipv4Header h = d.header();
        assertThat(h.totalLength()).isEqualTo(115);
        assertThat(h.dontFragment()).isTrue();
        assertThat(h.ttl()).isEqualTo(64);
        assertThat(h.protocol()).isEqualTo(17);
        assertThat(Ipv4Address.format(h.source())).isEqualTo("192.168.0.1");
        assertThat(Ipv4Address.format(h.destination())).isEqualTo("192.168.0.199");
        assertThat(h.checksum()).isEqualTo(0xb861);
    }

    @Test
    void rejectsBadChecksumVersionAndLengths() {
        byte[] raw = ByteBufUtil.decodeHexDump(IP_HEADER + "00".repeat(95));
        raw[11] ^= 1;
        assertThat(Ipv4Header.decode(Unpooled.wrappedBuffer(raw)).problem()).isEqualTo(Ipv4Header.Problem.BAD_CHECKSUM);
        byte[] v6 = ByteBufUtil.decodeHexDump(IP_HEADER + "00".repeat(95));
        v6[0] = 0x65;
        assertThat(Ipv4Header.decode(Unpooled.wrappedBuffer(v6)).problem()).isEqualTo(Ipv4Header.Problem.BAD_VERSION);
        byte[] shortPkt = ByteBufUtil.decodeHexDump(IP_HEADER + "00".repeat(10));
        assertThat(Ipv4Header.decode(Unpooled.wrappedBuffer(shortPkt)).problem())
                .isEqualTo(Ipv4Header.Problem.BAD_TOTAL_LENGTH);
        assertThat(Ipv4Header.decode(Unpooled.wrappedBuffer(new byte[10])).problem())
                .isEqualTo(Ipv4Header.Problem.TRUNCATED);
        byte[] ihl = ByteBufUtil.decodeHexDump(IP_HEADER + "00".repeat(95));
        ihl[0] = 0x44;
        assertThat(Ipv4Header.decode(Unpooled.wrappedBuffer(ihl)).problem())
                .isEqualTo(Ipv4Header.Problem.BAD_HEADER_LENGTH);
    }

    @Test
    void writeProducesAValidHeaderAndTtlDecrementKeepsItValid() {
        ByteBuf b = Unpooled.buffer();
        Ipv4Header.write(b, 0, 28, 7, 0x4000, 64, 17, Ipv4Address.parse("10.0.0.1"), Ipv4Address.parse("10.0.0.2"));
        b.writeZero(8);
        assertThat(Ipv4Header.decode(b).ok()).isTrue();
        Ipv4Header.decrementTtl(b, 0);
        Ipv4Header.Decoded d = Ipv4Header.decode(b);
        assertThat(d.ok()).isTrue();
        assertThat(d.header().ttl()).isEqualTo(63);
    }

    @Test
    void checksumKnownAnswerFromRfc1071() {
        // RFC 1071 section 3: bytes 00 01 f2 03 f4 f5 f6 f7 sum to ddf2 (checksum = ~ddf2 = 220d)
        ByteBuf b = Unpooled.wrappedBuffer(ByteBufUtil.decodeHexDump("0001f203f4f5f6f7"));
        assertThat(InternetChecksum.compute(b, 0, 8)).isEqualTo(0x220d);
        assertThat(InternetChecksum.compute(Unpooled.wrappedBuffer(new byte[] {1}), 0, 1)).isEqualTo(~0x0100 & 0xffff);
        int c = InternetChecksum.compute(b, 0, 8);
        b.setShort(2, 0x1234);
        int incremental = InternetChecksum.adjust(c, 0xf203, 0x1234);
        assertThat(incremental).isEqualTo(InternetChecksum.compute(b, 0, 8));
    }

    @Test
    void arpRoundTripAndRejectsNonIpv4() {
        ArpPacket a = ArpPacket.request(MacAddress.parse("02:00:00:00:00:01"), Ipv4Address.parse("10.0.0.1"),
                Ipv4Address.parse("10.0.0.2"));
        ByteBuf b = Unpooled.buffer();
        a.encode(b);
        assertThat(b.readableBytes()).isEqualTo(ArpPacket.LENGTH);
        assertThat(ArpPacket.decode(b)).isEqualTo(a);
        b.setShort(2, 0x86dd);
        assertThat(ArpPacket.decode(b)).isNull();
        assertThat(ArpPacket.decode(Unpooled.buffer(5).writeZero(5))).isNull();
    }

    @Test
    void ethernetHeaderRoundTrip() {
        EthernetHeader h = new EthernetHeader(MacAddress.BROADCAST, MacAddress.parse("02:00:00:00:00:01"), 0x0806);
        ByteBuf b = Unpooled.buffer(14).writeZero(14);
        h.write(b, 0);
        assertThat(EthernetHeader.decode(b)).isEqualTo(h);
        assertThat(EthernetHeader.decode(Unpooled.buffer(3).writeZero(3))).isNull();
    }

    @Test
    void udpChecksumFillAndVerify() {
        int src = Ipv4Address.parse("10.0.0.1");
        int dst = Ipv4Address.parse("10.0.0.2");
        ByteBuf b = Unpooled.buffer();
        b.writeShort(500).writeShort(500).writeShort(13).writeShort(0).writeBytes("hello".getBytes());
        UdpHeader.fillChecksum(b, 0, 13, src, dst);
        assertThat(UdpHeader.checksumOk(b, 0, 13, src, dst)).isTrue();
        assertThat(UdpHeader.checksumOk(b, 0, 13, src, dst + 1)).isFalse();
        assertThat(UdpHeader.decode(b, 0, 13)).isEqualTo(new UdpHeader(500, 500, 13, b.getUnsignedShort(6)));
        assertThat(UdpHeader.decode(b, 0, 12)).isNull();
        b.setShort(6, 0);
        assertThat(UdpHeader.checksumOk(b, 0, 13, src, dst + 1)).isTrue();
    }

    @Test
    void icmpDecodeChecksTheChecksum() {
        ByteBuf b = Unpooled.buffer();
        b.writeByte(8).writeByte(0).writeShort(0).writeShort(0x1234).writeShort(7).writeBytes(new byte[20]);
        IcmpHeader.fillChecksum(b, 0, 28);
        IcmpHeader h = IcmpHeader.decode(b, 0, 28);
        assertThat(h.identifier()).isEqualTo(0x1234);
        assertThat(h.sequence()).isEqualTo(7);
        b.setByte(20, 1);
        assertThat(IcmpHeader.decode(b, 0, 28)).isNull();
    }
}
