package iosim.ikev2.api;

/** The EAP methods the engine runs (RFC 3748 type numbers). */
public enum EapMethod {
    /** EAP-MD5-Challenge (RFC 3748 5.4): no key material. */
    MD5(4, "EAP-MD5"),
    /** EAP Generic Token Card (RFC 3748 5.6): the password in the clear inside IKE's SK payload; no key material. */
    GTC(6, "EAP-GTC"),
    /** EAP-MSCHAPv2 (draft-kamath-pppext-eap-mschapv2, RFC 2759, MSK per RFC 3079). */
    MSCHAPV2(26, "EAP-MSCHAPv2");

    private final int type;
    private final String displayName;

    EapMethod(int type, String displayName) {
        this.type = type;
        this.displayName = displayName;
    }

    public int type() {
        return type;
    }

    public String displayName() {
        return displayName;
    }

    public static EapMethod ofType(int type) {
        for (EapMethod m : values()) {
            if (m.type == type) {
                return m;
            }
        }
        return null;
    }
}
