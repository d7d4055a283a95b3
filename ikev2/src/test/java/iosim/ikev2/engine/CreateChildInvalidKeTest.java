package iosim.ikev2.engine;

import static iosim.ikev2.engine.EnginePair.of;
import static org.assertj.core.api.Assertions.assertThat;

import iosim.ike.time.Lifetime;
import iosim.ikev2.api.ChildProposal;
import iosim.ikev2.api.ChildSaKeys;
import iosim.ikev2.api.ChildSessionParams;
import iosim.ikev2.api.EncryptionAlgorithm;
import iosim.ikev2.api.ExchangeInfo;
import iosim.ikev2.api.IkeEvent;
import iosim.ikev2.api.IkeProposal;
import iosim.ikev2.api.IkeSaSnapshot;
import iosim.ikev2.api.IntegrityAlgorithm;
import iosim.ikev2.api.IpsecMode;
import iosim.ikev2.api.IpsecProtocol;
import iosim.ikev2.api.KeyExchangeGroup;
import iosim.ikev2.api.PrfAlgorithm;
import iosim.ikev2.api.TrafficSelectorSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * INVALID_KE_PAYLOAD in CREATE_CHILD_SA (RFC 7296 1.3): when the responder chooses a proposal
 * whose group differs from the initiator's KE, it answers with the group it wants and the
 * initiator retries (next message ID) with that group, for a Child SA rekey with PFS and for an
 * IKE SA rekey.
 */
class CreateChildInvalidKeTest {
    private static final KeyExchangeGroup P256 = KeyExchangeGroup.ECP_256;
    private static final KeyExchangeGroup P384 = KeyExchangeGroup.ECP_384;

    private static ChildSessionParams child(String local, String remote, KeyExchangeGroup... pfs) {
        ChildProposal p = new ChildProposal(IpsecProtocol.ESP, List.of(EncryptionAlgorithm.AES_GCM_16_256), List.of(),
                List.of(pfs), false);
        return new ChildSessionParams(List.of(p), List.of(TrafficSelectorSpec.subnet(local)),
                List.of(TrafficSelectorSpec.subnet(remote)), Lifetime.CHILD_DEFAULT, IpsecMode.TUNNEL);
    }

    private static IkeProposal ike(KeyExchangeGroup... groups) {
        return new IkeProposal(List.of(EncryptionAlgorithm.AES_CBC_256), List.of(PrfAlgorithm.HMAC_SHA2_256),
                List.of(IntegrityAlgorithm.HMAC_SHA2_256_128), List.of(groups));
    }

    private static List<ExchangeInfo> sentRequests(List<IkeEvent> events, String exchange) {
        return of(events, IkeEvent.ExchangeSent.class,
                e -> e.exchange().exchange().equals(exchange) && !e.exchange().response()).stream()
                .map(IkeEvent.ExchangeSent::exchange).toList();
    }

    @Test
    void childRekeyRetriesWithThePfsGroupTheResponderAskedFor() {
        EnginePair p = new EnginePair();
        p.b.addPeer(EnginePair.paramsB(EnginePair.cbc256()).withChild(child("10.2.0.0/24", "10.1.0.0/24", P384, P256)));
        long spi = p.a.initiate(EnginePair.paramsA(EnginePair.cbc256())
                .withChild(child("10.1.0.0/24", "10.2.0.0/24", P256, P384)));
        p.pump();
        p.eventsA.clear();
        p.eventsB.clear();

        IkeSaSnapshot a = p.a.snapshot(spi).orElseThrow();
        p.a.rekeyChild(spi, a.children().get(0).inboundSpi());
        p.pump();

        List<ExchangeInfo> requests = sentRequests(p.eventsA, "CREATE_CHILD_SA");
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1).messageId()).isEqualTo(requests.get(0).messageId() + 1);
        assertThat(of(p.eventsB, IkeEvent.ExchangeSent.class, e -> e.exchange().response()).get(0).exchange()
                .payloads()).containsExactly("N(INVALID_KE_PAYLOAD)");
        assertThat(of(p.eventsA, IkeEvent.Failure.class)).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("peer wants PFS group 20", "retrying"));
        assertThat(of(p.eventsA, IkeEvent.ChildSaRekeyed.class)).hasSize(1);
        ChildSaKeys ka = of(p.eventsA, IkeEvent.ChildSaRekeyed.class).get(0).keys();
        ChildSaKeys kb = of(p.eventsB, IkeEvent.ChildSaRekeyed.class).get(0).keys();
        assertThat(ka.outboundSpi()).isEqualTo(kb.inboundSpi());
        assertThat(ka.outboundEncryptionKey()).isEqualTo(kb.inboundEncryptionKey());
        assertThat(p.a.snapshot(spi).orElseThrow().children()).hasSize(1);
        assertThat(p.b.snapshots().get(0).children()).hasSize(1);
    }

    @Test
    void ikeRekeyRetriesWithTheGroupTheResponderAskedFor() {
        EnginePair p = new EnginePair();
        p.b.addPeer(EnginePair.paramsB(ike(P384, P256)));
        p.a.initiate(EnginePair.paramsA(ike(P256, P384)));
        p.pump();
        // IKE_SA_INIT: A's KE was P-256, B wanted P-384 (its order): retried once
        assertThat(p.a.snapshots().get(0).group()).isEqualTo(P384);
        assertThat(sentRequests(p.eventsA, "IKE_SA_INIT")).hasSize(2);
        p.eventsA.clear();
        p.eventsB.clear();

        // B rekeys with its SA's group P-384; A chooses in its order: P-256, and says so
        p.b.rekeyIke(p.b.snapshots().get(0).localSpi());
        p.pump();

        assertThat(sentRequests(p.eventsB, "CREATE_CHILD_SA")).hasSize(2);
        assertThat(of(p.eventsB, IkeEvent.Failure.class)).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("peer wants DH group 19"));
        assertThat(of(p.eventsA, IkeEvent.IkeSaRekeyed.class)).hasSize(1);
        assertThat(of(p.eventsB, IkeEvent.IkeSaRekeyed.class)).hasSize(1);
        IkeSaSnapshot a = p.a.snapshots().get(0);
        IkeSaSnapshot b = p.b.snapshots().get(0);
        assertThat(p.a.snapshots()).hasSize(1);
        assertThat(a.group()).isEqualTo(P256);
        assertThat(b.group()).isEqualTo(P256);
        assertThat(a.remoteSpi()).isEqualTo(b.localSpi());
        assertThat(a.children()).hasSize(1);
        // the new SA works
        p.a.dpd(a.localSpi());
        p.pump();
        assertThat(of(p.eventsA, IkeEvent.IkeSaDown.class, d -> d.localSpi() == a.localSpi())).isEmpty();
        assertThat(of(p.eventsA, IkeEvent.ExchangeReceived.class,
                e -> e.exchange().exchange().equals("INFORMATIONAL") && e.exchange().response()
                        && e.exchange().messageId() == 0)).hasSize(1);
    }
}
