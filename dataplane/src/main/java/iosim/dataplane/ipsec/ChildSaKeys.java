package iosim.dataplane.ipsec;

import iosim.dataplane.ipsec.crypto.EspTransform;
import java.util.Arrays;

/**
 * The two directions' keys of one CHILD_SA cut from IKEv2 KEYMAT (RFC 7296 section 2.17): first
 * the initiator-to-responder encryption then integrity key, then the responder-to-initiator ones.
 * For an AEAD transform the encryption key includes its 4-byte salt and there is no integrity key.
 */
public record ChildSaKeys(SaKeys initiatorToResponder, SaKeys responderToInitiator) {

    /** Bytes of KEYMAT a transform consumes (both directions). */
    public static int keymatLength(EspTransform t) {
        return 2 * (t.encryptionKeyLength() + t.integrity().keyLength());
    }

    public static ChildSaKeys fromKeymat(byte[] keymat, EspTransform t) {
        if (keymat.length < keymatLength(t)) {
            throw new IllegalArgumentException("KEYMAT needs " + keymatLength(t) + " bytes, got " + keymat.length);
        }
        int e = t.encryptionKeyLength();
        int i = t.integrity().keyLength();
        SaKeys ir = new SaKeys(Arrays.copyOfRange(keymat, 0, e), Arrays.copyOfRange(keymat, e, e + i));
        SaKeys ri = new SaKeys(Arrays.copyOfRange(keymat, e + i, 2 * e + i),
                Arrays.copyOfRange(keymat, 2 * e + i, 2 * e + 2 * i));
        return new ChildSaKeys(ir, ri);
    }

    /** Our inbound keys: what the peer encrypts with. */
    public SaKeys inbound(boolean weAreInitiator) {
        return weAreInitiator ? responderToInitiator : initiatorToResponder;
    }

    /** Our outbound keys. */
    public SaKeys outbound(boolean weAreInitiator) {
        return weAreInitiator ? initiatorToResponder : responderToInitiator;
    }
}
