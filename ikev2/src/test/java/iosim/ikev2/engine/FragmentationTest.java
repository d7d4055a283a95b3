package iosim.ikev2.engine;

import iosim.ikev2.api.EngineSettings;
import iosim.ikev2.api.FragmentationSettings;
import iosim.ikev2.sa.TaskManager;
import static iosim.ikev2.engine.EnginePair.of;
import static org.assertj.core.api.Assertions.assertThat;

import iosim.ike.crypto.RandomSource;
import iosim.ike.time.RetransmitSettings;
import iosim.ikev2.api.ChildSaKeys;
import iosim.ike.net.Datagram;
import iosim.ikev2.api.ExchangeInfo;
import iosim.ikev2.api.IkeEvent;
import iosim.ikev2.api.IkeSaSnapshot;
import iosim.ikev2.message.ExchangeType;
import iosim.ikev2.message.IkeHeader;
import iosim.ikev2.message.IkeMessageCodec;
import iosim.ikev2.message.PayloadType;
import iosim.ikev2.sa.IkeSa;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * RFC 7383 IKE fragmentation between two engines on one virtual clock: both sides announce
 * support, messages over the size limit go out as SKF fragments, the receiver authenticates
 * each fragment and processes the reassembled message; loss, retransmission, duplicates,
 * timeouts and forged or malformed fragments.
 */
class FragmentationTest {
    /** IP packets of at most 200 octets: IKE messages of at most 172 on port 500. */
    private static final int IP_SIZE = 200;
    private static final int MAX_IKE = IP_SIZE - 20 - 8;

    private static EngineSettings fragmenting(int ipSize) {
        return EngineSettings.DEFAULT.withFragmentation(FragmentationSettings.DEFAULT.withIpPacketSize(ipSize));
    }

    private static EnginePair pair(EngineSettings a, EngineSettings b) {
        EnginePair p = new EnginePair(a, b);
        p.b.addPeer(EnginePair.paramsB(EnginePair.cbc256()));
        return p;
    }

    private static List<ExchangeInfo> sent(List<IkeEvent> events, String exchange) {
        return of(events, IkeEvent.ExchangeSent.class, e -> e.exchange().exchange().equals(exchange)).stream()
                .map(IkeEvent.ExchangeSent::exchange).toList();
    }

    private static List<ExchangeInfo> received(List<IkeEvent> events, String exchange) {
        return of(events, IkeEvent.ExchangeReceived.class, e -> e.exchange().exchange().equals(exchange)).stream()
                .map(IkeEvent.ExchangeReceived::exchange).toList();
    }

    /** Delivers everything, checking that no datagram is larger than {@code max}; returns all delivered. */
    private static List<Datagram> pumpChecked(EnginePair p, int max) {
        List<Datagram> seen = new ArrayList<>();
        while (!p.toA.isEmpty() || !p.toB.isEmpty()) {
            Datagram d = !p.toB.isEmpty() ? p.toB.poll() : p.toA.poll();
            int next = d.data()[16] & 0xff;
            if (next == PayloadType.SK.value() || next == PayloadType.SKF.value()) {
                assertThat(d.data().length).as("protected datagram size").isLessThanOrEqualTo(max);
            }
            seen.add(d);
            (d.destination().getAddress().equals(EnginePair.B_ADDR) ? p.b : p.a).receive(d);
        }
        return seen;
    }

    private static void assertChildKeysMatch(EnginePair p) {
        ChildSaKeys ka = of(p.eventsA, IkeEvent.ChildSaInstalled.class).get(0).keys();
        ChildSaKeys kb = of(p.eventsB, IkeEvent.ChildSaInstalled.class).get(0).keys();
        assertThat(ka.outboundSpi()).isEqualTo(kb.inboundSpi());
        assertThat(ka.outboundEncryptionKey()).isEqualTo(kb.inboundEncryptionKey());
        assertThat(ka.inboundEncryptionKey()).isEqualTo(kb.outboundEncryptionKey());
    }

    private static IkeSa sa(IkeEngine e) {
        return e.context().managers().get(0).sa();
    }

