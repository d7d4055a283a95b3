package iosim.config.apply;

/** The warnings IOS prints on entering an incomplete IKEv2 object (exact text, trailing spaces kept). */
final class Ikev2Banners {
    static final String[] PROPOSAL = {
        "IKEv2 proposal MUST either have a set of an encryption algorithm other than aes-gcm, an integrity "
                + "algorithm and a DH group configured or ",
        " encryption algorithm aes-gcm, a prf algorithm and a DH group configured",
    };
    static final String[] POLICY = {"IKEv2 policy MUST have atleast one complete proposal attached "};
    static final String[] PROFILE = {
        "IKEv2 profile MUST have:",
        "   1. A local and a remote authentication method.",
        "   2. A match identity or a match certificate or match any statement.",
    };
    static final String[] NONE = {};

    private Ikev2Banners() {
    }
}
