package iosim.dataplane.ipsec;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.dataplane.ipsec.crypto.EncryptionAlgorithm;
import iosim.dataplane.ipsec.crypto.EspTransform;
import iosim.dataplane.ipsec.crypto.IntegrityAlgorithm;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.Arrays;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** AH transport mode over a header with IPv4 options (RFC 4302 3.3.3.1.1.1, appendix A.1). */
class AhOptionsTest {
    private static final EspTransform T = new EspTransform(EncryptionAlgorithm.NULL, 0, IntegrityAlgorithm.HMAC_SHA2_256_128);
    /** Record Route (7) with room for two addresses, Router Alert (148), End of Options List. */
    private static final int RR = 20;
    private static final int RR_LEN = 11;
    private static final int RA = RR + RR_LEN;
    private static final int HL = 36;

    /** An ICMP echo request whose header carries Record Route and Router Alert. */
    private static ByteBuf echoWithOptions(int src, int dst, int seq) {
        int total = HL + 64;
        byte[] a = new byte[total];
        Ipv4Header.write(a, 0, 0, total, 0x4321, false, 64, Ipv4Header.PROTO_ICMP, src, dst);
        a[0] = (byte) (0x40 | HL / 4);
        a[RR] = 7;
        a[RR + 1] = RR_LEN;
        a[RR + 2] = 4;                  // pointer: first free slot
        a[RA] = (byte) 148;
        a[RA + 1] = 4;
        a[RA + 2] = 0;
        a[RA + 3] = 0;
        a[RA + 4] = 0;                  // End of Options List (padding to 36)
        Ipv4Header.fillChecksum(a, 0);
        a[HL] = 8;
        Ipv4Header.put16(a, HL + 6, seq);
        for (int i = HL + 8; i < total; i++) {
            a[i] = (byte) i;
        }
        Ipv4Header.put16(a, HL + 2, Ipv4Header.fold(Ipv4Header.sum(a, HL, total - HL)));
        return Unpooled.wrappedBuffer(a);
    }

    private static EnginePair pair() {
        return new EnginePair(true).install(IpsecProtocol.AH, T, IpsecMode.TRANSPORT, null, false, 64,
                SaLifetime.IOS_DEFAULT, 0x3001, 0x3002, 5);
    }

    @Test
    void icvCoversImmutableOptionsAndZeroesRecordRoute() throws Exception {
        EnginePair p = pair();
        byte[] inner = Packets.bytes(echoWithOptions(p.aSrc, p.bSrc, 1));
        byte[] o = Packets.bytes(p.protectAtA(echoWithOptions(p.aSrc, p.bSrc, 1)));
        assertThat(Ipv4Header.headerLength(o, 0)).isEqualTo(HL);
        assertThat(Arrays.copyOfRange(o, 20, HL)).as("options carried").isEqualTo(Arrays.copyOfRange(inner, 20, HL));

        // recompute the ICV independently: mutable header fields, the whole Record Route option
        // and the ICV field zeroed; Router Alert and everything else as sent
        byte[] z = o.clone();
        z[1] = 0;
        z[6] = 0;
        z[7] = 0;
        z[8] = 0;
        z[10] = 0;
        z[11] = 0;
        Arrays.fill(z, RR, RR + RR_LEN, (byte) 0);
        int icvAt = HL + 12;
        Arrays.fill(z, icvAt, icvAt + 16, (byte) 0);
        SaKeys aToB = EnginePair.randomKeys(T, new Random(5));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(aToB.integrity(), "HmacSHA256"));
        byte[] expected = Arrays.copyOf(mac.doFinal(z), 16);
        assertThat(Arrays.copyOfRange(o, icvAt, icvAt + 16)).isEqualTo(expected);
    }

    @Test
    void aRouterRecordingItsAddressStillVerifiesButAChangedRouterAlertDoesNot() {
        EnginePair p = pair();
        byte[] o = Packets.bytes(p.protectAtA(echoWithOptions(p.aSrc, p.bSrc, 1)));
        // en route: TTL down, Record Route gets an address and its pointer moves on
        byte[] routed = o.clone();
        routed[8]--;
        iosim.dataplane.ipsec.crypto.SequenceBytes.putInt(routed, RR + 3, Ipv4Addresses.parse("192.0.2.77"));
        routed[RR + 2] = 8;
        Ipv4Header.fillChecksum(routed, 0);
        InboundResult r = p.b.processInbound(EnginePair.IF, Unpooled.wrappedBuffer(routed));
        assertThat(r).isInstanceOf(InboundResult.Decapsulated.class);
        byte[] g = Packets.bytes(((InboundResult.Decapsulated) r).inner());
        assertThat(Ipv4Header.protocol(g, 0)).isEqualTo(Ipv4Header.PROTO_ICMP);
        assertThat(g[HL]).isEqualTo((byte) 8);

        // Router Alert is immutable: changing its value breaks the ICV
        byte[] second = Packets.bytes(p.protectAtA(echoWithOptions(p.aSrc, p.bSrc, 2)));
        second[RA + 3] = 1;
        Ipv4Header.fillChecksum(second, 0);
        assertThat(p.b.processInbound(EnginePair.IF, Unpooled.wrappedBuffer(second)))
                .isEqualTo(new InboundResult.Dropped(DropReason.AUTH_FAILED));
    }

    @Test
    void malformedOptionListIsZeroedToTheEndAndNeverThrows() {
        byte[] a = new byte[44];
        Ipv4Header.write(a, 0, 0, 44, 1, false, 64, 1, 1, 2);
        a[0] = 0x46;                    // 24-byte header
        a[20] = 1;                      // NOP
        a[21] = (byte) 148;             // Router Alert claiming 9 bytes: overruns the header
        a[22] = 9;
        a[23] = 5;
        byte[] saved = new byte[40];
        byte[] before = a.clone();
        int n = AhMutableOptions.zero(a, 0, saved);
        assertThat(n).isEqualTo(4);
        assertThat(a[20]).isEqualTo((byte) 1);
        assertThat(Arrays.copyOfRange(a, 21, 24)).containsOnly(0);
        AhMutableOptions.restore(a, 0, saved, n);
        assertThat(a).isEqualTo(before);
    }
}
