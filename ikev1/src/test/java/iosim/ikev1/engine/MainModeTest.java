package iosim.ikev1.engine;

import static iosim.ikev1.engine.EnginePair.of;
import static org.assertj.core.api.Assertions.assertThat;

import iosim.ike.crypto.DhGroup;
import iosim.ikev1.api.ChildKeys;
import iosim.ikev1.api.EspAuth;
import iosim.ikev1.api.EspCipher;
import iosim.ikev1.api.EspProposal;
import iosim.ikev1.api.Ikev1Event;
import iosim.ikev1.api.IsakmpPolicy;
import iosim.ikev1.crypto.CipherAlgorithm;
import iosim.ikev1.crypto.HashAlgorithm;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Main Mode + Quick Mode between two engines, across the phase 1 algorithms and groups. */
class MainModeTest {

    static Stream<Arguments> suites() {
        return Stream.of(
                Arguments.of(CipherAlgorithm.AES_CBC, 256, HashAlgorithm.SHA2_256, DhGroup.MODP_2048),
                Arguments.of(CipherAlgorithm.TDES_CBC, 0, HashAlgorithm.MD5, DhGroup.MODP_1024),
                Arguments.of(CipherAlgorithm.DES_CBC, 0, HashAlgorithm.SHA1, DhGroup.MODP_768),
                Arguments.of(CipherAlgorithm.AES_CBC, 128, HashAlgorithm.SHA2_384, DhGroup.ECP_256),
                Arguments.of(CipherAlgorithm.AES_CBC, 192, HashAlgorithm.SHA2_512, DhGroup.ECP_384),
                Arguments.of(CipherAlgorithm.AES_CBC, 256, HashAlgorithm.SHA1, DhGroup.MODP_1536),
                Arguments.of(CipherAlgorithm.AES_CBC, 256, HashAlgorithm.SHA2_256, DhGroup.MODP_3072),
                Arguments.of(CipherAlgorithm.AES_CBC, 256, HashAlgorithm.SHA2_512, DhGroup.MODP_4096),
                Arguments.of(CipherAlgorithm.AES_CBC, 256, HashAlgorithm.SHA2_512, DhGroup.ECP_521),
                Arguments.of(CipherAlgorithm.TDES_CBC, 0, HashAlgorithm.SHA1, DhGroup.MODP_2048_256));
    }

    @ParameterizedTest
    @MethodSource("suites")
    void mainModeAndQuickModeComeUp(CipherAlgorithm c, int bits, HashAlgorithm h, DhGroup g) {
        EnginePair p = EnginePair.configured(List.of(EnginePair.policy(c, bits, h, g)), null, EnginePair.espAes());
        p.a.connect("B");
        p.pump();
        assertUp(p);
        assertThat(p.a.snapshots().get(0).policy().group()).isEqualTo(g);
        assertThat(p.wire).hasSize(9); // six of Main Mode, three of Quick Mode
    }

    @Test
    void statesFollowIosNames() {
        EnginePair p = EnginePair.configured(List.of(EnginePair.aes256()), null, EnginePair.espAes());
        p.a.connect("B");
        assertThat(p.a.snapshots().get(0).state()).isEqualTo("MM_NO_STATE");
        p.b.receive(p.toB.poll());
        assertThat(p.b.snapshots().get(0).state()).isEqualTo("MM_SA_SETUP");
        p.a.receive(p.toA.poll());
        assertThat(p.a.snapshots().get(0).state()).isEqualTo("MM_SA_SETUP");
        p.b.receive(p.toB.poll());
        assertThat(p.b.snapshots().get(0).state()).isEqualTo("MM_KEY_EXCH");
        p.a.receive(p.toA.poll());
        assertThat(p.a.snapshots().get(0).state()).isEqualTo("MM_KEY_EXCH");
        p.pump();
        assertThat(p.a.snapshots().get(0).state()).isEqualTo("QM_IDLE");
        assertThat(p.b.snapshots().get(0).state()).isEqualTo("QM_IDLE");
        List<String> fsm = of(p.eventsA, Ikev1Event.StateChanged.class).stream().map(Ikev1Event.StateChanged::newState)
                .toList();
        assertThat(fsm).containsSubsequence("IKE_I_MM1", "IKE_I_MM2", "IKE_I_MM3", "IKE_I_MM4", "IKE_I_MM5",
                "IKE_I_MM6", "IKE_P1_COMPLETE");
        List<String> fsmB = of(p.eventsB, Ikev1Event.StateChanged.class).stream().map(Ikev1Event.StateChanged::newState)
                .toList();
        assertThat(fsmB).containsSubsequence("IKE_R_MM1", "IKE_R_MM2", "IKE_R_MM3", "IKE_R_MM4", "IKE_R_MM5",
                "IKE_P1_COMPLETE");
    }

