package iosim.dataplane.ipsec;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.dataplane.ipsec.crypto.EspCipher;
import iosim.dataplane.ipsec.crypto.EspTransform;
import iosim.dataplane.ipsec.crypto.IntegrityAlgorithm;
import iosim.dataplane.ipsec.crypto.SequenceBytes;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every malformed or hostile inbound packet is dropped and counted, never thrown. */
class EspDropTest {
    private final EspTransform gcm = EspTransform.aesGcm16(256);

    private static InboundResult deliver(EnginePair p, byte[] packet) {
        return p.b.processInbound(EnginePair.IF, Unpooled.wrappedBuffer(packet.clone()));
    }

    private static List<byte[]> protect(EnginePair p, int n) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ByteBuf o = p.protectAtA(Packets.icmpEcho(p.aSrc, p.bSrc, 84, i));
            out.add(Packets.bytes(o));
            o.release();
        }
        return out;
    }

    private static IpsecCounters bCounters(EnginePair p) {
        return p.b.snapshot().get(0).counters();
    }

    @Test
    void replayedPacketDroppedAndCounted() {
        EnginePair p = new EnginePair().install(gcm);
        byte[] pkt = protect(p, 1).get(0);
        assertThat(deliver(p, pkt)).isInstanceOf(InboundResult.Decapsulated.class);
        assertThat(deliver(p, pkt)).isEqualTo(new InboundResult.Dropped(DropReason.REPLAYED));
        assertThat(bCounters(p).replayFailedRecv()).isEqualTo(1);
        assertThat(bCounters(p).recvErrors()).isEqualTo(1);
        assertThat(bCounters(p).decaps()).isEqualTo(1);
    }

    @Test
    void reorderedWithinWindowAcceptedTooOldDropped() {
        EnginePair p = new EnginePair().install(gcm);
        List<byte[]> pkts = protect(p, 70);
        assertThat(deliver(p, pkts.get(69))).isInstanceOf(InboundResult.Decapsulated.class);  // seq 70
        assertThat(deliver(p, pkts.get(10))).isInstanceOf(InboundResult.Decapsulated.class);  // seq 11, in window
        assertThat(deliver(p, pkts.get(6))).isInstanceOf(InboundResult.Decapsulated.class);   // seq 7 = 70-63
        assertThat(deliver(p, pkts.get(5))).isEqualTo(new InboundResult.Dropped(DropReason.TOO_OLD)); // seq 6
        assertThat(deliver(p, pkts.get(10))).isEqualTo(new InboundResult.Dropped(DropReason.REPLAYED));
        assertThat(bCounters(p).replayFailedRecv()).isEqualTo(2);
        assertThat(bCounters(p).decaps()).isEqualTo(3);
    }

    @Test
    void peerWrappingANonEsnSequenceNumberIsARolloverDrop() {
        EnginePair p = new EnginePair().install(gcm);
        byte[] pkt = protect(p, 1).get(0);                                  // sequence number 1
        p.b.inboundSa(0x1000, EnginePair.B_OUTER).replayWindow().update(0xffffffffL);
        assertThat(deliver(p, pkt)).isEqualTo(new InboundResult.Dropped(DropReason.TOO_OLD));
        assertThat(bCounters(p).replayRolloverRecv()).isEqualTo(1);
        assertThat(bCounters(p).replayFailedRecv()).isEqualTo(1);
    }

    @Test
    void badIcvDroppedAndDoesNotAdvanceTheWindow() {
        EnginePair p = new EnginePair().install(gcm);
        byte[] pkt = protect(p, 1).get(0);
        byte[] bad = pkt.clone();
        bad[bad.length - 3] ^= 0x40;
        assertThat(deliver(p, bad)).isEqualTo(new InboundResult.Dropped(DropReason.AUTH_FAILED));
        assertThat(bCounters(p).verifyFailed()).isEqualTo(1);
        // the forged copy must not have burnt sequence number 1
        assertThat(deliver(p, pkt)).isInstanceOf(InboundResult.Decapsulated.class);
    }

    @Test
    void forgedSequenceNumberFailsTheIcv() {
        EnginePair p = new EnginePair().install(EspTransform.aesCbc(256, IntegrityAlgorithm.HMAC_SHA2_256_128),
                false);
        byte[] pkt = protect(p, 1).get(0);
        SequenceBytes.putInt(pkt, 24, 5000);
        assertThat(deliver(p, pkt)).isEqualTo(new InboundResult.Dropped(DropReason.AUTH_FAILED));
        assertThat(p.b.inboundSa(0x1000, EnginePair.B_OUTER).replayWindow().highest()).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {21, 27, 28, 35, 36, 43, 44, 60})
    void truncatedPacketsDroppedNeverThrown(int keep) {
        EnginePair p = new EnginePair().install(EspTransform.aesCbc(128, IntegrityAlgorithm.HMAC_SHA1_96), false);
        byte[] pkt = protect(p, 1).get(0);
        byte[] cut = Arrays.copyOf(pkt, keep);
        Ipv4Header.put16(cut, 2, keep);
        Ipv4Header.fillChecksum(cut, 0);
        InboundResult r = deliver(p, cut);
        assertThat(r).isInstanceOf(InboundResult.Dropped.class);
        assertThat(((InboundResult.Dropped) r).reason()).isIn(DropReason.MALFORMED, DropReason.INVALID_LENGTH,
                DropReason.AUTH_FAILED);
        IpsecCounters c = bCounters(p);
        assertThat(c.recvErrors() + p.b.globalCounters().malformed()).isEqualTo(1);
    }

    @Test
    void unknownSpiDroppedAndCountedGlobally() {
        EnginePair p = new EnginePair().install(gcm);
        byte[] pkt = protect(p, 1).get(0);
        SequenceBytes.putInt(pkt, 20, 0xdeadbeef);
        assertThat(deliver(p, pkt)).isEqualTo(new InboundResult.Dropped(DropReason.UNKNOWN_SPI));
        // the right SPI towards the wrong destination is unknown too (SAD keyed by SPI and destination)
        byte[] other = protect(p, 1).get(0);
        SequenceBytes.putInt(other, 16, Ipv4Addresses.parse("203.0.113.99"));
        Ipv4Header.fillChecksum(other, 0);
        assertThat(deliver(p, other)).isEqualTo(new InboundResult.Dropped(DropReason.UNKNOWN_SPI));
        assertThat(p.b.globalCounters().invalidSpi()).isEqualTo(2);
    }

    /** Builds an authentic ESP packet A->B whose trailer we choose (same keys as EnginePair seed 1). */
    private static byte[] craft(EnginePair p, EspTransform t, byte[] text, long seq) {
        SaKeys aToB = EnginePair.randomKeys(t, new Random(1));
        EspCipher c = EspCipher.create(t, aToB.encryption(), aToB.integrity());
        int total = 20 + 8 + t.ivLength() + text.length + t.icvLength();
        byte[] a = new byte[total];
        Ipv4Header.write(a, 0, 0, total, 1, false, 64, 50, EnginePair.A_OUTER, EnginePair.B_OUTER);
        SequenceBytes.putInt(a, 20, 0x1000);
        SequenceBytes.putInt(a, 24, (int) seq);
        System.arraycopy(text, 0, a, 28 + t.ivLength(), text.length);
        c.seal(a, 20, text.length, seq, false);
        return a;
    }

    private static byte[] text(byte[] inner, byte[] padding, int nextHeader) {
        byte[] t = new byte[inner.length + padding.length + 2];
        System.arraycopy(inner, 0, t, 0, inner.length);
        System.arraycopy(padding, 0, t, inner.length, padding.length);
        t[t.length - 2] = (byte) padding.length;
        t[t.length - 1] = (byte) nextHeader;
        return t;
    }

    @Test
    void badPaddingContentDropped() {
        EnginePair p = new EnginePair().install(gcm);
        byte[] inner = Packets.bytes(Packets.icmpEcho(EnginePair.A_HOST, EnginePair.B_HOST, 84, 1));
        byte[] good = craft(p, gcm, text(inner, new byte[] {1, 2}, 4), 1);
        assertThat(deliver(p, good)).isInstanceOf(InboundResult.Decapsulated.class);
        byte[] bad = craft(p, gcm, text(inner, new byte[] {1, 9}, 4), 2);
        assertThat(deliver(p, bad)).isEqualTo(new InboundResult.Dropped(DropReason.BAD_PADDING));
        byte[] tooLong = craft(p, gcm, new byte[] {1, 2, (byte) 200, 4}, 3);
        assertThat(deliver(p, tooLong)).isEqualTo(new InboundResult.Dropped(DropReason.BAD_PADDING));
        assertThat(bCounters(p).badPaddingRecv()).isEqualTo(2);
        assertThat(bCounters(p).decapsFailedRecv()).isEqualTo(2);
    }

    @Test
    void wrongNextHeaderAndDummyPacketsDropped() {
        EnginePair p = new EnginePair().install(gcm);
        byte[] inner = Packets.bytes(Packets.icmpEcho(EnginePair.A_HOST, EnginePair.B_HOST, 84, 1));
        assertThat(deliver(p, craft(p, gcm, text(inner, new byte[] {1, 2}, 6), 1)))
                .isEqualTo(new InboundResult.Dropped(DropReason.INVALID_PROTOCOL));
        assertThat(deliver(p, craft(p, gcm, text(new byte[6], new byte[0], 59), 2)))
                .isEqualTo(new InboundResult.Dropped(DropReason.DUMMY_PACKET));
        byte[] lying = inner.clone();
        Ipv4Header.put16(lying, 2, 1000);   // inner total length beyond the payload
        assertThat(deliver(p, craft(p, gcm, text(lying, new byte[] {1, 2}, 4), 3)))
                .isEqualTo(new InboundResult.Dropped(DropReason.INVALID_LENGTH));
        assertThat(bCounters(p).invalidProtRecv()).isEqualTo(1);
        assertThat(bCounters(p).invalidLenRecv()).isEqualTo(1);
    }

    @Test
    void innerPacketOutsideTheSelectorsDropped() {
        EnginePair p = new EnginePair().install(gcm);
        byte[] spoofed = Packets.bytes(Packets.icmpEcho(Ipv4Addresses.parse("172.16.0.1"), EnginePair.B_HOST, 84, 1));
        assertThat(deliver(p, craft(p, gcm, text(spoofed, new byte[] {1, 2}, 4), 1)))
                .isEqualTo(new InboundResult.Dropped(DropReason.INVALID_IDENTITY));
        assertThat(bCounters(p).invalidIdentityRecv()).isEqualTo(1);
    }

    @Test
    void randomGarbageNeverThrows() {
        EnginePair p = new EnginePair().install(gcm);
        byte[] valid = protect(p, 1).get(0);
        Random r = new Random(42);
        for (int i = 0; i < 2000; i++) {
            byte[] x = valid.clone();
            int flips = 1 + r.nextInt(4);
            for (int f = 0; f < flips; f++) {
                x[r.nextInt(x.length)] ^= (byte) (1 + r.nextInt(255));
            }
            if (r.nextBoolean()) {
                x = Arrays.copyOf(x, r.nextInt(x.length + 1));
            }
            InboundResult res = deliver(p, x);
            if (res instanceof InboundResult.Decapsulated d) {
                d.inner().release();
            }
        }
        ByteBuf keepalive = NatKeepalive.packet(EnginePair.A_OUTER, EnginePair.B_OUTER, UdpEncapsulation.standard(),
                io.netty.buffer.UnpooledByteBufAllocator.DEFAULT, 0, 1);
        byte[] k = Packets.bytes(keepalive);
        assertThat(k).hasSize(29);
        assertThat(Ipv4Header.u16(k, 26)).as("UDP checksum zero").isZero();
        assertThat(k[28]).isEqualTo((byte) 0xff);
        assertThat(p.b.processInbound(EnginePair.IF, keepalive))
                .isEqualTo(new InboundResult.Dropped(DropReason.NAT_KEEPALIVE));
        assertThat(p.b.globalCounters().natKeepalives()).isEqualTo(1);
    }
}
