package iosim.ikev2.engine;

import iosim.ikev2.api.KeyExchangeGroup;
import iosim.ikev2.crypto.DhGroup;
import iosim.ikev2.crypto.DhKeyPair;
import iosim.ikev2.crypto.InvalidPeerKeyException;
import iosim.ikev2.crypto.RandomSource;

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
