package iosim.ikev2.crypto;

/**
 * The seven keys of one IKE SA (RFC 7296 2.14) and the suite they belong to. SK_ai/SK_ar are
 * empty for AEAD suites; SK_ei/SK_er include the AEAD salt.
 */
public record IkeSaKeys(CryptoSuite suite, byte[] skD, byte[] skAi, byte[] skAr, byte[] skEi, byte[] skEr,
                        byte[] skPi, byte[] skPr) {

    /** Keys protecting messages we send; {@code weAreInitiator} is our role in this IKE SA. */
    public SkKeys outbound(boolean weAreInitiator) {
        return weAreInitiator ? initiatorToResponder() : responderToInitiator();
    }

    /** Keys protecting messages we receive. */
    public SkKeys inbound(boolean weAreInitiator) {
        return weAreInitiator ? responderToInitiator() : initiatorToResponder();
    }

    public SkKeys initiatorToResponder() {
        return SkKeys.of(suite.encryption(), skEi, suite.integrity(), suite.integrity() == null ? null : skAi);
    }

    public SkKeys responderToInitiator() {
        return SkKeys.of(suite.encryption(), skEr, suite.integrity(), suite.integrity() == null ? null : skAr);
    }

    /** SK_pi or SK_pr: the key for the AUTH payload of the given side. */
    public byte[] skP(boolean initiatorSide) {
        return initiatorSide ? skPi : skPr;
    }
}
