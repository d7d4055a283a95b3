package iosim.ikev1.engine;

import static iosim.ikev1.engine.EnginePair.of;
import static org.assertj.core.api.Assertions.assertThat;

import iosim.ike.crypto.DhGroup;
import iosim.ikev1.api.EspAuth;
import iosim.ikev1.api.EspCipher;
import iosim.ikev1.api.EspProposal;
import iosim.ikev1.api.Ikev1Event;
import iosim.ikev1.crypto.CipherAlgorithm;
import iosim.ikev1.crypto.HashAlgorithm;
import iosim.ikev1.message.NotifyType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The four classic failures (phase 1, phase 2 transform, PSK, ACL) and loss, between two engines. */
class FailureTest {

    @Test
    void wrongPreSharedKeyInMainModeFailsAfterRetransmissions() {
        EnginePair p = new EnginePair();
        var esp = EnginePair.espAes();
        p.a.addPeer(EnginePair.peerA(List.of(EnginePair.aes256()), "cisco123", EnginePair.qm("10.1.0.0/16", "10.2.0.0/16", null, esp)));
        p.b.addPeer(EnginePair.peerB(List.of(EnginePair.aes256()), "cisco124", EnginePair.qm("10.2.0.0/16", "10.1.0.0/16", null, esp)));
        p.a.connect("B");
        p.run(120_000, 1000);
        // B cannot decrypt MM5 (its SKEYID differs): IOS's "failed its sanity check"; A retransmits MM5 and gives up
        assertThat(of(p.eventsB, Ikev1Event.BadMessage.class)).isNotEmpty();
        assertThat(of(p.eventsA, Ikev1Event.Retransmit.class)).extracting(Ikev1Event.Retransmit::state)
                .contains("MM_KEY_EXCH");
        assertThat(of(p.eventsA, Ikev1Event.Phase1Failed.class)).hasSize(1);
        assertThat(p.a.childSas()).isEmpty();
        assertThat(p.b.childSas()).isEmpty();
        assertThat(p.a.snapshots()).noneMatch(s -> s.established());
        assertThat(p.b.snapshots()).noneMatch(s -> s.established());
    }

    @Test
    void wrongPreSharedKeyInAggressiveModeFailsTheHash() {
        EnginePair p = new EnginePair();
        var esp = EnginePair.espAes();
        p.a.addPeer(EnginePair.peerA(List.of(EnginePair.aes256()), "cisco123", EnginePair.qm("10.1.0.0/16", "10.2.0.0/16", null, esp))
                .withAggressive(true));
        p.b.addPeer(EnginePair.peerB(List.of(EnginePair.aes256()), "cisco124", EnginePair.qm("10.2.0.0/16", "10.1.0.0/16", null, esp)));
        p.a.connect("B");
        p.run(120_000, 1000);
        assertThat(of(p.eventsA, Ikev1Event.Phase1Failed.class)).extracting(Ikev1Event.Phase1Failed::notifyType)
                .containsExactly(NotifyType.AUTHENTICATION_FAILED);
        assertThat(of(p.eventsB, Ikev1Event.Phase1Failed.class)).hasSize(1);
        assertThat(p.b.childSas()).isEmpty();
    }

    @Test
    void phase1ProposalMismatchIsNoProposalChosenOnBothSides() {
        EnginePair p = new EnginePair();
        var esp = EnginePair.espAes();
        p.a.addPeer(EnginePair.peerA(List.of(EnginePair.aes256()), "k", EnginePair.qm("10.1.0.0/16", "10.2.0.0/16", null, esp)));
        p.b.addPeer(EnginePair.peerB(List.of(EnginePair.policy(CipherAlgorithm.AES_CBC, 256, HashAlgorithm.SHA2_256,
                DhGroup.MODP_1024)), "k", EnginePair.qm("10.2.0.0/16", "10.1.0.0/16", null, esp)));
        p.a.connect("B");
        p.pump();
        assertThat(of(p.eventsB, Ikev1Event.Phase1Failed.class)).extracting(Ikev1Event.Phase1Failed::notifyType)
                .containsExactly(NotifyType.NO_PROPOSAL_CHOSEN);
        assertThat(of(p.eventsA, Ikev1Event.Phase1Failed.class)).extracting(Ikev1Event.Phase1Failed::notifyType)
                .containsExactly(NotifyType.NO_PROPOSAL_CHOSEN);
        assertThat(of(p.eventsB, Ikev1Event.Trace.class).stream().map(Ikev1Event.Trace::step))
                .contains("Diffie-Hellman group offered does not match policy!");
    }

