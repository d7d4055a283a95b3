package iosim.ikev2.engine;

import iosim.ikev2.api.EngineSettings;
import iosim.ikev2.api.RekeyKeyDerivation;
import iosim.ikev2.sa.TaskManager;
import static iosim.ikev2.engine.EnginePair.of;
import static org.assertj.core.api.Assertions.assertThat;

import iosim.ikev2.api.EncryptionAlgorithm;
import iosim.ikev2.api.IkeEvent;
import iosim.ikev2.api.IkeProposal;
import iosim.ikev2.api.IkeSaSnapshot;
import iosim.ikev2.api.IntegrityAlgorithm;
import iosim.ikev2.api.KeyExchangeGroup;
import iosim.ikev2.api.PrfAlgorithm;
import iosim.ikev2.sa.IkeSa;
import iosim.ikev2.task.IkeRekeyTask;
import iosim.ikev2.sa.NegotiatedIkeAlgorithms;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * RFC 7296 2.18: the SKEYSEED of a rekeyed IKE SA is prf(SK_d (old), g^ir (new) | Ni | Nr)
 * computed with the OLD IKE SA's PRF, even when the rekey negotiates another PRF; prf+ then
 * runs with the old PRF (strongSwan 5.9, the default) or the new one (the RFC's text).
 */
class RekeyPrfTest {
    private static final IkeProposal SHA256 = IkeProposal.of(EncryptionAlgorithm.AES_CBC_256,
            PrfAlgorithm.HMAC_SHA2_256, IntegrityAlgorithm.HMAC_SHA2_256_128, KeyExchangeGroup.ECP_256);
    private static final IkeProposal SHA384 = IkeProposal.of(EncryptionAlgorithm.AES_CBC_256,
            PrfAlgorithm.HMAC_SHA2_384, IntegrityAlgorithm.HMAC_SHA2_384_192, KeyExchangeGroup.ECP_256);

    /** A prefers SHA-256, B prefers SHA-384: B picks SHA-384 for A's IKE SA, A picks SHA-256 when B rekeys. */
    private static EnginePair preferringDifferentPrfs() {
        return preferringDifferentPrfs(EngineSettings.DEFAULT);
    }

    private static EnginePair preferringDifferentPrfs(EngineSettings s) {
        EnginePair p = new EnginePair(s, s);
        p.b.addPeer(EnginePair.paramsB(SHA384).withIkeProposals(List.of(SHA384, SHA256)));
        p.a.initiate(EnginePair.paramsA(SHA256).withIkeProposals(List.of(SHA256, SHA384)));
        p.pump();
        return p;
    }

    @Test
    void rekeyThatChangesThePrfKeepsBothSidesTalking() {
        EnginePair p = preferringDifferentPrfs();
        assertThat(p.a.snapshots().get(0).prf()).isEqualTo(PrfAlgorithm.HMAC_SHA2_384);
        p.eventsA.clear();
        p.eventsB.clear();

        p.b.rekeyIke(p.b.snapshots().get(0).localSpi());
        p.pump();
        assertThat(of(p.eventsA, IkeEvent.IkeSaRekeyed.class)).hasSize(1);
        IkeSaSnapshot a = p.a.snapshots().get(0);
        IkeSaSnapshot b = p.b.snapshots().get(0);
        assertThat(a.prf()).isEqualTo(PrfAlgorithm.HMAC_SHA2_256);
        assertThat(b.prf()).isEqualTo(PrfAlgorithm.HMAC_SHA2_256);
        IkeSa sa = p.a.context().manager(a.localSpi()).sa();
        IkeSa sb = p.b.context().manager(b.localSpi()).sa();
        assertThat(sa.keys().skD()).isEqualTo(sb.keys().skD()).hasSize(32);
        assertThat(sa.keys().skEi()).isEqualTo(sb.keys().skEi());

        // the new SA carries exchanges both ways
        p.a.rekeyChild(a.localSpi(), a.children().get(0).inboundSpi());
        p.pump();
        assertThat(of(p.eventsA, IkeEvent.ChildSaRekeyed.class)).hasSize(1);
        p.eventsB.clear();
        p.b.dpd(b.localSpi());
        p.pump();
        assertThat(of(p.eventsB, IkeEvent.ExchangeReceived.class,
                e -> e.exchange().exchange().equals("INFORMATIONAL") && e.exchange().response())).hasSize(1);
        assertThat(of(p.eventsA, IkeEvent.Failure.class)).isEmpty();
        assertThat(of(p.eventsB, IkeEvent.Failure.class)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(RekeyKeyDerivation.class)
    void rekeyedSkeyseedUsesTheOldPrf(RekeyKeyDerivation derivation) throws Exception {
        EnginePair p = preferringDifferentPrfs(EngineSettings.DEFAULT.withRekeyKeyDerivation(derivation));
        TaskManager old = p.a.context().managers().get(0);
        byte[] oldSkD = old.sa().keys().skD();
        assertThat(oldSkD).hasSize(48); // SHA-384 SA
        byte[] shared = bytes(32, 1);
        byte[] ni = bytes(32, 2);
        byte[] nr = bytes(32, 3);
        long spiI = 0x1122334455667788L;
        long spiR = 0x99aabbccddeeff00L;
        NegotiatedIkeAlgorithms sha256 = new NegotiatedIkeAlgorithms(EncryptionAlgorithm.AES_CBC_256,
                PrfAlgorithm.HMAC_SHA2_256, IntegrityAlgorithm.HMAC_SHA2_256_128, KeyExchangeGroup.ECP_256);

        IkeSa created = IkeRekeyTask.successor(old, sha256, shared, ni, nr, spiI, spiR, true).sa();

        // independently, with the JDK's HMAC: SKEYSEED = HMAC-SHA-384(SK_d old, g^ir | Ni | Nr), then
        // SK_d = the first 32 octets (SHA-256's key length) of T1 = prf(SKEYSEED, Ni | Nr | SPIi | SPIr | 0x01),
        // prf+ run by the old PRF (strongSwan 5.9) or by the new one (RFC 7296 2.18's last paragraph)
        byte[] skeyseed = hmac("HmacSHA384", oldSkD, concat(shared, ni, nr));
        byte[] seed = concat(ni, nr, ByteBuffer.allocate(16).putLong(spiI).putLong(spiR).array(), new byte[] {1});
        String prfPlus = derivation == RekeyKeyDerivation.OLD_PRF_PLUS ? "HmacSHA384" : "HmacSHA256";
        byte[] expectedSkD = Arrays.copyOf(hmac(prfPlus, skeyseed, seed), 32);
        assertThat(HexFormat.of().formatHex(created.keys().skD())).isEqualTo(HexFormat.of().formatHex(expectedSkD));

        byte[] newPrfSkeyseed = hmac("HmacSHA256", oldSkD, concat(shared, ni, nr));
        assertThat(created.keys().skD()).as("not the new PRF for SKEYSEED")
                .isNotEqualTo(Arrays.copyOf(hmac(prfPlus, newPrfSkeyseed, seed), 32));
    }

    private static byte[] hmac(String alg, byte[] key, byte[] data) throws Exception {
        Mac m = Mac.getInstance(alg);
        m.init(new SecretKeySpec(key, alg));
        return m.doFinal(data);
    }

    private static byte[] bytes(int n, int fill) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) fill);
        return b;
    }

    private static byte[] concat(byte[]... parts) {
        ByteBuffer b = ByteBuffer.allocate(Arrays.stream(parts).mapToInt(x -> x.length).sum());
        for (byte[] x : parts) {
            b.put(x);
        }
        return b.array();
    }
}
