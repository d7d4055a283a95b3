package iosim.ikev2.engine;

import iosim.ikev2.sa.TaskManager;
import static iosim.ikev2.engine.EnginePair.of;
import static org.assertj.core.api.Assertions.assertThat;

import iosim.ike.time.Lifetime;
import iosim.ikev2.api.ChildProposal;
import iosim.ikev2.api.ChildSessionParams;
import iosim.ikev2.api.EncryptionAlgorithm;
import iosim.ikev2.api.IkeEvent;
import iosim.ikev2.api.IkeProposal;
import iosim.ikev2.api.IkeSessionParams;
import iosim.ikev2.api.IntegrityAlgorithm;
import iosim.ikev2.api.IpsecMode;
import iosim.ikev2.api.KeyExchangeGroup;
import iosim.ikev2.api.PrfAlgorithm;
import iosim.ikev2.api.TrafficSelectorSpec;
import iosim.ikev2.message.ExchangeType;
import iosim.ikev2.message.IkeMessage;
import iosim.ikev2.message.NoncePayload;
import iosim.ikev2.message.Payload;
import iosim.ikev2.task.ChildCreateTask;
import iosim.ikev2.sa.Task;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every failure a user meets, reported on both sides with its notify (two engines, virtual time). */
class FailureExchangeTest {

    private static IkeEvent.Failure only(List<IkeEvent> events, String notify) {
        List<IkeEvent.Failure> f = of(events, IkeEvent.Failure.class, e -> notify.equals(e.notifyName()));
        assertThat(f).as("failures with " + notify + " in " + events).hasSize(1);
        return f.get(0);
    }

    @Test
    void pskMismatchIsAuthenticationFailedOnBothSides() {
        EnginePair p = new EnginePair();
        p.b.addPeer(EnginePair.paramsB(EnginePair.cbc256()));
        p.a.initiate(EnginePair.paramsA(EnginePair.cbc256())
                .withPsks("other".getBytes(StandardCharsets.US_ASCII), "cisco123".getBytes(StandardCharsets.US_ASCII)));
        p.pump();
        IkeEvent.Failure atB = only(p.eventsB, "AUTHENTICATION_FAILED");
        IkeEvent.Failure atA = only(p.eventsA, "AUTHENTICATION_FAILED");
        assertThat(atB.sentByPeer()).isFalse();
        assertThat(atB.reason()).contains("pre-shared key mismatch");
        assertThat(atA.sentByPeer()).isTrue();
        assertThat(of(p.eventsA, IkeEvent.IkeSaDown.class)).hasSize(1);
        assertThat(of(p.eventsB, IkeEvent.IkeSaDown.class)).hasSize(1);
        assertThat(of(p.eventsA, IkeEvent.ChildSaInstalled.class)).isEmpty();
        assertThat(p.a.ikeSaCount()).isZero();
        assertThat(p.b.ikeSaCount()).isZero();
    }

    @Test
    void responderPskWrongIsDetectedByInitiator() {
        EnginePair p = new EnginePair();
        p.b.addPeer(EnginePair.paramsB(EnginePair.cbc256())
                .withPsks("other".getBytes(StandardCharsets.US_ASCII), "cisco123".getBytes(StandardCharsets.US_ASCII)));
        p.a.initiate(EnginePair.paramsA(EnginePair.cbc256()));
        p.pump();
        IkeEvent.Failure atA = only(p.eventsA, "AUTHENTICATION_FAILED");
        assertThat(atA.sentByPeer()).isFalse();
        assertThat(atA.reason()).contains("does not verify");
        IkeEvent.Failure atB = only(p.eventsB, "AUTHENTICATION_FAILED");
        assertThat(atB.sentByPeer()).isTrue();
        assertThat(p.a.ikeSaCount()).isZero();
        assertThat(p.b.ikeSaCount()).isZero();
    }

