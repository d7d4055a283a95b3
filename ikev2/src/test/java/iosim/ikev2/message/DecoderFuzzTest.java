package iosim.ikev2.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import iosim.ike.crypto.EncryptionAlgorithm;
import iosim.ike.crypto.IntegrityAlgorithm;
import iosim.ike.crypto.RandomSource;
import iosim.ikev2.crypto.SkKeys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Bounded mutation fuzzing of every decoder entry point, seeded with strongSwan's real
 * messages and our own: no exception may escape, and whatever decodes must re-encode and
 * decode again. Deterministic (seed and iteration count can be overridden with the system
 * properties {@code iosim.fuzz.seed} and {@code iosim.fuzz.iterations}); a wall-clock cap
 * only shortens the run on a slow machine, it is not asserted.
 */
class DecoderFuzzTest {

    static final long SEED = Long.getLong("iosim.fuzz.seed", 20261127L);
    static final int ITERATIONS = Integer.getInteger("iosim.fuzz.iterations", 40_000);
    static final long CAP_NANOS = 15_000_000_000L;

    final SkKeys cbc = SkKeys.of(EncryptionAlgorithm.AES_CBC, new byte[32], IntegrityAlgorithm.HMAC_SHA2_256_128,
            new byte[32]);
    final SkKeys gcm = SkKeys.of(EncryptionAlgorithm.AES_GCM_16, new byte[36], null, null);

    List<byte[]> datagramSeeds() {
        List<byte[]> seeds = new ArrayList<>();
        for (String c : new String[] {"pair-gcm-keys", "fail-psk-mismatch", "fail-ike-proposal", "fail-esp-proposal",
                "rekey-child-and-ike"}) {
            Captures.ikeMessages(c + ".pcap").forEach(d -> seeds.add(d.ike()));
        }
        IkeMessageCodec codec = new IkeMessageCodec(RandomSource.deterministic(1));
        IkeHeader h = IkeHeader.request(1, 2, ExchangeType.IKE_AUTH, 1, true);
        seeds.add(IkeMessageCodec.encode(SampleMessages.ikeSaInit()));
        seeds.add(IkeMessageCodec.encode(new IkeMessage(h, SampleMessages.ikeAuthPayloads())));
        seeds.add(codec.encodeProtected(h, SampleMessages.ikeAuthPayloads(), cbc));
        seeds.add(codec.encodeProtected(h, SampleMessages.ikeAuthPayloads(), gcm));
        seeds.addAll(codec.encodeProtected(h, SampleMessages.ikeAuthPayloads(), gcm, 300));
        return seeds;
    }

    List<byte[]> innerSeeds() {
        List<byte[]> seeds = new ArrayList<>();
        seeds.add(PayloadChain.encode(SampleMessages.ikeAuthPayloads()));
        seeds.add(PayloadChain.encode(SampleMessages.ikeSaInit().payloads()));
        return seeds;
    }

    @Test
    void noExceptionEscapesAnyDecoder() {
        Random rnd = new Random(SEED);
        List<byte[]> datagrams = datagramSeeds();
        List<byte[]> inners = innerSeeds();
        FragmentReassembler reassembler = new FragmentReassembler(16, 8192);
        long deadline = System.nanoTime() + CAP_NANOS;
        int ok = 0;
        int runs = 0;
        for (; runs < ITERATIONS && System.nanoTime() < deadline; runs++) {
            byte[] input = null;
            try {
                if (runs % 4 == 3) {
                    // inner payload chains: what decodeProtected parses once the ICV is good
                    input = mutate(rnd, inners.get(rnd.nextInt(inners.size())), inners);
                    int first = rnd.nextInt(8) == 0 ? rnd.nextInt(256) : PayloadType.ID_I.value();
                    try {
                        List<Payload> payloads = PayloadChain.parse(input, 0, input.length, first, true);
                        roundTrip(new IkeMessage(IkeHeader.request(1, 2, ExchangeType.IKE_AUTH, 1, true), payloads));
                        ok++;
                    } catch (WireFormatException expected) {
                        // rejected: fine
                    }
                    continue;
                }
                input = mutate(rnd, datagrams.get(rnd.nextInt(datagrams.size())), datagrams);
                IkeMessageCodec.decodeHeader(input);
                DecodeResult r = IkeMessageCodec.decode(input);
                if (r instanceof DecodeResult.Ok o) {
                    ok++;
                    roundTrip(o.message());
                }
                for (SkKeys k : new SkKeys[] {cbc, gcm}) {
                    DecodeResult p = IkeMessageCodec.decodeProtected(input, k);
                    if (p instanceof DecodeResult.Fragment f) {
                        reassembler.add(f);
                    }
                }
            } catch (Throwable t) {
                fail("decoder threw on input " + (input == null ? "null" : HexFormat.of().formatHex(input)), t);
            }
        }
        System.out.printf("fuzz: %d runs, %d decoded, seed %d%n", runs, ok, SEED);
        assertThat(runs).isGreaterThan(1000);
        assertThat(ok).as("some mutants still decode (the fuzzer reaches deep code)").isGreaterThan(100);
    }

