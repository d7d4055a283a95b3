package iosim.ikev2.crypto;

import iosim.ike.crypto.DhGroup;
import iosim.ike.crypto.EncryptionAlgorithm;
import iosim.ike.crypto.IntegrityAlgorithm;
import iosim.ike.crypto.PrfAlgorithm;
import iosim.ike.crypto.RandomSource;
import static org.assertj.core.api.Assertions.assertThat;

import iosim.ikev2.message.AuthMethod;
import iosim.ikev2.message.AuthPayload;
import iosim.ikev2.message.Captures;
import iosim.ikev2.message.CharonLog;
import iosim.ikev2.message.DecodeResult;
import iosim.ikev2.message.IdPayload;
import iosim.ikev2.message.IdType;
import iosim.ikev2.message.IkeMessage;
import iosim.ikev2.message.IkeMessageCodec;
import iosim.ikev2.message.KePayload;
import iosim.ikev2.message.NoncePayload;
import iosim.ikev2.message.NotifyPayload;
import iosim.ikev2.message.NotifyType;
import iosim.ikev2.message.Proposal;
import iosim.ikev2.message.ProtocolId;
import iosim.ikev2.message.SaPayload;
import iosim.ikev2.message.SuiteTransforms;
import iosim.ikev2.message.TrafficSelector;
import iosim.ikev2.message.TsPayload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * strongSwan 5.9.8's successful GCM session ({@code pair-gcm-keys}): from the DH secret it
 * printed and the nonces and SPIs on the wire, derive SKEYSEED and SK_*, decrypt both IKE_AUTH
 * messages, check every payload, verify both PSK AUTH values and derive the Child SA keys.
 */
class StrongSwanKeyDerivationTest {

