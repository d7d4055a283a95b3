package iosim.ikev1.message;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.ikev1.message.Payload.Proposal;
import iosim.ikev1.message.Payload.Transform;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round trips and hand-checked wire forms of the ISAKMP codec. */
class IsakmpCodecTest {

    static List<Payload> sample() {
        Transform t1 = new Transform(1, 1, List.of(Attribute.basic(1, 7), Attribute.basic(14, 256), Attribute.basic(2, 4),
                Attribute.basic(3, 1), Attribute.basic(4, 14), Attribute.basic(11, 1), Attribute.number(12, 86400)));
        Transform t2 = new Transform(2, 1, List.of(Attribute.basic(1, 5), Attribute.basic(2, 1), Attribute.basic(3, 1),
                Attribute.basic(4, 2)));
        return List.of(Payload.Sa.of(List.of(new Proposal(1, 1, new byte[0], List.of(t1, t2)))),
                new Payload.Ke(new byte[64]), new Payload.Nonce(new byte[16]),
                new Payload.Id(1, 17, 500, new byte[] {10, 0, 0, 1}), new Payload.Hash(new byte[20]),
                new Payload.Notify(1, 1, new byte[16], NotifyType.R_U_THERE, new byte[] {0, 0, 0, 1}),
                new Payload.Delete(1, 3, 4, List.of(new byte[] {1, 2, 3, 4}, new byte[] {5, 6, 7, 8})),
                new Payload.VendorId(HexFormat.of().parseHex("afcad71368a1f1c96b8696fc77570100")),
                new Payload.NatD(new byte[32]), new Payload.Unknown(130, new byte[] {1, 2}));
    }

    @Test
    void everyPayloadRoundTrips() {
        IsakmpHeader h = IsakmpHeader.of(0x1122334455667788L, 0, ExchangeType.MAIN, 0, false);
        byte[] wire = IsakmpCodec.encode(h, sample());
        DecodeResult r = IsakmpCodec.decode(wire);
        assertThat(r).isInstanceOf(DecodeResult.Ok.class);
        IsakmpMessage m = ((DecodeResult.Ok) r).message();
        assertThat(m.payloads()).hasSize(sample().size());
        assertThat(IsakmpCodec.encode(h, m.payloads())).isEqualTo(wire);
        Payload.Sa sa = m.first(Payload.Sa.class).orElseThrow();
        assertThat(sa.proposals().get(0).transforms().get(0).attribute(12).orElseThrow().value()).isEqualTo(86400);
        assertThat(sa.proposals().get(0).transforms().get(0).attribute(12).orElseThrow().isBasic()).isFalse();
        assertThat(m.body(Payload.Sa.class).orElseThrow()).isEqualTo(IsakmpCodec.encodeBody(sa));
        assertThat(m.header().length()).isEqualTo(wire.length);
    }

    @Test
    void headerIsTheRfcLayout() {
        IsakmpHeader h = IsakmpHeader.of(1, 2, ExchangeType.QUICK, 0x01020304, true);
        byte[] wire = IsakmpCodec.encodeMessage(h, PayloadType.HASH, new byte[4]);
        assertThat(HexFormat.of().formatHex(wire, 0, 28))
                .isEqualTo("0000000000000001" + "0000000000000002" + "08" + "10" + "20" + "01" + "01020304" + "00000020");
        assertThat(IsakmpCodec.decode(wire)).isInstanceOf(DecodeResult.Encrypted.class);
    }

    @Test
    void malformedInputIsAnErrorNeverAnException() {
        IsakmpHeader h = IsakmpHeader.of(5, 0, ExchangeType.MAIN, 0, false);
        byte[] wire = IsakmpCodec.encode(h, sample());
        assertThat(IsakmpCodec.decode(new byte[3])).isInstanceOf(DecodeResult.Error.class);
        byte[] v2 = wire.clone();
        v2[17] = 0x20;
        assertThat(((DecodeResult.Error) IsakmpCodec.decode(v2)).notifyType()).isEqualTo(NotifyType.INVALID_MAJOR_VERSION);
        byte[] shortLen = wire.clone();
        shortLen[27] = (byte) (shortLen[27] + 1);
        assertThat(IsakmpCodec.decode(shortLen)).isInstanceOf(DecodeResult.Error.class);
        byte[] badType = wire.clone();
        badType[16] = 77;
        assertThat(((DecodeResult.Error) IsakmpCodec.decode(badType)).notifyType())
                .isEqualTo(NotifyType.INVALID_PAYLOAD_TYPE);
        byte[] zeroCookie = wire.clone();
        java.util.Arrays.fill(zeroCookie, 0, 8, (byte) 0);
        assertThat(IsakmpCodec.decode(zeroCookie)).isInstanceOf(DecodeResult.Error.class);
    }

    @Test
    void trailingPaddingAfterTheLastPayloadIsIgnored() {
        IsakmpHeader h = IsakmpHeader.of(5, 6, ExchangeType.MAIN, 0, false).withNextPayload(PayloadType.HASH);
        byte[] chain = IsakmpCodec.encodeChain(List.of(new Payload.Hash(new byte[20])));
        byte[] padded = java.util.Arrays.copyOf(chain, chain.length + 8);
        DecodeResult r = IsakmpCodec.decodePayloads(h, padded, 0, padded.length);
        assertThat(((DecodeResult.Ok) r).message().payloads()).hasSize(1);
    }
}
