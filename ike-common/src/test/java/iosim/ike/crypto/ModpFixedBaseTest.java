package iosim.ike.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The fixed-base table gives exactly BigInteger.modPow's g^x mod p. */
class ModpFixedBaseTest {

    @ParameterizedTest
    @EnumSource(value = DhGroup.class, names = {"MODP_1024", "MODP_2048", "MODP_2048_256"})
    void agreesWithModPow(DhGroup group) {
        BigInteger p = group.prime();
        BigInteger g = group.generator();
        int bits = group == DhGroup.MODP_2048 ? 224 : 256;
        ModpFixedBase table = new ModpFixedBase(p, g, bits);
        List<BigInteger> exponents = new ArrayList<>(List.of(
                BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO, BigInteger.valueOf(31), BigInteger.valueOf(32),
                BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE), // every digit 31
                BigInteger.ONE.shiftLeft(bits - 1),                      // zero digits, then the top bit
                new BigInteger("5".repeat(bits / 4), 16)));
        RandomSource r = RandomSource.deterministic(group.id());
        ModpGroup params = new ModpGroup(p, g, group.subgroupOrder(), bits);
        for (int i = 0; i < 200; i++) {
            exponents.add(params.randomExponent(r));
        }
        for (BigInteger x : exponents) {
            assertThat(table.pow(x)).as("g^%s", x.toString(16)).isEqualTo(g.modPow(x, p));
        }
    }

    @ParameterizedTest
    @EnumSource(value = DhGroup.class, names = {"MODP_2048"})
    void refusesExponentsTheTableDoesNotCover(DhGroup group) {
        ModpFixedBase table = new ModpFixedBase(group.prime(), group.generator(), 224);
        assertThatThrownBy(() -> table.pow(BigInteger.ONE.shiftLeft(224))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> table.pow(BigInteger.ONE.negate())).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(value = DhGroup.class, names = {"MODP_2048"})
    void keyPairsMadeBeforeAndAfterTheTableIsReadyAgree(DhGroup group) throws Exception {
        // the first key pair triggers the background build; later ones use the table
        for (int i = 0; i < 50; i++) {
            DhKeyPair a = group.generateKeyPair(RandomSource.deterministic(100 + i));
            DhKeyPair b = group.generateKeyPair(RandomSource.deterministic(200 + i));
            assertThat(a.computeSharedSecret(b.publicValue())).isEqualTo(b.computeSharedSecret(a.publicValue()));
            Thread.sleep(i == 0 ? 200 : 0);
        }
    }
}