    @Test
    void ikeAuthIsFragmentedInBothDirectionsAndReassembled() {
        EnginePair p = pair(fragmenting(IP_SIZE), fragmenting(IP_SIZE));
        p.a.initiate(EnginePair.paramsA(EnginePair.cbc256()));
        List<Datagram> wire = pumpChecked(p, MAX_IKE);

        assertThat(sent(p.eventsA, "IKE_SA_INIT").get(0).payloads()).contains("N(FRAGMENTATION_SUPPORTED)");
        assertThat(sent(p.eventsB, "IKE_SA_INIT").get(0).payloads()).contains("N(FRAGMENTATION_SUPPORTED)");
        ExchangeInfo request = sent(p.eventsA, "IKE_AUTH").get(0);
        ExchangeInfo response = sent(p.eventsB, "IKE_AUTH").get(0);
        assertThat(request.fragments()).isGreaterThan(1);
        assertThat(response.fragments()).isGreaterThan(1);
        ExchangeInfo requestSeen = received(p.eventsB, "IKE_AUTH").get(0);
        ExchangeInfo responseSeen = received(p.eventsA, "IKE_AUTH").get(0);
        assertThat(requestSeen.payloads()).isEqualTo(request.payloads()).contains("IDi", "AUTH", "SA", "TSi", "TSr");
        assertThat(requestSeen.fragments()).isEqualTo(request.fragments());
        assertThat(requestSeen.octets()).isEqualTo(request.octets());
        assertThat(responseSeen.payloads()).isEqualTo(response.payloads()).contains("IDr", "AUTH", "SA");
        assertThat(responseSeen.fragments()).isEqualTo(response.fragments());

        long skf = wire.stream().filter(d -> (d.data()[16] & 0xff) == PayloadType.SKF.value()).count();
        assertThat(skf).isEqualTo(request.fragments() + response.fragments());
        assertThat(p.a.counters().fragmentsSent).isEqualTo(request.fragments());
        assertThat(p.b.counters().fragmentsSent).isEqualTo(response.fragments());
        assertThat(p.a.counters().messagesReassembled).isEqualTo(1);
        assertThat(p.b.counters().messagesReassembled).isEqualTo(1);
        assertChildKeysMatch(p);
        assertThat(of(p.eventsA, IkeEvent.Failure.class)).isEmpty();
        assertThat(of(p.eventsB, IkeEvent.Failure.class)).isEmpty();
    }

    @Test
    void noFragmentsUnlessBothSidesAnnounceSupport() {
        EnginePair p = pair(fragmenting(IP_SIZE), EngineSettings.DEFAULT.withFragmentation(FragmentationSettings.OFF));
        p.a.initiate(EnginePair.paramsA(EnginePair.cbc256()));
        p.pump();

        assertThat(sent(p.eventsA, "IKE_SA_INIT").get(0).payloads()).contains("N(FRAGMENTATION_SUPPORTED)");
        assertThat(sent(p.eventsB, "IKE_SA_INIT").get(0).payloads()).doesNotContain("N(FRAGMENTATION_SUPPORTED)");
        ExchangeInfo request = sent(p.eventsA, "IKE_AUTH").get(0);
        assertThat(request.fragments()).isEqualTo(1);
        assertThat(request.octets()).isGreaterThan(MAX_IKE);
        assertThat(sent(p.eventsB, "IKE_AUTH").get(0).fragments()).isEqualTo(1);
        assertThat(p.a.counters().fragmentsSent + p.b.counters().fragmentsSent).isZero();
        assertChildKeysMatch(p);
    }

