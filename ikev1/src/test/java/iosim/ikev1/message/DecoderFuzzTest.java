package iosim.ikev1.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Bounded mutation fuzzing of the decoders: no exception may escape, and whatever decodes
 * re-encodes to a form that decodes to the same payloads. Deterministic (seed and iterations
 * overridable with {@code iosim.fuzz.seed} / {@code iosim.fuzz.iterations}).
 */
class DecoderFuzzTest {
    static final long SEED = Long.getLong("iosim.fuzz.seed", 20261208L);
    static final int ITERATIONS = Integer.getInteger("iosim.fuzz.iterations", 20_000);

    @Test
    void noExceptionEscapesAndWhatDecodesReencodes() {
        Random rnd = new Random(SEED);
        List<byte[]> seeds = new ArrayList<>();
        seeds.add(IsakmpCodec.encode(IsakmpHeader.of(7, 0, ExchangeType.MAIN, 0, false), IsakmpCodecTest.sample()));
        seeds.add(IsakmpCodec.encode(IsakmpHeader.of(7, 9, ExchangeType.QUICK, 3, false),
                IsakmpCodecTest.sample().subList(0, 4)));
        int ok = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            byte[] m = mutate(seeds.get(rnd.nextInt(seeds.size())), rnd);
            DecodeResult r;
            try {
                r = IsakmpCodec.decode(m);
            } catch (RuntimeException e) {
                fail("decoder threw on iteration " + i + ": " + e);
                return;
            }
            if (r instanceof DecodeResult.Ok o) {
                ok++;
                byte[] again = IsakmpCodec.encode(o.message().header(), o.message().payloads());
                DecodeResult r2 = IsakmpCodec.decode(again);
                assertThat(r2).isInstanceOf(DecodeResult.Ok.class);
                assertThat(((DecodeResult.Ok) r2).message().payloads().size()).isEqualTo(o.message().payloads().size());
            }
            try {
                IsakmpCodec.decodeAttributes(Arrays.copyOfRange(m, Math.min(m.length, 28), m.length));
            } catch (RuntimeException e) {
                fail("attribute decoder threw: " + e);
            }
        }
        assertThat(ok).isPositive();
    }

    private static byte[] mutate(byte[] in, Random rnd) {
        byte[] b = in.clone();
        switch (rnd.nextInt(4)) {
            case 0 -> {
                for (int k = 0; k < 1 + rnd.nextInt(4); k++) {
                    b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
                }
            }
            case 1 -> b = Arrays.copyOf(b, rnd.nextInt(b.length + 1));
            case 2 -> {
                int pos = 28 + rnd.nextInt(Math.max(1, b.length - 28));
                if (pos + 3 < b.length) {
                    b[pos + 2] = (byte) rnd.nextInt(256);
                    b[pos + 3] = (byte) rnd.nextInt(256);
                }
            }
            default -> {
                byte[] c = Arrays.copyOf(b, b.length + rnd.nextInt(16));
                rnd.nextBytes(Arrays.copyOfRange(c, b.length, c.length));
                b = c;
            }
        }
        return b;
    }
}
