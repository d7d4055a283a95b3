package iosim.ike.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.junit.jupiter.api.Test;

/** Private values: lengths and ranges of MODP exponents and ECP scalars, and the per-owner DRBG. */
class PrivateValueTest {

    @Test
    void modpExponentIsTwiceTheSecurityStrengthAndNeverZero() {
        ModpGroup g14 = new ModpGroup(DhGroup.MODP_2048.prime(), DhGroup.MODP_2048.generator(), null, 224);
        RandomSource r = RandomSource.deterministic(1);
        int longest = 0;
        for (int i = 0; i < 500; i++) {
            BigInteger x = g14.randomExponent(r);
            assertThat(x.signum()).isPositive();
            longest = Math.max(longest, x.bitLength());
        }
        assertThat(longest).isEqualTo(224);
        // an all-zero draw is rejected, the next one taken
        RandomSource zeroThenOnes = new RandomSource() {
            int calls;

            @Override
            public void nextBytes(byte[] out) {
                java.util.Arrays.fill(out, (byte) (calls++ == 0 ? 0 : 0xff));
            }
        };
        assertThat(g14.randomExponent(zeroThenOnes).bitLength()).isEqualTo(224);
    }

    @Test
    void group24ExponentStaysBelowQ() {
        BigInteger q = DhGroup.MODP_2048_256.subgroupOrder();
        ModpGroup g24 = new ModpGroup(DhGroup.MODP_2048_256.prime(), DhGroup.MODP_2048_256.generator(), q, 256);
        RandomSource onesThenSmall = new RandomSource() {
            int calls;

            @Override
            public void nextBytes(byte[] out) {
                java.util.Arrays.fill(out, (byte) (calls++ == 0 ? 0xff : 0x11)); // 2^256-1 >= q, then 0x1111..
            }
        };
        BigInteger x = g24.randomExponent(onesThenSmall);
        assertThat(x).isLessThan(q).isEqualTo(new BigInteger("11".repeat(32), 16));
    }

    @Test
    void ecpScalarIsInOneToNMinusOne() {
        EcpGroup p521 = new EcpGroup(CustomNamedCurves.getByName("secp521r1"));
        BigInteger n = CustomNamedCurves.getByName("secp521r1").getN();
        RandomSource r = RandomSource.deterministic(2);
        for (int i = 0; i < 200; i++) {
            BigInteger d = p521.randomScalar(r);
            assertThat(d.signum()).isPositive();
            assertThat(d).isLessThan(n);
        }
        RandomSource ones = new RandomSource() {
            int calls;

            @Override
            public void nextBytes(byte[] out) {
                java.util.Arrays.fill(out, (byte) (calls++ == 0 ? 0xff : 0x01)); // first draw >= n
            }
        };
        assertThat(p521.randomScalar(ones)).isLessThan(n).isEqualTo(new BigInteger("1" + "01".repeat(65), 16));
    }

    @Test
    void secureSourcesAreIndependentDrbgs() {
        RandomSource a = RandomSource.secure();
        RandomSource b = RandomSource.secure();
        assertThat(a.asSecureRandom().getAlgorithm()).isEqualTo("DRBG");
        assertThat(a.asSecureRandom()).isNotSameAs(b.asSecureRandom());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            assertThat(seen.add(BigInteger.valueOf(a.nextLong()).toString(16))).isTrue();
            assertThat(seen.add(BigInteger.valueOf(b.nextLong()).toString(16))).isTrue();
        }
    }
}
