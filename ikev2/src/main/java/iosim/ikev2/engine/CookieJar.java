package iosim.ikev2.engine;

import iosim.ikev2.sa.IkeCrypto;
import iosim.ike.crypto.RandomSource;
import java.net.InetSocketAddress;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Stateless responder cookies (RFC 7296 2.6): Cookie = version | SHA-256(Ni | IPi | SPIi | secret).
 * The secret lives as long as the engine.
 */
final class CookieJar {
    private static final byte VERSION = 1;
    private final byte[] secret;

    CookieJar(RandomSource random) {
        this.secret = random.bytes(32);
    }

    byte[] cookie(byte[] nonceI, InetSocketAddress initiator, long spiI) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(nonceI);
            d.update(initiator.getAddress().getAddress());
            d.update(IkeCrypto.spi(spiI));
            d.update(secret);
            byte[] h = d.digest();
            byte[] c = new byte[1 + h.length];
            c[0] = VERSION;
            System.arraycopy(h, 0, c, 1, h.length);
            return c;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean valid(byte[] cookie, byte[] nonceI, InetSocketAddress initiator, long spiI) {
        return cookie != null && MessageDigest.isEqual(cookie, cookie(nonceI, initiator, spiI));
    }
}
