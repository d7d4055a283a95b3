package iosim.ikev2.crypto;

import iosim.ike.crypto.RandomSource;

/** Test support: a RandomSource that hands out given octets (for published private keys). */
final class FixedRandom implements RandomSource {
    private final byte[] data;
    private int pos;

    FixedRandom(byte[] data) {
        this.data = data;
    }

    @Override
    public void nextBytes(byte[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = data[pos++ % data.length];
        }
    }
}
