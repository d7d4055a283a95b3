package iosim.ikev1.api;

/** Phase 1 authentication methods (RFC 2409 appendix A attribute 3). */
public enum AuthMethod {
    PRE_SHARE(1), RSA_SIG(3);

    private final int id;

    AuthMethod(int id) {
        this.id = id;
    }

    public int id() {
        return id;
    }

    public static AuthMethod ofId(long id) {
        for (AuthMethod m : values()) {
            if (m.id == id) {
                return m;
            }
        }
        return null;
    }
}
