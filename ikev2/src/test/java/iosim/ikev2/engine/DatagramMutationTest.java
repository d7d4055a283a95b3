package iosim.ikev2.engine;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.ike.net.Datagram;
import iosim.ikev2.api.IkeEvent;
import iosim.ikev2.api.IkeSaSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Bounded mutation test of the engine's datagram entry point, seeded with the real messages of
 * a handshake, a child rekey and a DPD: every mutant is answered or dropped, nothing escapes,
 * and no mutant changes the established SA's state.
 */
class DatagramMutationTest {

    @Test
    void mutatedRealMessagesNeverThrowAndNeverChangeSaState() {
        EnginePair p = new EnginePair();
        List<Datagram> seenByB = new ArrayList<>();
        p.toBRewrite = d -> {
            seenByB.add(d);
            return d;
        };
        p.b.addPeer(EnginePair.paramsB(EnginePair.cbc256()));
        long spi = p.a.initiate(EnginePair.paramsA(EnginePair.cbc256()));
        p.pump();
        IkeSaSnapshot a0 = p.a.snapshot(spi).orElseThrow();
        p.a.rekeyChild(spi, a0.children().get(0).inboundSpi());
        p.pump();
        p.a.dpd(spi);
        p.pump();
        assertThat(seenByB).hasSizeGreaterThanOrEqualTo(5);

        IkeSaSnapshot before = p.b.snapshots().get(0);
        p.eventsB.clear();
        Random r = new Random(2026);
        int mutants = 0;
        for (int round = 0; round < 400; round++) {
            byte[] data = seenByB.get(r.nextInt(seenByB.size())).data().clone();
            int flips = 1 + r.nextInt(4);
            for (int i = 0; i < flips; i++) {
                int at = r.nextInt(data.length);
                data[at] = (byte) (r.nextBoolean() ? r.nextInt(256) : data[at] ^ (1 << r.nextInt(8)));
            }
            if (r.nextInt(10) == 0) {
                data = java.util.Arrays.copyOf(data, r.nextInt(data.length));
            }
            Datagram d = seenByB.get(0);
            p.b.receive(new Datagram(d.source(), d.destination(), data));
            mutants++;
        }
        p.toA.clear(); // answers to mutated IKE_SA_INIT requests etc. are not delivered
        IkeSaSnapshot established = p.b.snapshots().stream().filter(s -> s.localSpi() == before.localSpi())
                .findFirst().orElseThrow();
        assertThat(established.state()).isEqualTo("ESTABLISHED");
        assertThat(established.expectedRequestId()).isEqualTo(before.expectedRequestId());
        assertThat(established.nextRequestId()).isEqualTo(before.nextRequestId());
        assertThat(established.children()).extracting(c -> c.inboundSpi())
                .containsExactlyElementsOf(before.children().stream().map(c -> c.inboundSpi()).toList());
        assertThat(p.eventsB).noneMatch(e -> e instanceof IkeEvent.ChildSaInstalled
                || e instanceof IkeEvent.ChildSaRemoved || e instanceof IkeEvent.IkeSaDown
                || e instanceof IkeEvent.IkeSaRekeyed || e instanceof IkeEvent.ChildSaRekeyed);
        assertThat(p.b.counters().received).isGreaterThanOrEqualTo(mutants);
        assertThat(p.b.counters().internalErrors).as("no mutant reached the entry point's safety net").isZero();
        // the SA still works after the storm
        p.a.rekeyChild(spi, p.a.snapshot(spi).orElseThrow().children().get(0).inboundSpi());
        p.pump();
        assertThat(p.a.snapshot(spi).orElseThrow().children()).hasSize(1);
        assertThat(p.b.snapshots().stream().filter(s -> s.localSpi() == before.localSpi()).findFirst().orElseThrow()
                .children().get(0).outboundSpi()).isEqualTo(p.a.snapshot(spi).orElseThrow().children().get(0).inboundSpi());
    }
}
