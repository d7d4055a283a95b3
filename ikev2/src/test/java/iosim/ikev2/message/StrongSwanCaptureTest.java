package iosim.ikev2.message;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.ike.crypto.DhGroup;
import iosim.ike.crypto.EncryptionAlgorithm;
import iosim.ike.crypto.IntegrityAlgorithm;
import iosim.ike.crypto.PrfAlgorithm;
import iosim.ikev2.crypto.CryptoSuite;
import iosim.ikev2.crypto.SkKeys;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every IKE message of strongSwan 5.9.8's reference captures is decoded, decrypted with the
 * SK_e/SK_a keys charon printed, and its payload list compared with the list charon logged
 * when it generated or parsed that message. Plaintext messages must also re-encode to the
 * same octets.
 */
class StrongSwanCaptureTest {

    static final String LEFT = "203.0.113.10";

    /** The captures' IKE proposal: aes256-sha256-modp2048. */
    static final CryptoSuite LAB_SUITE = CryptoSuite.ike(EncryptionAlgorithm.AES_CBC, 256,
            PrfAlgorithm.HMAC_SHA2_256, IntegrityAlgorithm.HMAC_SHA2_256_128, DhGroup.MODP_2048);

    record KeySet(SkKeys initiatorToResponder, SkKeys responderToInitiator) {
    }

    static List<KeySet> keySets(CharonLog log) {
        List<KeySet> sets = new ArrayList<>();
        for (int i = 0; ; i++) {
            try {
                byte[] ai = log.value("Sk_ai secret", 0, i);
                byte[] ar = log.value("Sk_ar secret", 0, i);
                byte[] ei = log.value("Sk_ei secret", 0, i);
                byte[] er = log.value("Sk_er secret", 0, i);
                sets.add(new KeySet(SkKeys.of(EncryptionAlgorithm.AES_CBC, ei, IntegrityAlgorithm.HMAC_SHA2_256_128, ai),
                        SkKeys.of(EncryptionAlgorithm.AES_CBC, er, IntegrityAlgorithm.HMAC_SHA2_256_128, ar)));
            } catch (IllegalArgumentException end) {
                return sets;
            }
        }
    }

    /** The last message of each failure capture carries the error notify charon sent. */
    @ParameterizedTest
    @CsvSource({"fail-psk-mismatch,AUTHENTICATION_FAILED", "fail-ike-proposal,NO_PROPOSAL_CHOSEN",
            "fail-esp-proposal,NO_PROPOSAL_CHOSEN", "fail-ts-mismatch,TS_UNACCEPTABLE"})
    void failureCapturesCarryTheErrorNotify(String capture, NotifyType expected) {
        List<Captures.IkeDatagram> datagrams = Captures.ikeMessages(capture + ".pcap");
        Captures.IkeDatagram last = datagrams.get(datagrams.size() - 1);
        IkeMessage m = ((DecodeResult.Ok) IkeMessageCodec.decode(last.ike())).message();
        if (m.header().exchangeType() != ExchangeType.IKE_SA_INIT) {
            KeySet k = keySets(new CharonLog(capture + ".left-charon-level4.log")).get(0);
            m = ((DecodeResult.Ok) IkeMessageCodec.decodeProtected(last.ike(), k.responderToInitiator())).message();
        }
        assertThat(m.header().response()).isTrue();
        NotifyPayload n = m.all(NotifyPayload.class).stream().filter(NotifyPayload::isError).findFirst().orElseThrow();
        assertThat(n.notifyType()).contains(expected);
        assertThat(n.protocolId()).isEqualTo(ProtocolId.NONE);
        assertThat(n.spi()).isEmpty();
        assertThat(n.describe()).isEqualTo("N(" + expected.name() + ")");
    }

    @org.junit.jupiter.api.Test
    void ikeSaInitStatusNotifiesHaveTheirRfcShapes() {
        IkeMessage m = ((DecodeResult.Ok) IkeMessageCodec.decode(
                Captures.ikeMessages("pair-gcm-keys.pcap").get(0).ike())).message();
        assertThat(m.notify(NotifyType.NAT_DETECTION_SOURCE_IP).orElseThrow().data()).hasSize(20);
        assertThat(m.notify(NotifyType.NAT_DETECTION_DESTINATION_IP).orElseThrow().data()).hasSize(20);
        assertThat(m.notify(NotifyType.IKEV2_FRAGMENTATION_SUPPORTED).orElseThrow().data()).isEmpty();
        assertThat(m.notify(NotifyType.REDIRECT_SUPPORTED).orElseThrow().data()).isEmpty();
        // RFC 7427: SHA1, SHA2-256, SHA2-384, SHA2-512
        assertThat(m.notify(NotifyType.SIGNATURE_HASH_ALGORITHMS).orElseThrow().data())
                .containsExactly(0, 2, 0, 3, 0, 4, 0, 5);
        assertThat(m.header().responderSpi()).isZero();
        assertThat(m.header().initiator()).isTrue();
        assertThat(m.first(NoncePayload.class).orElseThrow().data()).hasSize(32);
    }

    @ParameterizedTest
    @CsvSource({"pair-gcm-keys,4,2", "fail-psk-mismatch,4,2", "fail-ike-proposal,2,0", "fail-esp-proposal,4,2",
            "fail-ts-mismatch,4,2", "rekey-child-and-ike,20,18"})
    void everyMessageMatchesWhatCharonLogged(String capture, int messages, int protectedMessages) {
        int opened = 0;
        CharonLog log = new CharonLog(capture + ".left-charon-level4.log");
        List<KeySet> keys = keySets(log);
        List<Captures.IkeDatagram> datagrams = Captures.ikeMessages(capture + ".pcap");
        assertThat(datagrams).isNotEmpty();
        for (Captures.IkeDatagram d : datagrams) {
            DecodeResult plain = IkeMessageCodec.decode(d.ike());
            assertThat(plain).as("frame %d", d.frame()).isInstanceOf(DecodeResult.Ok.class);
            IkeMessage m = ((DecodeResult.Ok) plain).message();
            IkeMessage decoded = m;
            if (!m.payloads().isEmpty() && m.payloads().get(m.payloads().size() - 1) instanceof SkPayload) {
                decoded = null;
                for (KeySet k : keys) {
                    SkKeys in = m.header().initiator() ? k.initiatorToResponder() : k.responderToInitiator();
                    if (IkeMessageCodec.decodeProtected(d.ike(), in) instanceof DecodeResult.Ok ok) {
                        assertThat(decoded).as("frame %d opens with one key set only", d.frame()).isNull();
                        decoded = ok.message();
                    }
                }
                assertThat(decoded).as("frame %d decrypts", d.frame()).isNotNull();
                assertThat(decoded.encrypted()).isTrue();
                opened++;
            } else {
                assertThat(IkeMessageCodec.encode(m)).as("frame %d re-encodes", d.frame()).isEqualTo(d.ike());
            }
            IkeHeader h = decoded.header();
            boolean generated = d.src().equals(LEFT);
            List<String> names = CharonNames.of(decoded);
            assertThat(log.summaries())
                    .as("frame %d: %s %s %d %s", d.frame(), h.exchangeType(), h.response() ? "response" : "request",
                            h.messageIdUnsigned(), names)
                    .anyMatch(s -> s.generated() == generated && s.exchange().equals(h.exchangeType().name())
                            && s.response() == h.response() && s.messageId() == h.messageIdUnsigned()
                            && s.payloads().equals(names));
        }
        assertThat(datagrams).hasSize(messages);
        assertThat(opened).isEqualTo(protectedMessages);
    }
}
