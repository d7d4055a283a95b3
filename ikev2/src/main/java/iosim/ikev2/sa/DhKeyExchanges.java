package iosim.ikev2.sa;

import iosim.ike.crypto.DhGroup;
import iosim.ike.crypto.DhKeyPair;
import iosim.ike.crypto.InvalidPeerKeyException;
import iosim.ike.crypto.RandomSource;
import iosim.ikev2.api.KeyExchangeGroup;

/** Adapts the crypto package's {@link DhGroup} key pairs to the engine's {@link KeyExchange}. */
final class DhKeyExchanges {
    private DhKeyExchanges() {}

    static KeyExchange create(KeyExchangeGroup group, RandomSource random) {
        DhGroup g = DhGroup.ofId(group.ianaId()).orElseThrow(() -> new IllegalArgumentException("no DH " + group));
        DhKeyPair pair = g.generateKeyPair(random);
        return new KeyExchange() {
            @Override
            public int group() {
                return group.ianaId();
            }

            @Override
            public byte[] publicValue() {
                return pair.publicValue();
            }

            @Override
            public byte[] sharedSecret(byte[] peerPublicValue) {
                try {
                    return pair.computeSharedSecret(peerPublicValue);
                } catch (InvalidPeerKeyException | RuntimeException e) {
                    return null;
                }
            }
        };
    }
}