    @Test
    void switchedOnAtRunTimeTheNextSaAnnouncesAndFragmentsAndTheSnapshotSaysSo() {
        EngineSettings off = EngineSettings.DEFAULT.withFragmentation(FragmentationSettings.OFF);
        EnginePair p = pair(off, off);
        p.a.initiate(EnginePair.paramsA(EnginePair.cbc256()));
        p.pump();
        assertThat(sent(p.eventsA, "IKE_SA_INIT").get(0).payloads()).doesNotContain("N(FRAGMENTATION_SUPPORTED)");
        assertThat(p.a.snapshots().get(0).fragmentation()).isFalse();

        p.a.setFragmentation(FragmentationSettings.DEFAULT.withIpPacketSize(IP_SIZE));
        p.b.setFragmentation(FragmentationSettings.DEFAULT.withIpPacketSize(IP_SIZE));
        p.eventsA.clear();
        p.eventsB.clear();
        p.a.initiate(EnginePair.paramsA(EnginePair.cbc256()));
        pumpChecked(p, MAX_IKE);
        assertThat(sent(p.eventsA, "IKE_SA_INIT").get(0).payloads()).contains("N(FRAGMENTATION_SUPPORTED)");
        assertThat(sent(p.eventsB, "IKE_SA_INIT").get(0).payloads()).contains("N(FRAGMENTATION_SUPPORTED)");
        assertThat(sent(p.eventsA, "IKE_AUTH").get(0).fragments()).isGreaterThan(1);
        assertThat(p.a.snapshots()).anyMatch(IkeSaSnapshot::fragmentation);
        assertThat(of(p.eventsA, IkeEvent.Failure.class)).isEmpty();
    }

    @Test
    void defaultLimitLeavesOrdinaryMessagesWhole() {
        EnginePair p = pair(EngineSettings.DEFAULT, EngineSettings.DEFAULT);
        p.a.initiate(EnginePair.paramsA(EnginePair.cbc256()));
        p.pump();
        assertThat(sent(p.eventsA, "IKE_AUTH").get(0).fragments()).isEqualTo(1);
        assertThat(sa(p.a).peerFragmentationSupported()).isTrue();
        assertThat(sa(p.b).peerFragmentationSupported()).isTrue();
        assertChildKeysMatch(p);
    }

    @Test
    void retransmissionResendsEveryFragmentAndADuplicateRequestGetsTheCachedFragments() {
        EnginePair p = pair(fragmenting(IP_SIZE), fragmenting(IP_SIZE));
        p.a.initiate(EnginePair.paramsA(EnginePair.cbc256()));
        p.b.receive(p.toB.poll());                       // IKE_SA_INIT request
        p.a.receive(p.toA.poll());                       // IKE_SA_INIT response: A sends IKE_AUTH fragments
        List<Datagram> request = new ArrayList<>(p.toB);
        assertThat(request).hasSizeGreaterThan(1);
        p.pump();                                        // B answers with fragments ...
        assertThat(of(p.eventsA, IkeEvent.IkeSaUp.class)).hasSize(1);
        List<Datagram> response = lastResponse(p);
        assertThat(response).hasSizeGreaterThan(1);

        // the same request again, as a retransmission would bring it: only fragment 1 triggers the answer
        long before = p.b.counters().retransmittedResponses;
        for (Datagram d : request) {
            p.b.receive(d);
        }
        assertThat(p.b.counters().retransmittedResponses).isEqualTo(before + 1);
        assertThat(p.toA).hasSize(response.size());
        for (int i = 0; i < response.size(); i++) {
            assertThat(p.toA.poll().data()).isEqualTo(response.get(i).data());
        }
        assertThat(of(p.eventsB, IkeEvent.IkeSaUp.class)).hasSize(1);

        // a lost request: A retransmits all its fragments, byte for byte
        IkeSaSnapshot a = p.a.snapshots().get(0);
        p.a.rekeyChild(a.localSpi(), a.children().get(0).inboundSpi());
        List<Datagram> first = new ArrayList<>(p.toB);
        assertThat(first).hasSizeGreaterThan(1);
        p.toB.clear();
        p.clock.advance(RetransmitSettings.DEFAULT.timeoutMillis());
        List<Datagram> again = new ArrayList<>(p.toB);
        assertThat(again).hasSameSizeAs(first);
        for (int i = 0; i < first.size(); i++) {
            assertThat(again.get(i).data()).isEqualTo(first.get(i).data());
        }
        p.pump();
        assertThat(of(p.eventsA, IkeEvent.ChildSaRekeyed.class)).hasSize(1);
    }

