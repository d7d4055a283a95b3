package iosim.ikev2.message;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.ike.crypto.EncryptionAlgorithm;
import iosim.ike.crypto.IntegrityAlgorithm;
import iosim.ike.crypto.RandomSource;
import iosim.ikev2.crypto.SkKeys;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProtectedMessageTest {

    final RandomSource random = RandomSource.deterministic(3);
    final IkeMessageCodec codec = new IkeMessageCodec(random);
    final IkeHeader header = IkeHeader.request(0xaaL, 0xbbL, ExchangeType.IKE_AUTH, 1, true);

    static Stream<Arguments> suites() {
        List<Arguments> a = new ArrayList<>();
        for (int bits : new int[] {128, 192, 256}) {
            for (IntegrityAlgorithm i : IntegrityAlgorithm.values()) {
                a.add(Arguments.of(EncryptionAlgorithm.AES_CBC, bits, i));
            }
        }
        for (EncryptionAlgorithm e : new EncryptionAlgorithm[] {EncryptionAlgorithm.AES_GCM_8,
                EncryptionAlgorithm.AES_GCM_12, EncryptionAlgorithm.AES_GCM_16}) {
            a.add(Arguments.of(e, 128, null));
            a.add(Arguments.of(e, 256, null));
        }
        a.add(Arguments.of(EncryptionAlgorithm.CHACHA20_POLY1305, 256, null));
        return a.stream();
    }

    SkKeys keys(EncryptionAlgorithm e, int bits, IntegrityAlgorithm i, int seed) {
        RandomSource r = RandomSource.deterministic(seed);
        return SkKeys.of(e, r.bytes(e.keyMaterialLength(bits)), i, i == null ? null : r.bytes(i.keyLength()));
    }

    @ParameterizedTest
    @MethodSource("suites")
    void sealsOpensAndRejectsTampering(EncryptionAlgorithm e, int bits, IntegrityAlgorithm i) {
        SkKeys k = keys(e, bits, i, 1);
        List<Payload> inner = SampleMessages.ikeAuthPayloads();
        byte[] wire = codec.encodeProtected(header, inner, k);
        DecodeResult r = IkeMessageCodec.decodeProtected(wire, k);
        assertThat(r).isInstanceOf(DecodeResult.Ok.class);
        IkeMessage m = ((DecodeResult.Ok) r).message();
        assertThat(m.encrypted()).isTrue();
        assertThat(m.payloads()).hasSameSizeAs(inner);
        assertThat(m.header().length()).isEqualTo(wire.length);
        // plaintext view shows the SK payload with the right first inner type
        IkeMessage outer = ((DecodeResult.Ok) IkeMessageCodec.decode(wire)).message();
        assertThat(outer.describe()).isEqualTo("HDR, SK");
        assertThat(((SkPayload) outer.payloads().get(0)).firstInnerPayload()).isEqualTo(PayloadType.ID_I.value());
        assertThat(IkeMessageCodec.decodeProtected(wire, outer, k)).isInstanceOf(DecodeResult.Ok.class);
        // every single-bit change after the fixed header fields is caught
        Random flip = new Random(bits);
        for (int n = 0; n < 20; n++) {
            byte[] t = wire.clone();
            int pos = 28 + flip.nextInt(wire.length - 28);
            t[pos] ^= (byte) (1 << flip.nextInt(8));
            DecodeResult bad = IkeMessageCodec.decodeProtected(t, k);
            assertThat(bad).as("flip at %d", pos).isInstanceOf(DecodeResult.Error.class);
            assertThat(((DecodeResult.Error) bad).authenticated()).isFalse();
        }
        // the message ID is covered too
        byte[] mid = wire.clone();
        mid[23] ^= 1;
        assertThat(IkeMessageCodec.decodeProtected(mid, k)).isInstanceOf(DecodeResult.Error.class);
        // wrong keys
        assertThat(IkeMessageCodec.decodeProtected(wire, keys(e, bits, i, 2))).isInstanceOf(DecodeResult.Error.class);
    }

    @Test
    void repeatingIvsFromATestRandomSourceDoNotBreakPooledCiphers() {
        for (EncryptionAlgorithm e : new EncryptionAlgorithm[] {EncryptionAlgorithm.AES_GCM_16,
                EncryptionAlgorithm.CHACHA20_POLY1305}) {
            SkKeys k = keys(e, 256, null, 11);
            byte[] a = new IkeMessageCodec(RandomSource.deterministic(4)).encodeProtected(header, List.of(), k);
            byte[] b = new IkeMessageCodec(RandomSource.deterministic(4)).encodeProtected(header, List.of(), k);
            assertThat(a).isEqualTo(b);
            assertThat(IkeMessageCodec.decodeProtected(b, k)).isInstanceOf(DecodeResult.Ok.class);
        }
    }

    @Test
    void emptyInformationalRoundTrips() {
        SkKeys k = keys(EncryptionAlgorithm.AES_GCM_16, 256, null, 5);
        IkeHeader dpd = IkeHeader.request(1, 2, ExchangeType.INFORMATIONAL, 7, false);
        byte[] wire = codec.encodeProtected(dpd, List.of(), k);
        IkeMessage m = ((DecodeResult.Ok) IkeMessageCodec.decodeProtected(wire, k)).message();
        assertThat(m.payloads()).isEmpty();
        assertThat(m.describe()).isEqualTo("HDR, SK {}");
        assertThat(m.header().messageId()).isEqualTo(7);
    }

    @Test
    void authenticatedButMalformedInnerPayloadsAreReportedAsAuthenticated() {
        SkKeys k = keys(EncryptionAlgorithm.AES_CBC, 128, IntegrityAlgorithm.HMAC_SHA2_256_128, 6);
        byte[] wire = codec.encodeProtected(header, List.of(new UnknownPayload(250, true, new byte[4])), k);
        DecodeResult.Error e = (DecodeResult.Error) IkeMessageCodec.decodeProtected(wire, k);
        assertThat(e.authenticated()).isTrue();
        assertThat(e.notifyType()).isEqualTo(NotifyType.UNSUPPORTED_CRITICAL_PAYLOAD.value());
        assertThat(e.header().messageId()).isEqualTo(1);
    }

    @Test
    void plaintextMessageIsNotAcceptedAsProtected() {
        SkKeys k = keys(EncryptionAlgorithm.AES_GCM_16, 128, null, 7);
        DecodeResult r = IkeMessageCodec.decodeProtected(IkeMessageCodec.encode(SampleMessages.ikeSaInit()), k);
        assertThat(r).isInstanceOf(DecodeResult.Error.class);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void largeMessagesAreFragmentedAndReassembledInAnyOrder(EncryptionAlgorithm e, int bits, IntegrityAlgorithm i) {
        SkKeys k = keys(e, bits, i, 8);
        List<Payload> inner = new ArrayList<>(SampleMessages.ikeAuthPayloads());
        inner.add(new CertPayload(4, SampleMessages.filled(3000, 0x33)));
        List<byte[]> fragments = codec.encodeProtected(header, inner, k, 576);
        assertThat(fragments.size()).isGreaterThan(5);
        List<DecodeResult.Fragment> decoded = new ArrayList<>();
        for (byte[] f : fragments) {
            assertThat(f.length).isLessThanOrEqualTo(576);
            DecodeResult r = IkeMessageCodec.decodeProtected(f, k);
            assertThat(r).isInstanceOf(DecodeResult.Fragment.class);
            decoded.add((DecodeResult.Fragment) r);
        }
        assertThat(IkeMessageCodec.decode(fragments.get(1))).isInstanceOfSatisfying(DecodeResult.Ok.class,
                ok -> assertThat(ok.message().describe()).isEqualTo("HDR, SKF(2/" + fragments.size() + ")"));
        Collections.shuffle(decoded, new Random(bits));
        decoded.add(2, decoded.get(0)); // a duplicate
        FragmentReassembler reassembler = new FragmentReassembler();
        DecodeResult last = null;
        for (DecodeResult.Fragment f : decoded) {
            if (last != null) {
                assertThat(last).isInstanceOf(DecodeResult.Partial.class);
            }
            last = reassembler.add(f);
        }
        assertThat(last).isInstanceOf(DecodeResult.Ok.class);
        IkeMessage m = ((DecodeResult.Ok) last).message();
        assertThat(m.payloads()).hasSameSizeAs(inner);
        assertThat(m.all(CertPayload.class).get(1).data()).hasSize(3000);
        assertThat(reassembler.bytesHeld()).isZero();
    }

    @Test
    void smallMessagesAreNotFragmented() {
        SkKeys k = keys(EncryptionAlgorithm.AES_GCM_16, 256, null, 9);
        List<byte[]> out = codec.encodeProtected(header, List.of(NotifyPayload.of(NotifyType.INITIAL_CONTACT)), k, 1280);
        assertThat(out).hasSize(1);
        assertThat(IkeMessageCodec.decodeProtected(out.get(0), k)).isInstanceOf(DecodeResult.Ok.class);
    }

    @Test
    void reassemblerIsBoundedAndRestartsForANewMessage() {
        SkKeys k = keys(EncryptionAlgorithm.AES_CBC, 256, IntegrityAlgorithm.HMAC_SHA2_256_128, 10);
        List<Payload> big = List.of(new CertPayload(4, SampleMessages.filled(4000, 1)));
        List<byte[]> frags = codec.encodeProtected(header, big, k, 512);
        FragmentReassembler small = new FragmentReassembler(64, 1000);
        DecodeResult r = null;
        for (byte[] f : frags) {
            r = small.add((DecodeResult.Fragment) IkeMessageCodec.decodeProtected(f, k));
            if (r instanceof DecodeResult.Error) {
                break;
            }
        }
        assertThat(r).isInstanceOf(DecodeResult.Error.class);
        assertThat(small.bytesHeld()).isZero();

        FragmentReassembler few = new FragmentReassembler(3, 1 << 20);
        assertThat(few.add((DecodeResult.Fragment) IkeMessageCodec.decodeProtected(frags.get(0), k)))
                .isInstanceOf(DecodeResult.Error.class);

        FragmentReassembler re = new FragmentReassembler();
        re.add((DecodeResult.Fragment) IkeMessageCodec.decodeProtected(frags.get(0), k));
        IkeHeader next = IkeHeader.request(0xaaL, 0xbbL, ExchangeType.IKE_AUTH, 2, true);
        List<byte[]> other = codec.encodeProtected(next, big, k, 512);
        for (byte[] f : other) {
            r = re.add((DecodeResult.Fragment) IkeMessageCodec.decodeProtected(f, k));
        }
        assertThat(r).isInstanceOf(DecodeResult.Ok.class);
        assertThat(((DecodeResult.Ok) r).message().header().messageId()).isEqualTo(2);
    }
}
