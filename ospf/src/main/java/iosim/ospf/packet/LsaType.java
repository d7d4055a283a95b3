package iosim.ospf.packet;

/** LS types of OSPFv2 (RFC 2328 A.4.1). */
public final class LsaType {
    private LsaType() {}

    public static final int ROUTER = 1;
    public static final int NETWORK = 2;
    public static final int SUMMARY_NETWORK = 3;
    public static final int SUMMARY_ASBR = 4;
    public static final int AS_EXTERNAL = 5;

    public static boolean known(int t) {
        return t >= ROUTER && t <= AS_EXTERNAL;
    }
}
