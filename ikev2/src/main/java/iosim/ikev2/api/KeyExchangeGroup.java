package iosim.ikev2.api;

/** Diffie-Hellman groups (IANA Transform Type 4). */
public enum KeyExchangeGroup {
    MODP_768(1),
    MODP_1024(2),
    MODP_1536(5),
    MODP_2048(14),
    MODP_3072(15),
    MODP_4096(16),
    ECP_256(19),
    ECP_384(20),
    ECP_521(21),
    MODP_2048_256(24),
    CURVE25519(31);

    private final int ianaId;

    KeyExchangeGroup(int ianaId) {
        this.ianaId = ianaId;
    }

    public int ianaId() {
        return ianaId;
    }

    /** IOS spelling, e.g. "group 14". */
    public String displayName() {
        return "group " + ianaId;
    }

    public static KeyExchangeGroup of(int ianaId) {
        for (KeyExchangeGroup g : values()) {
            if (g.ianaId == ianaId) {
                return g;
            }
        }
        return null;
    }
}
