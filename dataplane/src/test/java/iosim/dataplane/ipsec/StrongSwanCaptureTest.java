package iosim.dataplane.ipsec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import iosim.dataplane.ipsec.crypto.EspTransform;
import iosim.dataplane.ipsec.spd.AddressRangeSelector;
import iosim.dataplane.ipsec.spd.InterfacePolicy;
import iosim.dataplane.ipsec.spd.SpdEntry;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Decrypts real strongSwan 5.9.8 ESP (aes256gcm16, UDP-encapsulated on 4500) from the shared
 * interop capture with the CHILD_SA keys its level-4 logs printed, playing both ends: "left"
 * (203.0.113.10, initiator) receives right's packets and "right" receives left's.
 */
class StrongSwanCaptureTest {
    static final Path DIR = Path.of(System.getProperty("iosim.interop.captures", "/work/shared/interop/captures"));
    static final int LEFT = Ipv4Addresses.parse("203.0.113.10");
    static final int RIGHT = Ipv4Addresses.parse("203.0.113.20");
    static final int LEFT_NET = Ipv4Addresses.parse("192.168.1.0");
    static final int RIGHT_NET = Ipv4Addresses.parse("10.0.0.0");

    @Test
    void decryptsStrongSwansPingBothWays() throws Exception {
        Path pcap = DIR.resolve("pair-gcm-keys.pcap");
        Path log = DIR.resolve("pair-gcm-keys.left-charon-level4.log");
        boolean present = Files.exists(pcap) && Files.exists(log);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("interop captures missing under " + DIR);
        }
        assumeTrue(present, "interop captures not found under " + DIR);

        CharonLog keys = new CharonLog(log);
        byte[] initiatorKey = keys.dump("encryption initiator key");
        byte[] responderKey = keys.dump("encryption responder key");
        long leftIn = keys.spi("inbound");    // right -> left, responder keys
        long leftOut = keys.spi("outbound");  // left -> right, initiator keys
        EspTransform gcm = EspTransform.aesGcm16(256);

        IpsecEngine left = engine(LEFT, RIGHT, LEFT_NET, RIGHT_NET, leftIn, new SaKeys(responderKey, null),
                leftOut, new SaKeys(initiatorKey, null), gcm);
        IpsecEngine right = engine(RIGHT, LEFT, RIGHT_NET, LEFT_NET, leftOut, new SaKeys(initiatorKey, null),
                leftIn, new SaKeys(responderKey, null), gcm);

        List<byte[]> requests = new ArrayList<>();
        List<byte[]> replies = new ArrayList<>();
        int ike = 0;
        for (byte[] frame : PcapFile.read(pcap)) {
            if (frame.length < 14 + 28 || frame[12] != 0x08 || frame[13] != 0x00) {
                continue;
            }
            ByteBuf ip = Unpooled.wrappedBuffer(frame, 14, frame.length - 14);
            int dst = ip.getInt(16);
            IpsecEngine receiver = dst == LEFT ? left : right;
            InboundResult r = receiver.processInbound("eth0", ip);
            if (r instanceof InboundResult.Decapsulated d) {
                byte[] inner = Packets.bytes(d.inner());
                assertThat(Ipv4Header.protocol(inner, 0)).isEqualTo(Ipv4Header.PROTO_ICMP);
                int type = inner[Ipv4Header.headerLength(inner, 0)] & 0xff;
                if (type == 8) {
                    assertThat(Ipv4Addresses.format(Ipv4Header.source(inner, 0))).isEqualTo("192.168.1.1");
                    assertThat(Ipv4Addresses.format(Ipv4Header.destination(inner, 0))).isEqualTo("10.0.0.1");
                    requests.add(inner);
                } else {
                    assertThat(type).isZero();
                    assertThat(Ipv4Addresses.format(Ipv4Header.source(inner, 0))).isEqualTo("10.0.0.1");
                    replies.add(inner);
                }
                assertThat(Ipv4Header.fold(Ipv4Header.sum(inner, 0, 20))).isZero();
            } else if (r instanceof InboundResult.IkeOnNatTPort) {
                ike++;
            } else {
                assertThat(r).isEqualTo(InboundResult.NOT_IPSEC);
            }
        }
        assertThat(requests).isNotEmpty();
        assertThat(replies).hasSameSizeAs(requests);
        assertThat(ike).as("IKE_AUTH and later IKE messages with the non-ESP marker").isPositive();
        assertThat(right.snapshot().get(0).counters().decaps()).isEqualTo(requests.size());
        assertThat(left.snapshot().get(0).counters().decaps()).isEqualTo(replies.size());
        assertThat(left.globalCounters().invalidSpi()).isZero();
    }

    static IpsecEngine engine(int local, int peer, int localNet, int remoteNet, long inSpi, SaKeys inKeys,
                                      long outSpi, SaKeys outKeys, EspTransform t) {
        IpsecEngine e = new IpsecEngine(UnpooledByteBufAllocator.DEFAULT, () -> 0L, ev -> { });
        AddressRangeSelector sel = AddressRangeSelector.between(localNet, 24, remoteNet, 24);
        e.setInterfacePolicy(new InterfacePolicy("eth0", local, 1500, "eth0",
                List.of(SpdEntry.protect("net", sel, peer, "s2s", 1))));
        e.installSaPair(new SaPairSpec("eth0", "net", IpsecProtocol.ESP, IpsecMode.TUNNEL, local, peer,
                UdpEncapsulation.standard(), t, sel, inSpi, inKeys, outSpi, outKeys, 64, false,
                SaLifetime.IOS_DEFAULT, 0));
        return e;
    }
}
