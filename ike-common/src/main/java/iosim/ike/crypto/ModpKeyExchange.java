package iosim.ike.crypto;

import java.math.BigInteger;
import org.bouncycastle.util.BigIntegers;

/**
 * Finite-field Diffie-Hellman over a MODP group (RFC 2409, RFC 3526, RFC 5114) with the JDK's
 * BigInteger.modPow (HotSpot's Montgomery multiply/square intrinsics: faster here than Bouncy
 * Castle's own modular arithmetic). The private exponent is short, twice the group's security
 * strength (see {@link DhGroup}): modPow's cost is linear in the exponent length, so a 224-bit
 * exponent costs about a ninth of a full 2048-bit one. Our public value g^x comes from the
 * group's fixed-base table ({@link ModpFixedBase}, about a third cheaper than modPow); the
 * shared secret y^x, with the peer's y, from modPow.
 *
 * <p>Peer values must satisfy 1 &lt; y &lt; p-1 (RFC 7296 2.12, RFC 6989 2.1). For the safe
 * primes of groups 1-16 that range check is the whole validation: the only small subgroups are
 * {1} and {1, p-1}, so y^q = 1 adds nothing (RFC 6989 2.2). For group 24, whose prime is not
 * safe, the peer value must also lie in the prime-order subgroup: y^q = 1 mod p (RFC 6989 2.2).
 */
final class ModpKeyExchange implements DhKeyPair {

    private final DhGroup group;
    private final ModpGroup params;
    private final BigInteger x;
    private final byte[] publicValue;

    ModpKeyExchange(DhGroup group, ModpGroup params, RandomSource random) {
        this.group = group;
        this.params = params;
        this.x = params.randomExponent(random);
        this.publicValue = BigIntegers.asUnsignedByteArray(params.length(), params.publicValueOf(x));
    }

    @Override
    public DhGroup group() {
        return group;
    }

    @Override
    public byte[] publicValue() {
        return publicValue.clone();
    }

    @Override
    public byte[] computeSharedSecret(byte[] peerPublic) throws InvalidPeerKeyException {
        int length = params.length();
        if (peerPublic == null || peerPublic.length != length) {
            throw new InvalidPeerKeyException("MODP public value of " + (peerPublic == null ? 0 : peerPublic.length)
                    + " octets, expected " + length);
        }
        BigInteger y = new BigInteger(1, peerPublic);
        if (y.compareTo(BigInteger.ONE) <= 0 || y.compareTo(params.pMinusOne()) >= 0) {
            throw new InvalidPeerKeyException("MODP public value out of range (must be 1 < y < p-1)");
        }
        BigInteger q = params.q();
        if (q != null && !y.modPow(q, params.p()).equals(BigInteger.ONE)) {
            throw new InvalidPeerKeyException("MODP public value not in the prime-order subgroup");
        }
        return BigIntegers.asUnsignedByteArray(length, y.modPow(x, params.p()));
    }
}
