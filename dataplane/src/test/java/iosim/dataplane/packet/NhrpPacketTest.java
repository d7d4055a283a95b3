package iosim.dataplane.packet;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import iosim.dataplane.capture.PacketCapture;
import iosim.dataplane.ipsec.Tshark;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The NHRP codec: round trips, what it refuses, and Wireshark's reading of a DMVPN registration in GRE. */
class NhrpPacketTest {
    private static final int SPOKE_NBMA = Ipv4Address.parse("198.51.100.2");
    private static final int SPOKE_TUNNEL = Ipv4Address.parse("10.0.0.11");
    private static final int HUB_TUNNEL = Ipv4Address.parse("10.0.0.1");

    /** A spoke's registration request as DMVPN sends it: unique, one CIE, the usual extensions, cleartext authentication. */
    static NhrpPacket registration() {
        byte[] auth = new byte[4 + 6];
        auth[3] = 1;                                         // cleartext
        System.arraycopy("DMVPN1".getBytes(StandardCharsets.US_ASCII), 0, auth, 4, 6);
        return new NhrpPacket(NhrpPacket.REGISTRATION_REQUEST, 255, NhrpPacket.FLAG_UNIQUE, 7, SPOKE_NBMA, SPOKE_TUNNEL,
                HUB_TUNNEL, List.of(new NhrpPacket.Cie(0, 32, 1400, 600, 0, 0, 0)),
                List.of(new NhrpPacket.Extension(true, NhrpPacket.EXT_RESPONDER_ADDRESS, new byte[0]),
                        new NhrpPacket.Extension(true, NhrpPacket.EXT_FORWARD_TRANSIT, new byte[0]),
                        new NhrpPacket.Extension(true, NhrpPacket.EXT_REVERSE_TRANSIT, new byte[0]),
                        new NhrpPacket.Extension(true, NhrpPacket.EXT_AUTHENTICATION, auth)));
    }

    @Test
    void roundTripsWithCiesAndExtensions() {
        NhrpPacket p = registration();
        ByteBuf b = Unpooled.buffer();
        int len = p.encode(b);
        assertThat(len).isEqualTo(b.readableBytes());
        NhrpPacket.Decoded d = NhrpPacket.decode(b, 0, len);
        assertThat(d.problem()).isNull();
        assertThat(d.packet()).isEqualTo(p);
        // a reply carrying the client's addresses in its CIE
        NhrpPacket reply = new NhrpPacket(NhrpPacket.RESOLUTION_REPLY, 254, 0, 9, Ipv4Address.parse("203.0.113.10"),
                HUB_TUNNEL, SPOKE_TUNNEL, List.of(new NhrpPacket.Cie(0, 32, 1400, 600, SPOKE_NBMA, SPOKE_TUNNEL, 0)), List.of());
        ByteBuf r = Unpooled.buffer();
        reply.encode(r);
        assertThat(NhrpPacket.decode(r, 0, r.readableBytes()).packet()).isEqualTo(reply);
    }

    @Test
    void refusesWhatItCannotRead() {
        ByteBuf b = Unpooled.buffer();
        int len = registration().encode(b);
        assertThat(NhrpPacket.decode(b, 0, 20).problem()).isEqualTo(NhrpPacket.Problem.TRUNCATED);
        assertThat(NhrpPacket.decode(b, 0, len - 1).problem()).isEqualTo(NhrpPacket.Problem.BAD_LENGTH);
        ByteBuf bad = b.copy();
        bad.setByte(30, bad.getByte(30) ^ 1);
        assertThat(NhrpPacket.decode(bad, 0, len).problem()).isEqualTo(NhrpPacket.Problem.BAD_CHECKSUM);
        ByteBuf v6 = b.copy();
        v6.setShort(0, 2);                                   // NBMA family IPv6
        v6.setShort(12, 0);
        v6.setShort(12, InternetChecksum.compute(v6, 0, len));
        assertThat(NhrpPacket.decode(v6, 0, len).problem()).isEqualTo(NhrpPacket.Problem.UNSUPPORTED_ADDRESSES);
        ByteBuf err = b.copy();
        err.setByte(17, 7);                                  // error indication
        err.setShort(12, 0);
        err.setShort(12, InternetChecksum.compute(err, 0, len));
        assertThat(NhrpPacket.decode(err, 0, len).problem()).isEqualTo(NhrpPacket.Problem.UNSUPPORTED_TYPE);
    }

    @Test
    void wiresharkReadsARegistrationInGre(@TempDir Path dir) throws Exception {
        Path tshark = Tshark.locate();
        ByteBuf nhrp = Unpooled.buffer();
        int len = registration().encode(nhrp);
        ByteBuf f = Unpooled.buffer();
        new EthernetHeader(MacAddress.parse("52:54:00:00:00:02"), MacAddress.parse("52:54:00:00:00:01"),
                EthernetHeader.TYPE_IPV4).write(f, 0);
        f.writerIndex(EthernetHeader.LENGTH);
        Ipv4Header.write(f, 0, 20 + 4 + len, 1, 0, 255, Ipv4Header.PROTO_GRE, SPOKE_NBMA, Ipv4Address.parse("203.0.113.10"));
        int gre = f.writerIndex();
        f.writeZero(4);
        new GreHeader(false, false, false, NhrpPacket.GRE_PROTOCOL_TYPE, 0, 0).set(f, gre);
        f.writeBytes(nhrp);
        Path pcap = dir.resolve("nhrp.pcap");
        try (PacketCapture c = PacketCapture.open(pcap, PacketCapture.Direction.BOTH, () -> { })) {
            c.record(f, false, 1_000_000L);
        }
        List<String> lines = Tshark.run(List.of(tshark.toString(), "-r", pcap.toString(), "-T", "fields", "-E",
                "separator=|", "-e", "nhrp.hdr.op.type", "-e", "nhrp.hdr.chksum.status", "-e", "nhrp.flag.u", "-e",
                "nhrp.reqid", "-e", "nhrp.src.nbma.addr", "-e", "nhrp.src.prot.addr", "-e", "nhrp.dst.prot.addr", "-e",
                "nhrp.htime", "-e", "nhrp.ext.type"), dir);
        // registration request, checksum good, unique, request 7, the addresses, holding time 600, and the
        // responder, forward/reverse transit, authentication and end extensions (a wrong ar$extoff showed here)
        assertThat(lines).containsExactly("3|1|1|0x00000007|198.51.100.2|10.0.0.11|10.0.0.1|600|"
                + "0x0003,0x0004,0x0005,0x0007,0x0000");
    }
}
