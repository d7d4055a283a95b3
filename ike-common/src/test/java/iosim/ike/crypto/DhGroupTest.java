package iosim.ike.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.util.BigIntegers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DhGroupTest {

    final RandomSource random = RandomSource.deterministic(42);

    @ParameterizedTest
    @EnumSource(DhGroup.class)
    void bothSidesAgree(DhGroup group) throws Exception {
        DhKeyPair a = group.generateKeyPair(random);
        DhKeyPair b = group.generateKeyPair(random);
        assertThat(a.publicValue()).hasSize(group.publicValueLength());
        assertThat(a.publicValue()).isNotEqualTo(b.publicValue());
        byte[] ab = a.computeSharedSecret(b.publicValue());
        assertThat(ab).isEqualTo(b.computeSharedSecret(a.publicValue()));
        assertThat(ab).hasSize(group == DhGroup.CURVE25519 ? 32
                : group.name().startsWith("ECP") ? group.publicValueLength() / 2 : group.publicValueLength());
        assertThat(DhGroup.ofId(group.id())).contains(group);
    }

    @ParameterizedTest
    @EnumSource(DhGroup.class)
    void rejectsWrongLengthAndAllZeroValues(DhGroup group) {
        DhKeyPair a = group.generateKeyPair(random);
        assertThatThrownBy(() -> a.computeSharedSecret(new byte[group.publicValueLength() - 1]))
                .isInstanceOf(InvalidPeerKeyException.class);
        assertThatThrownBy(() -> a.computeSharedSecret(new byte[group.publicValueLength()]))
                .isInstanceOf(InvalidPeerKeyException.class);
        assertThatThrownBy(() -> a.computeSharedSecret(null)).isInstanceOf(InvalidPeerKeyException.class);
    }

    @ParameterizedTest
    @EnumSource(value = DhGroup.class, names = {"MODP_768", "MODP_1024", "MODP_1536", "MODP_2048", "MODP_2048_256"})
    void modpRejectsOneAndPMinusOneAndP(DhGroup group) {
        DhKeyPair a = group.generateKeyPair(random);
        BigInteger p = group.prime();
        int len = group.publicValueLength();
        for (BigInteger bad : new BigInteger[] {BigInteger.ONE, p.subtract(BigInteger.ONE), p, p.add(BigInteger.ONE)}) {
            byte[] v = bad.bitLength() > len * 8 ? new byte[len + 1] : BigIntegers.asUnsignedByteArray(len, bad);
            assertThatThrownBy(() -> a.computeSharedSecret(v)).isInstanceOf(InvalidPeerKeyException.class);
        }
    }

    @Test
    void group24ParametersAreConsistentAndSubgroupIsChecked() {
        BigInteger p = DhGroup.MODP_2048_256.prime();
        BigInteger q = DhGroup.MODP_2048_256.subgroupOrder();
        assertThat(p.bitLength()).isEqualTo(2048);
        assertThat(q.bitLength()).isEqualTo(256);
        assertThat(DhGroup.MODP_2048_256.generator().modPow(q, p)).isEqualTo(BigInteger.ONE);
        DhKeyPair a = DhGroup.MODP_2048_256.generateKeyPair(random);
        byte[] notInSubgroup = BigIntegers.asUnsignedByteArray(256, BigInteger.TWO);
        assertThat(BigInteger.TWO.modPow(q, p)).isNotEqualTo(BigInteger.ONE);
        assertThatThrownBy(() -> a.computeSharedSecret(notInSubgroup))
                .isInstanceOf(InvalidPeerKeyException.class).hasMessageContaining("subgroup");
    }

    @ParameterizedTest
    @EnumSource(value = DhGroup.class, names = {"ECP_256", "ECP_384", "ECP_521"})
    void ecpRejectsAPointOffTheCurve(DhGroup group) {
        DhKeyPair a = group.generateKeyPair(random);
        byte[] v = group.generateKeyPair(random).publicValue();
        v[v.length - 1] ^= 1;
        assertThatThrownBy(() -> a.computeSharedSecret(v)).isInstanceOf(InvalidPeerKeyException.class)
                .hasMessageContaining("curve");
        byte[] big = new byte[v.length];
        Arrays.fill(big, (byte) 0xff);
        assertThatThrownBy(() -> a.computeSharedSecret(big)).isInstanceOf(InvalidPeerKeyException.class);
    }

    @Test
    void x25519RejectsSmallOrderPoints() {
        DhKeyPair a = DhGroup.CURVE25519.generateKeyPair(random);
        byte[] one = new byte[32];
        one[0] = 1; // u = 1 has order 4: the result is all zero
        assertThatThrownBy(() -> a.computeSharedSecret(one)).isInstanceOf(InvalidPeerKeyException.class)
                .hasMessageContaining("all zero");
    }

    @Test
    void deterministicRandomGivesReproducibleKeys() {
        DhKeyPair x = DhGroup.ECP_256.generateKeyPair(RandomSource.deterministic(7));
        DhKeyPair y = DhGroup.ECP_256.generateKeyPair(RandomSource.deterministic(7));
        assertThat(x.publicValue()).isEqualTo(y.publicValue());
    }
}