    /** A decoded message re-encodes and decodes again (unless it holds unencodable transforms). */
    private static void roundTrip(IkeMessage m) {
        boolean encodable = m.all(SaPayload.class).stream().flatMap(s -> s.proposals().stream())
                .flatMap(p -> p.transforms().stream()).noneMatch(t -> t.type() == TransformType.UNRECOGNIZED);
        if (!encodable) {
            return;
        }
        byte[] again = IkeMessageCodec.encode(m);
        DecodeResult r = IkeMessageCodec.decode(again);
        if (!(r instanceof DecodeResult.Ok)) {
            fail("re-encoded message does not decode: " + r + " " + HexFormat.of().formatHex(again));
        }
    }

    static byte[] mutate(Random rnd, byte[] seed, List<byte[]> pool) {
        byte[] b = seed.clone();
        int rounds = 1 + rnd.nextInt(4);
        for (int i = 0; i < rounds && b.length > 0; i++) {
            int pos = rnd.nextInt(b.length);
            switch (rnd.nextInt(9)) {
                case 0 -> b[pos] ^= (byte) (1 << rnd.nextInt(8));
                case 1 -> b[pos] = (byte) new int[] {0, 1, 0x7f, 0x80, 0xff, 33, 46, 53}[rnd.nextInt(8)];
                case 2 -> b = Arrays.copyOf(b, rnd.nextInt(b.length + 1));
                case 3 -> b = Arrays.copyOf(b, b.length + 1 + rnd.nextInt(64));
                case 4 -> {
                    if (pos + 1 < b.length) { // a 16-bit length or count field set to a nearby/odd value
                        int v = rnd.nextBoolean() ? rnd.nextInt(16) : ((b[pos] & 0xff) << 8 | (b[pos + 1] & 0xff))
                                + rnd.nextInt(9) - 4;
                        b[pos] = (byte) (v >> 8);
                        b[pos + 1] = (byte) v;
                    }
                }
                case 5 -> { // duplicate a chunk
                    int len = Math.min(b.length - pos, 1 + rnd.nextInt(32));
                    byte[] c = new byte[b.length + len];
                    System.arraycopy(b, 0, c, 0, pos + len);
                    System.arraycopy(b, pos, c, pos + len, b.length - pos);
                    b = c;
                }
                case 6 -> { // delete a chunk
                    int len = Math.min(b.length - pos, 1 + rnd.nextInt(32));
                    byte[] c = new byte[b.length - len];
                    System.arraycopy(b, 0, c, 0, pos);
                    System.arraycopy(b, pos + len, c, pos, b.length - pos - len);
                    b = c;
                }
                case 7 -> { // splice the tail of another seed
                    byte[] o = pool.get(rnd.nextInt(pool.size()));
                    int from = rnd.nextInt(o.length);
                    byte[] c = Arrays.copyOf(b, pos + o.length - from);
                    System.arraycopy(o, from, c, pos, o.length - from);
                    b = c;
                }
                default -> { // fix the IKE header length to the new size so parsing goes deeper
                    if (b.length >= 28) {
                        b[24] = (byte) (b.length >>> 24);
                        b[25] = (byte) (b.length >>> 16);
                        b[26] = (byte) (b.length >>> 8);
                        b[27] = (byte) b.length;
                    }
                }
            }
        }
        if (rnd.nextInt(3) > 0 && b.length >= 28) { // mostly keep the header length consistent
            b[24] = (byte) (b.length >>> 24);
            b[25] = (byte) (b.length >>> 16);
            b[26] = (byte) (b.length >>> 8);
            b[27] = (byte) b.length;
        }
        return b;
    }
}
