package iosim.ikev2.engine;

import iosim.ikev2.api.EngineSettings;
import iosim.ikev2.api.FragmentationSettings;
import static org.assertj.core.api.Assertions.assertThat;

import iosim.ike.crypto.RandomSource;
import iosim.ike.net.Datagram;
import iosim.ikev2.api.IkeEvent;
import iosim.ikev2.api.IkeSaSnapshot;
import iosim.ikev2.message.DecodeResult;
import iosim.ikev2.message.ExchangeType;
import iosim.ikev2.message.FragmentReassembler;
import iosim.ikev2.message.IkeHeader;
import iosim.ikev2.message.IkeMessage;
import iosim.ikev2.message.IkeMessageCodec;
import iosim.ikev2.message.NotifyPayload;
import iosim.ikev2.sa.IkeSa;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Bounded mutation test behind the ICV: the inner payloads of real requests (a child rekey, a
 * new Child SA, an IKE rekey, a Delete, a DPD) are mutated and sent to the responder sealed
 * with the peer's real keys and the expected message ID, whole or as SKF fragments. Nothing
 * may reach the engine's safety net (no exception), and a request the engine rejects (an error
 * notify in its answer, or no answer) must leave the IKE SA and its Child SAs as they were.
 */
class AuthenticatedMutationTest {

    private record Seed(ExchangeType exchange, int firstInner, byte[] inner) {}

    private static IkeSa sa(IkeEngine e, long spi) {
        return e.context().manager(spi).sa();
    }