    /** B's IKE_AUTH response datagrams, as cached for retransmission. */
    private static List<Datagram> lastResponse(EnginePair p) {
        IkeSa b = sa(p.b);
        List<Datagram> out = new ArrayList<>();
        for (byte[] d : b.window().cachedResponse()) {
            out.add(new Datagram(b.local(), b.remote(), d));
        }
        return out;
    }

    @Test
    void thirtyPercentLossWithFragmentsStillEstablishesAndRekeys() {
        int established = 0;
        for (long seed = 1; seed <= 6; seed++) {
            EnginePair p = new EnginePair(fragmenting(IP_SIZE), fragmenting(IP_SIZE), 10 + seed, 20 + seed);
            p.lossRate = 0.3;
            p.loss = new Random(seed);
            RetransmitSettings rt = new RetransmitSettings(1000, 1.5, 8, 0);
            p.b.addPeer(EnginePair.paramsB(EnginePair.cbc256()).withRetransmit(rt));
            p.a.initiate(EnginePair.paramsA(EnginePair.cbc256()).withRetransmit(rt));
            p.run(120_000, 250);
            assertThat(of(p.eventsA, IkeEvent.ChildSaInstalled.class)).as("seed " + seed).hasSize(1);
            assertChildKeysMatch(p);
            IkeSaSnapshot a = p.a.snapshots().get(0);
            p.a.rekeyChild(a.localSpi(), a.children().get(0).inboundSpi());
            p.run(120_000, 250);
            p.b.rekeyIke(p.b.snapshots().get(0).localSpi());
            p.run(120_000, 250);
            assertThat(p.a.snapshots()).hasSize(1);
            assertThat(p.b.snapshots()).hasSize(1);
            IkeSaSnapshot sa = p.a.snapshots().get(0);
            IkeSaSnapshot sb = p.b.snapshots().get(0);
            assertThat(sa.localSpi()).isNotEqualTo(a.localSpi());
            assertThat(sa.remoteSpi()).isEqualTo(sb.localSpi());
            assertThat(sa.children()).hasSize(1);
            assertThat(sa.children().get(0).inboundSpi()).isEqualTo(sb.children().get(0).outboundSpi());
            assertThat(sa(p.a).peerFragmentationSupported()).as("the rekeyed SA still fragments").isTrue();
            assertThat(p.dropped).isPositive();
            assertThat(p.a.counters().messagesReassembled + p.b.counters().messagesReassembled).isGreaterThan(2);
            assertThat(of(p.eventsA, IkeEvent.Failure.class)).isEmpty();
            assertThat(of(p.eventsB, IkeEvent.Failure.class)).isEmpty();
            established++;
        }
        assertThat(established).isEqualTo(6);
    }

    @Test
    void incompleteMessageIsDroppedAfterTheReassemblyTimeout() {
        FragmentationSettings f = new FragmentationSettings(true, IP_SIZE, 64, 64 * 1024, 3_000);
        EnginePair p = pair(fragmenting(IP_SIZE), EngineSettings.DEFAULT.withFragmentation(f));
        p.a.initiate(EnginePair.paramsA(EnginePair.cbc256()));
        p.b.receive(p.toB.poll());
        p.a.receive(p.toA.poll());
        List<Datagram> request = new ArrayList<>(p.toB);
        p.toB.clear();
        p.b.receive(request.get(0));
        TaskManager tmB = p.b.context().managers().get(0);
        assertThat(p.b.counters().fragmentsReceived).isEqualTo(1);
        p.clock.advance(3_001);
        assertThat(p.b.counters().reassemblyTimeouts).isEqualTo(1);
        assertThat(p.toB).isEmpty();
        // A's retransmission (4 s) comes after the timeout: all fragments again, and the SA comes up
        p.clock.advance(1_000);
        assertThat(p.toB).hasSameSizeAs(request);
        p.toB.clear();
        for (Datagram d : request) {
            p.b.receive(d);
        }
        p.pump();
        assertThat(tmB.sa().state().name()).isEqualTo("ESTABLISHED");
    }