    @Test
    void legacyEspTransformsAndPfs() {
        for (EspProposal esp : List.of(new EspProposal(EspCipher.TDES, 0, EspAuth.HMAC_MD5),
                new EspProposal(EspCipher.DES, 0, EspAuth.HMAC_SHA1), new EspProposal(EspCipher.NULL, 0, EspAuth.HMAC_SHA2_256),
                new EspProposal(EspCipher.AES, 128, EspAuth.HMAC_SHA2_512))) {
            EnginePair p = EnginePair.configured(List.of(EnginePair.policy(CipherAlgorithm.TDES_CBC, 0, HashAlgorithm.MD5,
                    DhGroup.MODP_1024)), DhGroup.MODP_1024, esp);
            p.a.connect("B");
            p.pump();
            ChildKeys k = assertUp(p);
            assertThat(k.transform()).isEqualTo(esp);
            assertThat(k.pfs()).isEqualTo(DhGroup.MODP_1024);
            assertThat(k.inboundEncryptionKey()).hasSize(esp.encryptionKeyLength());
            assertThat(k.inboundAuthKey()).hasSize(esp.auth().keyLength());
        }
    }

    @Test
    void responderPicksByItsPriorityAmongSeveralPolicies() {
        IsakmpPolicy weak = IsakmpPolicy.psk(20, CipherAlgorithm.TDES_CBC, 0, HashAlgorithm.MD5, DhGroup.MODP_1024);
        IsakmpPolicy strong = IsakmpPolicy.psk(10, CipherAlgorithm.AES_CBC, 256, HashAlgorithm.SHA2_256, DhGroup.ECP_256);
        EnginePair p = new EnginePair();
        p.a.addPeer(EnginePair.peerA(List.of(weak, strong), "k", EnginePair.qm("10.1.0.0/16", "10.2.0.0/16", null,
                EnginePair.espAes())));
        p.b.addPeer(EnginePair.peerB(List.of(IsakmpPolicy.psk(5, CipherAlgorithm.TDES_CBC, 0, HashAlgorithm.MD5,
                DhGroup.MODP_1024), strong.withLifetime(3600)), "k", EnginePair.qm("10.2.0.0/16", "10.1.0.0/16", null,
                EnginePair.espAes())));
        p.a.connect("B");
        p.pump();
        assertUp(p);
        // B's priority 5 policy (3des/md5/2) is checked first and matches A's transform for it
        assertThat(p.b.snapshots().get(0).policy().cipher()).isEqualTo(CipherAlgorithm.TDES_CBC);
        assertThat(p.a.snapshots().get(0).policy().cipher()).isEqualTo(CipherAlgorithm.TDES_CBC);
        assertThat(of(p.eventsB, Ikev1Event.Trace.class).stream().map(Ikev1Event.Trace::step))
                .contains("Checking ISAKMP transform 1 against priority 5 policy");
    }

    /** Both ends up with one IPsec SA pair whose keys mirror each other. */
    static ChildKeys assertUp(EnginePair p) {
        assertThat(of(p.eventsA, Ikev1Event.Phase1Failed.class)).isEmpty();
        assertThat(of(p.eventsB, Ikev1Event.Phase1Failed.class)).isEmpty();
        assertThat(of(p.eventsA, Ikev1Event.Phase1Up.class)).hasSize(1);
        assertThat(of(p.eventsB, Ikev1Event.Phase1Up.class)).hasSize(1);
        List<ChildKeys> ka = p.a.childSas();
        List<ChildKeys> kb = p.b.childSas();
        assertThat(ka).hasSize(1);
        assertThat(kb).hasSize(1);
        ChildKeys x = ka.get(0);
        ChildKeys y = kb.get(0);
        assertThat(x.inboundSpi()).isEqualTo(y.outboundSpi());
        assertThat(x.outboundSpi()).isEqualTo(y.inboundSpi());
        assertThat(x.inboundEncryptionKey()).isEqualTo(y.outboundEncryptionKey());
        assertThat(x.inboundAuthKey()).isEqualTo(y.outboundAuthKey());
        assertThat(x.outboundEncryptionKey()).isEqualTo(y.inboundEncryptionKey());
        if (x.outboundEncryptionKey().length > 0) {
            assertThat(x.outboundEncryptionKey()).isNotEqualTo(x.inboundEncryptionKey());
        }
        assertThat(x.outboundAuthKey()).isNotEqualTo(x.inboundAuthKey());
        assertThat(x.local()).isEqualTo(y.remote());
        assertThat(x.remote()).isEqualTo(y.local());
        assertThat(p.a.badMessages()).isZero();
        assertThat(p.b.badMessages()).isZero();
        return x;
    }
}