    @Test
    void phase2TransformMismatchFailsQuickModeButKeepsPhase1() {
        EnginePair p = new EnginePair();
        p.a.addPeer(EnginePair.peerA(List.of(EnginePair.aes256()), "k", EnginePair.qm("10.1.0.0/16", "10.2.0.0/16", null,
                new EspProposal(EspCipher.TDES, 0, EspAuth.HMAC_MD5))));
        p.b.addPeer(EnginePair.peerB(List.of(EnginePair.aes256()), "k", EnginePair.qm("10.2.0.0/16", "10.1.0.0/16", null,
                EnginePair.espAes())));
        p.a.connect("B");
        p.pump();
        assertThat(of(p.eventsB, Ikev1Event.Phase2Failed.class)).extracting(Ikev1Event.Phase2Failed::notifyType)
                .containsExactly(NotifyType.NO_PROPOSAL_CHOSEN);
        assertThat(of(p.eventsA, Ikev1Event.Phase2Failed.class)).extracting(Ikev1Event.Phase2Failed::notifyType)
                .containsExactly(NotifyType.NO_PROPOSAL_CHOSEN);
        assertThat(p.a.snapshots().get(0).state()).isEqualTo("QM_IDLE");
        assertThat(p.a.childSas()).isEmpty();
    }

    @Test
    void pfsRequiredByTheResponderButNotOfferedFails() {
        EnginePair p = new EnginePair();
        var esp = EnginePair.espAes();
        p.a.addPeer(EnginePair.peerA(List.of(EnginePair.aes256()), "k", EnginePair.qm("10.1.0.0/16", "10.2.0.0/16", null, esp)));
        p.b.addPeer(EnginePair.peerB(List.of(EnginePair.aes256()), "k", EnginePair.qm("10.2.0.0/16", "10.1.0.0/16",
                DhGroup.MODP_1536, esp)));
        p.a.connect("B");
        p.pump();
        assertThat(of(p.eventsA, Ikev1Event.Phase2Failed.class)).hasSize(1);
        assertThat(p.b.childSas()).isEmpty();
    }

    @Test
    void aclMismatchIsInvalidIdInformation() {
        EnginePair p = new EnginePair();
        var esp = EnginePair.espAes();
        p.a.addPeer(EnginePair.peerA(List.of(EnginePair.aes256()), "k", EnginePair.qm("10.1.0.0/16", "10.3.0.0/16", null, esp)));
        p.b.addPeer(EnginePair.peerB(List.of(EnginePair.aes256()), "k", EnginePair.qm("10.2.0.0/16", "10.1.0.0/16", null, esp)));
        p.a.connect("B");
        p.pump();
        assertThat(of(p.eventsB, Ikev1Event.Phase2Failed.class)).extracting(Ikev1Event.Phase2Failed::notifyType)
                .containsExactly(NotifyType.INVALID_ID_INFORMATION);
        assertThat(of(p.eventsA, Ikev1Event.Phase2Failed.class)).extracting(Ikev1Event.Phase2Failed::notifyType)
                .containsExactly(NotifyType.INVALID_ID_INFORMATION);
    }

    @Test
    void unknownPeerGetsNoAnswer() {
        EnginePair p = new EnginePair();
        p.a.addPeer(EnginePair.peerA(List.of(EnginePair.aes256()), "k", EnginePair.qm("10.1.0.0/16", "10.2.0.0/16", null,
                EnginePair.espAes())));
        p.a.connect("B");
        p.run(120_000, 1000);
        assertThat(of(p.eventsB, Ikev1Event.BadMessage.class)).extracting(Ikev1Event.BadMessage::reason)
                .contains("No pre-shared key with 198.51.100.1!");
        assertThat(of(p.eventsA, Ikev1Event.Phase1Failed.class)).hasSize(1);
    }

    @Test
    void lossIsRecoveredByRetransmission() {
        int up = 0;
        for (int seed = 0; seed < 20; seed++) {
            EnginePair p = EnginePair.configured(List.of(EnginePair.policy(CipherAlgorithm.AES_CBC, 128,
                    HashAlgorithm.SHA1, DhGroup.ECP_256)), DhGroup.ECP_256, EnginePair.espAes());
            p.lossRate = 0.3;
            p.loss.setSeed(seed);
            p.a.connect("B");
            p.run(200_000, 500);
            assertThat(p.a.internalErrors() + p.b.internalErrors()).isZero();
            assertThat(of(p.eventsA, Ikev1Event.BadMessage.class)).isEmpty();
            if (p.a.childSas().size() == 1) {
                up++;
                // whatever was lost, both ends agree on the same SA pair
                assertThat(p.b.childSas()).hasSize(1);
                assertThat(p.b.childSas().get(0).inboundSpi()).isEqualTo(p.a.childSas().get(0).outboundSpi());
                assertThat(p.b.childSas().get(0).inboundEncryptionKey())
                        .isEqualTo(p.a.childSas().get(0).outboundEncryptionKey());
            }
        }
        assertThat(up).isGreaterThanOrEqualTo(18);
    }
}