    @Test
    void forgedAndMalformedFragmentsAreDroppedWithoutStateChange() {
        EnginePair p = pair(fragmenting(IP_SIZE), fragmenting(IP_SIZE));
        p.a.initiate(EnginePair.paramsA(EnginePair.cbc256()));
        p.b.receive(p.toB.poll());
        p.a.receive(p.toA.poll());
        List<Datagram> request = new ArrayList<>(p.toB);
        p.toB.clear();
        IkeSa a = sa(p.a);
        IkeSa b = sa(p.b);
        IkeMessageCodec codec = new IkeMessageCodec(RandomSource.deterministic(5));
        IkeHeader h = IkeHeader.request(a.spiI(), a.spiR(), ExchangeType.IKE_AUTH, 1, true);
        byte[] inner = {0, 0, 0, 8, 0, 0, 0x40, 0x00}; // N(INITIAL_CONTACT)
        int notify = PayloadType.NOTIFY.value();

        p.b.receive(request.get(0));                    // one good fragment is held
        String before = state(b);
        long icvFailed = p.b.counters().authenticationFailedDropped;
        long dropped = p.b.counters().fragmentsDropped;
        long outOfWindow = p.b.counters().outOfWindowDropped;

        byte[] forged = request.get(1).data().clone();
        forged[forged.length - 20] ^= 1;                 // ciphertext or ICV bit flip
        p.b.receive(new Datagram(request.get(1).source(), request.get(1).destination(), forged));
        byte[] wrongKeys = codec.encodeFragment(h, notify, 2, request.size(), inner, b.outboundProtection());
        p.b.receive(new Datagram(request.get(1).source(), request.get(1).destination(), wrongKeys));
        assertThat(p.b.counters().authenticationFailedDropped).isEqualTo(icvFailed + 2);

        // A's real keys but odd numbers: number 0 and number > total (refused by the decoder),
        // and more fragments than we collect (refused by the reassembler)
        long received = p.b.counters().received;
        long malformed = p.b.counters().malformedDropped;
        for (int[] nt : new int[][] {{0, request.size()}, {request.size() + 1, request.size()}, {1, 65}}) {
            byte[] odd = codec.encodeFragment(h, notify, nt[0], nt[1], inner, a.outboundProtection());
            p.b.receive(new Datagram(request.get(1).source(), request.get(1).destination(), odd));
        }
        assertThat(p.b.counters().received).isEqualTo(received + 3);
        assertThat(p.b.counters().malformedDropped).isEqualTo(malformed + 2);
        assertThat(p.b.counters().authenticationFailedDropped).isEqualTo(icvFailed + 2);
        assertThat(p.b.counters().fragmentsDropped).isEqualTo(dropped + 1);
        // authenticated, but for a message ID that is not the next one
        byte[] future = codec.encodeFragment(IkeHeader.request(a.spiI(), a.spiR(), ExchangeType.IKE_AUTH, 7, true),
                notify, 1, 2, inner, a.outboundProtection());
        p.b.receive(new Datagram(request.get(1).source(), request.get(1).destination(), future));
        assertThat(p.b.counters().outOfWindowDropped).isEqualTo(outOfWindow + 1);
        // a truncated fragment
        byte[] cut = java.util.Arrays.copyOf(request.get(1).data(), 40);
        p.b.receive(new Datagram(request.get(1).source(), request.get(1).destination(), cut));

        assertThat(state(b)).isEqualTo(before);
        assertThat(p.toA).isEmpty();
        assertThat(of(p.eventsB, IkeEvent.ExchangeReceived.class, e -> e.exchange().exchange().equals("IKE_AUTH")))
                .isEmpty();
        // the genuine rest still completes the message held so far
        for (Datagram d : request.subList(1, request.size())) {
            p.b.receive(d);
        }
        p.pump();
        assertThat(of(p.eventsB, IkeEvent.IkeSaUp.class)).hasSize(1);
        assertThat(p.b.counters().messagesReassembled).isEqualTo(1);
        assertChildKeysMatch(p);
    }

    private static String state(IkeSa s) {
        return s.state() + " " + s.window().nextRequestId() + " " + s.window().expectedPeerRequestId() + " "
                + s.children().size() + " " + s.window().cachedResponse().size() + " " + s.remoteId();
    }
}
