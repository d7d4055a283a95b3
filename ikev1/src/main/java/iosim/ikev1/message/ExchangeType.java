package iosim.ikev1.message;

/** ISAKMP exchange types used by IKEv1 (RFC 2408 3.1, RFC 2409 5, 5.5, 5.7). */
public final class ExchangeType {
    public static final int MAIN = 2;
    public static final int AGGRESSIVE = 4;
    public static final int INFORMATIONAL = 5;
    public static final int QUICK = 32;

    private ExchangeType() {}

    public static String name(int type) {
        return switch (type) {
            case MAIN -> "ID_PROT";
            case AGGRESSIVE -> "AGGRESSIVE";
            case INFORMATIONAL -> "INFORMATIONAL";
            case QUICK -> "QUICK_MODE";
            default -> "EXCHANGE_" + type;
        };
    }
}