    static final byte[] PSK = "lab-psk-0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    static final CryptoSuite SUITE = CryptoSuite.ike(EncryptionAlgorithm.AES_CBC, 256, PrfAlgorithm.HMAC_SHA2_256,
            IntegrityAlgorithm.HMAC_SHA2_256_128, DhGroup.MODP_2048);

    static CharonLog log;
    static List<Captures.IkeDatagram> wire;
    static IkeMessage initRequest;
    static IkeMessage initResponse;
    static byte[] ni;
    static byte[] nr;
    static IkeSaKeys keys;

    @BeforeAll
    static void derive() {
        log = new CharonLog("pair-gcm-keys.left-charon-level4.log");
        wire = Captures.ikeMessages("pair-gcm-keys.pcap");
        initRequest = ((DecodeResult.Ok) IkeMessageCodec.decode(wire.get(0).ike())).message();
        initResponse = ((DecodeResult.Ok) IkeMessageCodec.decode(wire.get(1).ike())).message();
        ni = initRequest.first(NoncePayload.class).orElseThrow().data();
        nr = initResponse.first(NoncePayload.class).orElseThrow().data();
        keys = Keymat.deriveIkeSaKeys(SUITE, log.value("shared Diffie Hellman secret"), ni, nr,
                initResponse.header().initiatorSpi(), initResponse.header().responderSpi());
    }

    @Test
    void ikeSaInitCarriesTheLabProposalAndGroup14() {
        SaPayload sa = initResponse.first(SaPayload.class).orElseThrow();
        assertThat(sa.proposals()).hasSize(1);
        assertThat(SuiteTransforms.suiteOf(sa.proposals().get(0))).contains(SUITE);
        KePayload ke = initRequest.first(KePayload.class).orElseThrow();
        assertThat(ke.dhGroup()).isEqualTo(14);
        assertThat(ke.data()).hasSize(DhGroup.MODP_2048.publicValueLength());
        assertThat(initRequest.describe()).isEqualTo(
                "HDR, SA, KE, No, N(NATD_S_IP), N(NATD_D_IP), N(FRAGMENTATION_SUPPORTED), "
                        + "N(SIGNATURE_HASH_ALGORITHMS), N(REDIRECT_SUPPORTED)");
        assertThat(SUITE.describe()).isEqualTo("AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048");
    }

    @Test
    void skeyseedAndAllSevenKeysMatchCharon() {
        assertThat(Keymat.skeyseed(PrfAlgorithm.HMAC_SHA2_256, log.value("shared Diffie Hellman secret"), ni, nr))
                .isEqualTo(log.value("SKEYSEED"));
        assertThat(keys.skD()).isEqualTo(log.value("Sk_d secret"));
        assertThat(keys.skAi()).isEqualTo(log.value("Sk_ai secret"));
        assertThat(keys.skAr()).isEqualTo(log.value("Sk_ar secret"));
        assertThat(keys.skEi()).isEqualTo(log.value("Sk_ei secret"));
        assertThat(keys.skEr()).isEqualTo(log.value("Sk_er secret"));
        assertThat(keys.skPi()).isEqualTo(log.value("Sk_pi secret"));
        assertThat(keys.skPr()).isEqualTo(log.value("Sk_pr secret"));
    }

    @Test
    void ikeAuthRequestDecryptsAndItsPskAuthVerifies() {
        IkeMessage m = open(wire.get(2).ike(), keys.inbound(false));
        assertThat(m.describe()).isEqualTo("HDR, SK {IDi, N(INITIAL_CONTACT), IDr, AUTH, SA, TSi, TSr, "
                + "N(MULTIPLE_AUTH_SUPPORTED), N(EAP_ONLY_AUTHENTICATION), N(IKEV2_MESSAGE_ID_SYNC_SUPPORTED)}");
        IdPayload idi = m.id(true).orElseThrow();
        assertThat(idi.idType()).isEqualTo(IdType.IPV4_ADDR);
        assertThat(idi.valueAsString()).isEqualTo("203.0.113.10");
        assertThat(idi.body()).isEqualTo(log.value("IDx'", 0, 0));
        assertThat(m.id(false).orElseThrow().valueAsString()).isEqualTo("203.0.113.20");
        AuthPayload auth = m.first(AuthPayload.class).orElseThrow();
        assertThat(auth.method()).isEqualTo(AuthMethod.SHARED_KEY_MIC);
        assertThat(PskAuth.signedOctets(PrfAlgorithm.HMAC_SHA2_256, wire.get(0).ike(), nr, keys.skPi(), idi.body()))
                .isEqualTo(log.value("octets = message + nonce + prf(Sk_px, IDx')", 0, 0));
        assertThat(PskAuth.verify(PrfAlgorithm.HMAC_SHA2_256, PSK, wire.get(0).ike(), nr, keys.skPi(), idi.body(),
                auth.data())).isTrue();
        assertThat(PskAuth.verify(PrfAlgorithm.HMAC_SHA2_256, "wrong".getBytes(StandardCharsets.US_ASCII),
                wire.get(0).ike(), nr, keys.skPi(), idi.body(), auth.data())).isFalse();
        assertThat(auth.data()).isEqualTo(log.value("AUTH = prf(prf(secret, keypad), octets)", 0, 0));

        Proposal esp = m.first(SaPayload.class).orElseThrow().proposals().get(0);
        assertThat(esp.protocolId()).isEqualTo(ProtocolId.ESP);
        assertThat(esp.spi()).hasSize(4);
        CryptoSuite child = SuiteTransforms.suiteOf(esp).orElseThrow();
        assertThat(child.encryption()).isEqualTo(EncryptionAlgorithm.AES_GCM_16);
        assertThat(child.encryptionKeyBits()).isEqualTo(256);
        assertThat(child.integrity()).isNull();
        assertThat(child.esn()).isFalse();
        TrafficSelector tsi = m.ts(true).orElseThrow().selectors().get(0);
        assertThat(tsi).isEqualTo(TrafficSelector.ofPrefix(addr("192.168.1.0"), 24));
        TsPayload tsr = m.ts(false).orElseThrow();
        assertThat(tsr.selectors()).containsExactly(TrafficSelector.ofPrefix(addr("10.0.0.0"), 24));
        assertThat(m.notify(NotifyType.INITIAL_CONTACT)).isPresent();
    }

    @Test
    void ikeAuthResponseDecryptsAndItsPskAuthVerifies() {
        IkeMessage m = open(wire.get(3).ike(), keys.inbound(true));
        assertThat(m.describe()).isEqualTo("HDR, SK {IDr, AUTH, SA, TSi, TSr}");
        IdPayload idr = m.id(false).orElseThrow();
        AuthPayload auth = m.first(AuthPayload.class).orElseThrow();
        assertThat(PskAuth.verify(PrfAlgorithm.HMAC_SHA2_256, PSK, wire.get(1).ike(), ni, keys.skPr(), idr.body(),
                auth.data())).isTrue();
        assertThat(auth.data()).isEqualTo(log.value("AUTH = prf(prf(secret, keypad), octets)", 0, 1));
    }

    @Test
    void childSaKeymatMatchesCharon() {
        ChildSaKeymat km = Keymat.deriveChildSaKeys(PrfAlgorithm.HMAC_SHA2_256, keys.skD(), null, ni, nr,
                EncryptionAlgorithm.AES_GCM_16.keyMaterialLength(256), 0);
        assertThat(km.encrInitiatorToResponder()).isEqualTo(log.value("encryption initiator key"));
        assertThat(km.encrResponderToInitiator()).isEqualTo(log.value("encryption responder key"));
        assertThat(km.integInitiatorToResponder()).isEmpty();
    }

    @Test
    void responderPerspectiveGivesTheSameKeys() {
        CharonLog right = new CharonLog("pair-gcm-keys.right-charon-level4.log");
        assertThat(right.value("Sk_ei secret")).isEqualTo(keys.skEi());
        assertThat(right.value("Sk_pr secret")).isEqualTo(keys.skPr());
    }

    @Test
    void ourReencryptionOfStrongSwansPayloadsRoundTrips() {
        IkeMessage m = open(wire.get(2).ike(), keys.inbound(false));
        IkeMessageCodec codec = new IkeMessageCodec(RandomSource.deterministic(1));
        byte[] again = codec.encodeProtected(m.header(), m.payloads(), keys.initiatorToResponder());
        assertThat(again).hasSameSizeAs(wire.get(2).ike()); // same padding rule as charon
        assertThat(open(again, keys.inbound(false)).describe()).isEqualTo(m.describe());
    }

    static IkeMessage open(byte[] datagram, SkKeys in) {
        DecodeResult r = IkeMessageCodec.decodeProtected(datagram, in);
        assertThat(r).isInstanceOf(DecodeResult.Ok.class);
        return ((DecodeResult.Ok) r).message();
    }

    static java.net.InetAddress addr(String s) {
        try {
            return java.net.InetAddress.getByName(s);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
