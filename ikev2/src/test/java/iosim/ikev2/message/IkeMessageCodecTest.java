package iosim.ikev2.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class IkeMessageCodecTest {

    @Test
    void plaintextMessageRoundTrips() {
        IkeMessage m = SampleMessages.ikeSaInit();
        byte[] wire = IkeMessageCodec.encode(m);
        DecodeResult r = IkeMessageCodec.decode(wire);
        assertThat(r).isInstanceOf(DecodeResult.Ok.class);
        IkeMessage back = ((DecodeResult.Ok) r).message();
        assertThat(IkeMessageCodec.encode(back)).isEqualTo(wire);
        assertThat(back.header().length()).isEqualTo(wire.length);
        assertThat(back.header().initiatorSpi()).isEqualTo(0x1122334455667788L);
        assertThat(back.header().initiator()).isTrue();
        assertThat(back.header().response()).isFalse();
        assertThat(back.describe()).isEqualTo(
                "HDR, SA, KE, No, N(NATD_S_IP), N(NATD_D_IP), N(FRAGMENTATION_SUPPORTED), V");
        assertThat(back.describeIos()).isEqualTo("SA KE N NOTIFY(NAT_DETECTION_SOURCE_IP) "
                + "NOTIFY(NAT_DETECTION_DESTINATION_IP) NOTIFY(IKEV2_FRAGMENTATION_SUPPORTED) VID");
        SaPayload sa = back.first(SaPayload.class).orElseThrow();
        assertThat(sa.proposals()).hasSize(2);
        assertThat(sa.proposals().get(0).transforms()).containsExactly(Transform.encr(12, 256), Transform.prf(5),
                Transform.integ(12), Transform.dh(14));
        assertThat(sa.proposals().get(1).transforms()).containsExactly(Transform.encr(20, 128), Transform.prf(7),
                Transform.dh(31));
    }

    @Test
    void everyPayloadTypeRoundTripsInsideAMessage() {
        IkeMessage m = new IkeMessage(IkeHeader.response(1, 2, ExchangeType.IKE_AUTH, 1, false),
                SampleMessages.ikeAuthPayloads());
        byte[] wire = IkeMessageCodec.encode(m);
        IkeMessage back = ((DecodeResult.Ok) IkeMessageCodec.decode(wire)).message();
        assertThat(IkeMessageCodec.encode(back)).isEqualTo(wire);
        assertThat(back.describe()).isEqualTo("HDR, IDi, N(INITIAL_CONTACT), IDr, AUTH, CP, SA, TSi, TSr, N(REKEY_SA), "
                + "CERTREQ, CERT, IDi, IDr, D, D, EAP, UNKNOWN(200)");
        assertThat(back.id(true).orElseThrow().valueAsString()).isEqualTo("203.0.113.10");
        assertThat(back.id(false).orElseThrow().valueAsString()).isEqualTo("r2.example.net");
        assertThat(back.ts(true).orElseThrow().selectors()).hasSize(2);
        assertThat(back.ts(true).orElseThrow().selectors().get(1).endAddress().getHostAddress())
                .isEqualTo("2001:db8:ffff:ffff:ffff:ffff:ffff:ffff");
        assertThat(back.ts(false).orElseThrow().selectors().get(0).startPort()).isEqualTo(500);
        assertThat(back.all(DeletePayload.class).get(0).spiValues()).containsExactly(1, 2);
        assertThat(back.header().response()).isTrue();
        assertThat(back.header().initiator()).isFalse();
    }

    @Test
    void unknownCriticalPayloadIsAnsweredWithUnsupportedCriticalPayload() {
        IkeMessage m = new IkeMessage(IkeHeader.request(1, 2, ExchangeType.INFORMATIONAL, 5, true),
                List.of(new UnknownPayload(222, true, new byte[] {1})));
        DecodeResult r = IkeMessageCodec.decode(IkeMessageCodec.encode(m));
        assertThat(r).isInstanceOf(DecodeResult.Error.class);
        DecodeResult.Error e = (DecodeResult.Error) r;
        assertThat(e.notifyType()).isEqualTo(NotifyType.UNSUPPORTED_CRITICAL_PAYLOAD.value());
        assertThat(e.notifyData()).containsExactly((byte) 222);
        assertThat(e.header().messageId()).isEqualTo(5);
        assertThat(e.notifyPayload()).isPresent();
    }

    @Test
    void malformedInputsAreErrorsNotExceptions() {
        byte[] good = IkeMessageCodec.encode(SampleMessages.ikeSaInit());
        assertThat(IkeMessageCodec.decode(null)).isInstanceOf(DecodeResult.Error.class);
        assertThat(IkeMessageCodec.decode(new byte[10])).isInstanceOf(DecodeResult.Error.class);
        // truncated
        assertThat(IkeMessageCodec.decode(Arrays.copyOf(good, good.length - 1))).isInstanceOf(DecodeResult.Error.class);
        // wrong major version
        byte[] v3 = good.clone();
        v3[17] = 0x30;
        assertThat(((DecodeResult.Error) IkeMessageCodec.decode(v3)).notifyType())
                .isEqualTo(NotifyType.INVALID_MAJOR_VERSION.value());
        // unknown exchange type: dropped
        byte[] x = good.clone();
        x[18] = 99;
        assertThat(((DecodeResult.Error) IkeMessageCodec.decode(x)).hasNotify()).isFalse();
        // a payload length running past the end
        byte[] bad = good.clone();
        bad[28 + 2] = (byte) 0xff;
        DecodeResult.Error e = (DecodeResult.Error) IkeMessageCodec.decode(bad);
        assertThat(e.notifyType()).isEqualTo(NotifyType.INVALID_SYNTAX.value());
        assertThat(e.authenticated()).isFalse();
        // nonce too short
        IkeMessage shortNonce = new IkeMessage(IkeHeader.request(1, 0, ExchangeType.IKE_SA_INIT, 0, true),
                List.of(new NoncePayload(new byte[8])));
        assertThat(IkeMessageCodec.decode(IkeMessageCodec.encode(shortNonce))).isInstanceOf(DecodeResult.Error.class);
    }

    @Test
    void headerOnlyPeekForDispatch() {
        byte[] good = IkeMessageCodec.encode(SampleMessages.ikeSaInit());
        assertThat(IkeMessageCodec.decodeHeader(good)).hasValueSatisfying(
                h -> assertThat(h.exchangeType()).isEqualTo(ExchangeType.IKE_SA_INIT));
        assertThat(IkeMessageCodec.decodeHeader(new byte[3])).isEmpty();
    }

    @Test
    void unrecognizedTransformsAndAttributesAreMarked() {
        // proposal with transform type 9 and an ENCR transform with an unknown TV attribute
        byte[] sa = {
            0, 0, 0, 28, 1, 1, 0, 2,
            3, 0, 0, 8, 9, 0, 0, 1,
            0, 0, 0, 12, 1, 0, 0, 12, (byte) 0x80, 99, 0, 1};
        IkeMessage m = new IkeMessage(IkeHeader.request(1, 0, ExchangeType.IKE_SA_INIT, 0, true),
                List.of(new UnknownPayload(PayloadType.SA.value(), false, sa)));
        IkeMessage back = ((DecodeResult.Ok) IkeMessageCodec.decode(IkeMessageCodec.encode(m))).message();
        Proposal p = back.first(SaPayload.class).orElseThrow().proposals().get(0);
        assertThat(p.transforms().get(0).type()).isEqualTo(TransformType.UNRECOGNIZED);
        assertThat(p.transforms().get(1).unrecognizedAttribute()).isTrue();
        assertThat(p.hasUnrecognizedTransform()).isTrue();
        assertThat(SuiteTransforms.suiteOf(p)).isEmpty();
    }
}
