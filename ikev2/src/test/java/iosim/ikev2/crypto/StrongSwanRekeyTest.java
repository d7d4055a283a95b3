package iosim.ikev2.crypto;

import iosim.ike.crypto.PrfAlgorithm;
import static org.assertj.core.api.Assertions.assertThat;

import iosim.ikev2.message.Captures;
import iosim.ikev2.message.CharonLog;
import iosim.ikev2.message.DecodeResult;
import iosim.ikev2.message.DeletePayload;
import iosim.ikev2.message.ExchangeType;
import iosim.ikev2.message.IkeMessage;
import iosim.ikev2.message.IkeMessageCodec;
import iosim.ikev2.message.KePayload;
import iosim.ikev2.message.NoncePayload;
import iosim.ikev2.message.NotifyType;
import iosim.ikev2.message.Proposal;
import iosim.ikev2.message.ProtocolId;
import iosim.ikev2.message.SaPayload;
import iosim.ikev2.message.SuiteTransforms;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * strongSwan's {@code rekey-child-and-ike} session: the Child SA rekey KEYMAT and the rekeyed
 * IKE SA's SKEYSEED (RFC 7296 2.18, from the old SK_d) must equal what charon printed.
 */
class StrongSwanRekeyTest {

    static CharonLog log;
    static List<Captures.IkeDatagram> wire;
    static IkeSaKeys first;

    @BeforeAll
    static void load() {
        log = new CharonLog("rekey-child-and-ike.left-charon-level4.log");
        wire = Captures.ikeMessages("rekey-child-and-ike.pcap");
        IkeMessage req = plain(0);
        IkeMessage resp = plain(1);
        first = Keymat.deriveIkeSaKeys(StrongSwanKeyDerivationTest.SUITE, log.value("shared Diffie Hellman secret", 0, 0),
                req.first(NoncePayload.class).orElseThrow().data(), resp.first(NoncePayload.class).orElseThrow().data(),
                resp.header().initiatorSpi(), resp.header().responderSpi());
        assertThat(first.skD()).isEqualTo(log.value("Sk_d secret", 0, 0));
    }

    static IkeMessage plain(int i) {
        return ((DecodeResult.Ok) IkeMessageCodec.decode(wire.get(i).ike())).message();
    }

    static IkeMessage open(int i, IkeSaKeys keys) {
        IkeMessage h = plain(i);
        DecodeResult r = IkeMessageCodec.decodeProtected(wire.get(i).ike(), keys.inbound(!h.header().initiator()));
        assertThat(r).isInstanceOf(DecodeResult.Ok.class);
        return ((DecodeResult.Ok) r).message();
    }

    @Test
    void childSaRekeyKeymatMatchesCharon() {
        IkeMessage req = open(4, first);
        IkeMessage resp = open(5, first);
        assertThat(req.header().exchangeType()).isEqualTo(ExchangeType.CREATE_CHILD_SA);
        assertThat(req.notify(NotifyType.REKEY_SA).orElseThrow().protocolId()).isEqualTo(ProtocolId.ESP);
        ChildSaKeymat km = Keymat.deriveChildSaKeys(PrfAlgorithm.HMAC_SHA2_256, first.skD(), null,
                req.first(NoncePayload.class).orElseThrow().data(), resp.first(NoncePayload.class).orElseThrow().data(),
                36, 0);
        assertThat(km.encrInitiatorToResponder()).isEqualTo(log.value("encryption initiator key", 0, 1));
        assertThat(km.encrResponderToInitiator()).isEqualTo(log.value("encryption responder key", 0, 1));
    }

    @Test
    void childSaDeleteCarriesTheOldInboundSpi() {
        IkeMessage del = open(6, first);
        DeletePayload d = del.first(DeletePayload.class).orElseThrow();
        assertThat(d.protocolId()).isEqualTo(ProtocolId.ESP);
        assertThat(d.spiValues()).hasSize(1);
    }

    @Test
    void rekeyedIkeSaKeysMatchCharon() {
        IkeMessage req = open(12, first);
        IkeMessage resp = open(13, first);
        assertThat(req.describe()).isEqualTo("HDR, SK {SA, No, KE}");
        Proposal pi = req.first(SaPayload.class).orElseThrow().proposals().get(0);
        Proposal pr = resp.first(SaPayload.class).orElseThrow().proposals().get(0);
        assertThat(pi.protocolId()).isEqualTo(ProtocolId.IKE);
        assertThat(pi.spi()).hasSize(8);
        CryptoSuite suite = SuiteTransforms.suiteOf(pr).orElseThrow();
        assertThat(suite).isEqualTo(StrongSwanKeyDerivationTest.SUITE);
        assertThat(req.first(KePayload.class).orElseThrow().dhGroup()).isEqualTo(14);
        byte[] ni = req.first(NoncePayload.class).orElseThrow().data();
        byte[] nr = resp.first(NoncePayload.class).orElseThrow().data();
        byte[] gir = log.value("shared Diffie Hellman secret", 0, 1);
        assertThat(Keymat.rekeyedSkeyseed(PrfAlgorithm.HMAC_SHA2_256, first.skD(), gir, ni, nr))
                .isEqualTo(log.value("SKEYSEED", 0, 1));
        IkeSaKeys next = Keymat.deriveRekeyedIkeSaKeys(suite, PrfAlgorithm.HMAC_SHA2_256, first.skD(), gir, ni, nr,
                ByteBuffer.wrap(pi.spi()).getLong(), ByteBuffer.wrap(pr.spi()).getLong());
        assertThat(next.skD()).isEqualTo(log.value("Sk_d secret", 0, 1));
        assertThat(next.skEi()).isEqualTo(log.value("Sk_ei secret", 0, 1));
        assertThat(next.skAr()).isEqualTo(log.value("Sk_ar secret", 0, 1));
        assertThat(next.skPr()).isEqualTo(log.value("Sk_pr secret", 0, 1));
        // the new SA protects the later exchanges (frames 17-20, message IDs restart at 0)
        IkeMessage later = open(16, next);
        assertThat(later.header().messageId()).isZero();
        assertThat(later.header().initiatorSpi()).isEqualTo(ByteBuffer.wrap(pi.spi()).getLong());
    }
}
