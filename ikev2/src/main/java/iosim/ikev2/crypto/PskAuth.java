package iosim.ikev2.crypto;

import iosim.ike.crypto.Prf;
import iosim.ike.crypto.PrfAlgorithm;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Pre-shared key authentication (RFC 7296 2.15):
 * AUTH = prf(prf(Shared Secret, "Key Pad for IKEv2"), &lt;SignedOctets&gt;), where
 * SignedOctets = RealMessage | NonceData of the peer | prf(SK_px, IDx').
 *
 * <p>For the initiator's AUTH: its IKE_SA_INIT request as sent, Nr, SK_pi, IDi'. For the
 * responder's: its IKE_SA_INIT response as sent, Ni, SK_pr, IDr'. IDx' is
 * {@link iosim.ikev2.message.IdPayload#body()}.
 */
public final class PskAuth {

    private static final byte[] KEY_PAD = "Key Pad for IKEv2".getBytes(StandardCharsets.US_ASCII);

    private PskAuth() {
    }

    public static byte[] signedOctets(PrfAlgorithm prf, byte[] realMessage, byte[] peerNonce, byte[] skP,
                                      byte[] idBody) {
        return Keymat.concat(realMessage, peerNonce, Prf.of(prf).compute(skP, idBody));
    }

    public static byte[] compute(PrfAlgorithm prf, byte[] psk, byte[] realMessage, byte[] peerNonce, byte[] skP,
                                 byte[] idBody) {
        Prf f = Prf.of(prf);
        byte[] padKey = f.compute(psk, KEY_PAD);
        return f.compute(padKey, signedOctets(prf, realMessage, peerNonce, skP, idBody));
    }

    /** Constant-time check of a received AUTH value. */
    public static boolean verify(PrfAlgorithm prf, byte[] psk, byte[] realMessage, byte[] peerNonce, byte[] skP,
                                 byte[] idBody, byte[] receivedAuth) {
        return MessageDigest.isEqual(compute(prf, psk, realMessage, peerNonce, skP, idBody), receivedAuth);
    }
}