    @Test
    void ikeProposalMismatchIsNoProposalChosenOnBothSides() {
        EnginePair p = new EnginePair();
        p.b.addPeer(EnginePair.paramsB(EnginePair.gcm(KeyExchangeGroup.ECP_256)));
        p.a.initiate(EnginePair.paramsA(EnginePair.cbc256()));
        p.pump();
        assertThat(only(p.eventsB, "NO_PROPOSAL_CHOSEN").sentByPeer()).isFalse();
        IkeEvent.Failure atA = only(p.eventsA, "NO_PROPOSAL_CHOSEN");
        assertThat(atA.sentByPeer()).isTrue();
        assertThat(atA.reason()).contains("none of our IKE proposals");
        assertThat(p.a.ikeSaCount()).isZero();
        assertThat(p.b.ikeSaCount()).isZero();
    }

    @Test
    void responderChoosesInItsOwnOrder() {
        EnginePair p = new EnginePair();
        IkeProposal cbc = EnginePair.cbc256();
        IkeProposal gcm = EnginePair.gcm(KeyExchangeGroup.ECP_256);
        p.b.addPeer(EnginePair.paramsB(gcm).withIkeProposals(List.of(gcm, cbc)));
        p.a.initiate(EnginePair.paramsA(cbc).withIkeProposals(List.of(cbc, gcm)));
        p.pump();
        assertThat(p.a.snapshots().get(0).encryption()).isEqualTo(EncryptionAlgorithm.AES_GCM_16_256);
    }

    @Test
    void childProposalMismatchKeepsIkeSaAndReportsNoProposalChosenOnBothSides() {
        EnginePair p = new EnginePair();
        p.b.addPeer(EnginePair.paramsB(EnginePair.cbc256()));
        IkeSessionParams a = EnginePair.paramsA(EnginePair.cbc256());
        a = a.withChild(new ChildSessionParams(List.of(ChildProposal.esp(EncryptionAlgorithm.AES_CBC_128,
                IntegrityAlgorithm.HMAC_SHA1_96)), a.child().localSelectors(), a.child().remoteSelectors(),
                Lifetime.CHILD_DEFAULT, IpsecMode.TUNNEL));
        p.a.initiate(a);
        p.pump();
        assertThat(of(p.eventsA, IkeEvent.IkeSaUp.class)).hasSize(1);
        assertThat(of(p.eventsB, IkeEvent.IkeSaUp.class)).hasSize(1);
        assertThat(only(p.eventsB, "NO_PROPOSAL_CHOSEN").sentByPeer()).isFalse();
        assertThat(only(p.eventsA, "NO_PROPOSAL_CHOSEN").sentByPeer()).isTrue();
        assertThat(of(p.eventsA, IkeEvent.ChildSaInstalled.class)).isEmpty();
        assertThat(of(p.eventsB, IkeEvent.ChildSaInstalled.class)).isEmpty();
    }

    @Test
    void trafficSelectorMismatchIsTsUnacceptableOnBothSides() {
        EnginePair p = new EnginePair();
        p.b.addPeer(EnginePair.paramsB(EnginePair.cbc256()));
        IkeSessionParams a = EnginePair.paramsA(EnginePair.cbc256());
        a = a.withChild(EnginePair.child("10.1.0.0/24", "10.9.9.0/24"));
        p.a.initiate(a);
        p.pump();
        assertThat(only(p.eventsB, "TS_UNACCEPTABLE").sentByPeer()).isFalse();
        assertThat(only(p.eventsA, "TS_UNACCEPTABLE").sentByPeer()).isTrue();
        assertThat(of(p.eventsA, IkeEvent.IkeSaUp.class)).hasSize(1);
        assertThat(of(p.eventsB, IkeEvent.ChildSaInstalled.class)).isEmpty();
    }

    @Test
    void responderNarrowsWiderSelectors() {
        EnginePair p = new EnginePair();
        p.b.addPeer(EnginePair.paramsB(EnginePair.cbc256()));
        p.a.initiate(EnginePair.paramsA(EnginePair.cbc256()).withChild(EnginePair.child("10.1.0.0/16", "0.0.0.0/0")));
        p.pump();
        var ka = of(p.eventsA, IkeEvent.ChildSaInstalled.class).get(0).keys();
        assertThat(ka.localSelectors()).containsExactly(TrafficSelectorSpec.subnet("10.1.0.0/24"));
        assertThat(ka.remoteSelectors()).containsExactly(TrafficSelectorSpec.subnet("10.2.0.0/24"));
    }