    @Test
    void mutatedAuthenticatedRequestsAreAnsweredOrDroppedAndRejectedOnesChangeNothing() {
        EnginePair p = new EnginePair(EngineSettings.DEFAULT.withFragmentation(
                FragmentationSettings.DEFAULT.withIpPacketSize(200)), EngineSettings.DEFAULT.withFragmentation(
                FragmentationSettings.DEFAULT.withIpPacketSize(200)));
        p.b.addPeer(EnginePair.paramsB(EnginePair.cbc256()));
        long spiA = p.a.initiate(EnginePair.paramsA(EnginePair.cbc256()));
        p.pump();
        long spiB = p.b.snapshots().get(0).localSpi();

        // real requests from A, decrypted with B's keys as they arrive (fragments reassembled by B's codec view)
        List<Seed> seeds = new ArrayList<>();
        IkeSa b0 = sa(p.b, spiB);
        FragmentReassembler reassembler = new FragmentReassembler();
        p.toBRewrite = d -> {
            DecodeResult r = IkeMessageCodec.decodeProtected(d.data(), b0.inboundProtection());
            if (r instanceof DecodeResult.Fragment f) {
                r = reassembler.add(f);
            }
            if (r instanceof DecodeResult.Ok ok && !ok.message().header().response()
                    && !ok.message().payloads().isEmpty()) {
                seeds.add(seed(ok.message()));
            }
            return d;
        };
        p.a.createChild(spiA, EnginePair.child("10.1.0.0/24", "10.2.0.0/24"));
        p.pump();
        p.a.rekeyChild(spiA, p.a.snapshot(spiA).orElseThrow().children().get(0).inboundSpi());
        p.pump();
        p.a.dpd(spiA);
        p.pump();
        p.a.deleteChild(spiA, p.a.snapshot(spiA).orElseThrow().children().get(1).inboundSpi());
        p.pump();
        p.toBRewrite = d -> d;
        assertThat(seeds).extracting(Seed::exchange).contains(ExchangeType.CREATE_CHILD_SA, ExchangeType.INFORMATIONAL);
        assertThat(seeds).anyMatch(x -> x.inner().length > 100);
        // add hand-made whole requests of the other kinds, from their payload lists
        seeds.add(new Seed(ExchangeType.CREATE_CHILD_SA, 33, seeds.get(0).inner()));
        seeds.add(new Seed(ExchangeType.INFORMATIONAL, 42, new byte[] {0, 0, 0, 12, 3, 4, 0, 1, (byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef}));

        IkeMessageCodec codec = new IkeMessageCodec(RandomSource.deterministic(7));
        Random r = new Random(2026);
        IkeSa aSa = sa(p.a, spiA);
        int rejected = 0;
        int accepted = 0;
        for (int round = 0; round < 300; round++) {
            Seed s = seeds.get(r.nextInt(seeds.size()));
            byte[] inner = mutate(s.inner(), r);
            int first = r.nextInt(8) == 0 ? 33 + r.nextInt(16) : s.firstInner();
            IkeSa b = sa(p.b, spiB);
            String before = state(p.b, spiB);
            long expected = b.window().expectedPeerRequestId();
            IkeHeader h = IkeHeader.request(aSa.spiI(), aSa.spiR(), s.exchange(), (int) expected, true);
            List<byte[]> wire = r.nextInt(4) == 0 && inner.length > 40
                    ? fragments(codec, h, first, inner, aSa, r) : List.of(codec.encodeRaw(h, first, inner,
                    aSa.outboundProtection()));
            p.eventsB.clear();
            p.toA.clear();
            for (byte[] d : wire) {
                p.b.receive(new Datagram(aSa.local(), aSa.remote(), d));
            }
            assertThat(p.b.counters().internalErrors).as("round " + round + " reached the safety net").isZero();
            List<NotifyPayload> answer = answerNotifies(p, b);
            boolean refused = p.toA.isEmpty() || answer.stream().anyMatch(NotifyPayload::isError);
            if (p.b.snapshot(spiB).isEmpty()) {
                break; // a mutant that is a valid Delete of the IKE SA: legitimately the end
            }
            if (refused) {
                rejected++;
                assertThat(state(p.b, spiB)).as("round " + round + ": a rejected request changed the SA")
                        .isEqualTo(before);
                assertThat(p.eventsB).noneMatch(e -> e instanceof IkeEvent.ChildSaInstalled
                        || e instanceof IkeEvent.ChildSaRemoved || e instanceof IkeEvent.IkeSaRekeyed
                        || e instanceof IkeEvent.ChildSaRekeyed);
            } else {
                accepted++;
            }
            // keep A's view of the message IDs in step with B's, as a real peer's would be
            while (aSa.window().nextRequestId() < sa(p.b, spiB).window().expectedPeerRequestId()) {
                aSa.window().requestCompleted();
            }
        }
        assertThat(rejected).as("most mutants are refused").isGreaterThan(100);
        assertThat(p.b.counters().fragmentsReceived).as("fragmented mutants were taken in").isGreaterThan(20);
        assertThat(p.b.counters().internalErrors).isZero();
    }

    private static Seed seed(IkeMessage m) {
        return new Seed(m.header().exchangeType(), m.payloads().get(0).typeValue(),
                IkeMessageCodec.innerOctets(m.payloads()));
    }

    private static byte[] mutate(byte[] in, Random r) {
        byte[] d = in.clone();
        int flips = 1 + r.nextInt(4);
        for (int i = 0; i < flips && d.length > 0; i++) {
            int at = r.nextInt(d.length);
            d[at] = (byte) (r.nextBoolean() ? r.nextInt(256) : d[at] ^ (1 << r.nextInt(8)));
        }
        if (r.nextInt(8) == 0) {
            d = Arrays.copyOf(d, r.nextInt(d.length + 1));
        }
        return d;
    }

    /** The inner octets in SKF fragments, sometimes with odd numbering or one missing. */
    private static List<byte[]> fragments(IkeMessageCodec codec, IkeHeader h, int first, byte[] inner, IkeSa a,
                                          Random r) {
        int total = 2 + r.nextInt(3);
        int size = (inner.length + total - 1) / total;
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            byte[] part = Arrays.copyOfRange(inner, Math.min(inner.length, i * size),
                    Math.min(inner.length, (i + 1) * size));
            int number = r.nextInt(10) == 0 ? r.nextInt(total + 2) : i + 1;
            int count = r.nextInt(10) == 0 ? r.nextInt(total + 2) : total;
            if (r.nextInt(12) != 0) {
                out.add(codec.encodeFragment(h, i == 0 ? first : 0, number, count, part, a.outboundProtection()));
            }
        }
        return out;
    }

    /** The notifies in B's answers now queued towards A (decrypted with A's keys). */
    private static List<NotifyPayload> answerNotifies(EnginePair p, IkeSa b) {
        List<NotifyPayload> out = new ArrayList<>();
        for (Datagram d : p.toA) {
            DecodeResult r = IkeMessageCodec.decodeProtected(d.data(), b.outboundProtection());
            if (r instanceof DecodeResult.Ok ok) {
                out.addAll(ok.message().all(NotifyPayload.class));
            }
        }
        return out;
    }

    private static String state(IkeEngine e, long spi) {
        IkeSaSnapshot s = e.snapshot(spi).orElseThrow();
        IkeSa sa = e.context().manager(spi).sa();
        return s.state() + " " + s.remoteSpi() + " " + s.encryption() + " " + s.prf() + " " + s.group() + " "
                + s.children().stream().map(c -> c.inboundSpi() + "/" + c.outboundSpi()).toList() + " "
                + Arrays.hashCode(sa.keys().skD()) + " " + e.ikeSaCount();
    }
}
