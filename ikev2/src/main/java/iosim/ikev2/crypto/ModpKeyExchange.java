package iosim.ikev2.crypto;

import java.math.BigInteger;
import org.bouncycastle.util.BigIntegers;

/**
 * Finite-field Diffie-Hellman over a MODP group (RFC 2409, RFC 3526, RFC 5114). Uses the JDK's
 * BigInteger.modPow (intrinsified Montgomery multiplication). Peer values must satisfy
 * 1 &lt; y &lt; p-1 (RFC 7296 2.12 / RFC 6989 2.1) and, for a group with a prime-order
 * subgroup q, y^q = 1 mod p (RFC 6989 2.2).
 */
final class ModpKeyExchange implements DhKeyPair {

    private final DhGroup group;
    private final BigInteger p;
    private final BigInteger x;
    private final byte[] publicValue;

    ModpKeyExchange(DhGroup group, BigInteger p, BigInteger g, BigInteger q, int exponentBits, RandomSource random) {
        this.group = group;
        this.p = p;
        BigInteger candidate;
        do {
            candidate = new BigInteger(exponentBits, random.asSecureRandom());
        } while (candidate.signum() == 0 || (q != null && candidate.compareTo(q) >= 0));
        this.x = candidate;
        this.publicValue = BigIntegers.asUnsignedByteArray(length(), g.modPow(x, p));
    }

    private int length() {
        return (p.bitLength() + 7) / 8;
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
        if (peerPublic == null || peerPublic.length != length()) {
            throw new InvalidPeerKeyException("MODP public value of " + (peerPublic == null ? 0 : peerPublic.length)
                    + " octets, expected " + length());
        }
        BigInteger y = new BigInteger(1, peerPublic);
        if (y.compareTo(BigInteger.ONE) <= 0 || y.compareTo(p.subtract(BigInteger.ONE)) >= 0) {
            throw new InvalidPeerKeyException("MODP public value out of range (must be 1 < y < p-1)");
        }
        BigInteger q = group.subgroupOrder();
        if (q != null && !y.modPow(q, p).equals(BigInteger.ONE)) {
            throw new InvalidPeerKeyException("MODP public value not in the prime-order subgroup");
        }
        return BigIntegers.asUnsignedByteArray(length(), y.modPow(x, p));
    }
}