    @Test
    void invalidKePayloadMakesInitiatorRetryWithTheRequestedGroup() {
        EnginePair p = new EnginePair();
        IkeProposal bOnly = IkeProposal.of(EncryptionAlgorithm.AES_CBC_256, PrfAlgorithm.HMAC_SHA2_256,
                IntegrityAlgorithm.HMAC_SHA2_256_128, KeyExchangeGroup.ECP_256);
        IkeProposal aBoth = new IkeProposal(List.of(EncryptionAlgorithm.AES_CBC_256), List.of(PrfAlgorithm.HMAC_SHA2_256),
                List.of(IntegrityAlgorithm.HMAC_SHA2_256_128), List.of(KeyExchangeGroup.CURVE25519, KeyExchangeGroup.ECP_256));
        p.b.addPeer(EnginePair.paramsB(bOnly));
        p.a.initiate(EnginePair.paramsA(aBoth));
        p.pump();
        assertThat(only(p.eventsB, "INVALID_KE_PAYLOAD").sentByPeer()).isFalse();
        assertThat(only(p.eventsA, "INVALID_KE_PAYLOAD").reason()).contains("retrying");
        assertThat(of(p.eventsA, IkeEvent.ChildSaInstalled.class)).hasSize(1);
        assertThat(p.a.snapshots().get(0).group()).isEqualTo(KeyExchangeGroup.ECP_256);
    }

    @Test
    void invalidSyntaxIsAnsweredAndReportedOnBothSides() {
        EnginePair p = EnginePair.established();
        TaskManager tm = p.a.context().managers().get(0);
        ChildCreateTask real = ChildCreateTask.create(tm, tm.sa().params().child());
        tm.queue(new Task() {
            @Override
            public ExchangeType exchange() {
                return ExchangeType.CREATE_CHILD_SA;
            }

            @Override
            public List<Payload> buildRequest() {
                return real.buildRequest().stream().filter(x -> !(x instanceof NoncePayload)).toList();
            }

            @Override
            public Outcome processResponse(IkeMessage response) {
                return real.processResponse(response);
            }

            @Override
            public void timedOut() {
            }

            @Override
            public String describe() {
                return "malformed CREATE_CHILD_SA";
            }
        });
        p.pump();
        assertThat(only(p.eventsB, "INVALID_SYNTAX").sentByPeer()).isFalse();
        assertThat(only(p.eventsA, "INVALID_SYNTAX").sentByPeer()).isTrue();
    }

    @Test
    void invalidSpiIsSentToThePeerAndReportedOnBothSides() {
        EnginePair p = EnginePair.established();
        assertThat(p.a.reportInvalidSpi(EnginePair.B_ADDR, 0x1234)).isTrue();
        p.pump();
        assertThat(only(p.eventsA, "INVALID_SPI").sentByPeer()).isFalse();
        IkeEvent.Failure atB = only(p.eventsB, "INVALID_SPI");
        assertThat(atB.sentByPeer()).isTrue();
        assertThat(atB.reason()).contains("0x00001234");
    }

    @Test
    void noConfiguredPeerIsRefused() {
        EnginePair p = new EnginePair();
        p.a.initiate(EnginePair.paramsA(EnginePair.cbc256()));
        p.pump();
        assertThat(only(p.eventsB, "NO_PROPOSAL_CHOSEN").reason()).contains("no peer configured");
        assertThat(only(p.eventsA, "NO_PROPOSAL_CHOSEN").sentByPeer()).isTrue();
    }

    @Test
    void silentPeerMakesInitiatorGiveUpAfterRetransmissions() {
        EnginePair p = new EnginePair();
        p.a.initiate(EnginePair.paramsA(EnginePair.cbc256()));
        p.toB.clear();
        p.clock.advance(200_000);
        assertThat(p.toB).hasSize(5); // the retransmissions of IKE_SA_INIT
        IkeEvent.Failure f = of(p.eventsA, IkeEvent.Failure.class).get(0);
        assertThat(f.notifyName()).isNull();
        assertThat(f.reason()).contains("no response to IKE_SA_INIT");
        assertThat(p.a.ikeSaCount()).isZero();
    }
}
