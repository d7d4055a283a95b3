package iosim.ikev1.message;

/**
 * The 28-octet ISAKMP header (RFC 2408 3.1). Cookies are longs, the message ID an int
 * (unsigned on the wire). {@code length} is the total message length from the wire (0 when
 * building: the encoder fills it in).
 */
public record IsakmpHeader(long initiatorCookie, long responderCookie, int nextPayload, int version,
                           int exchangeType, int flags, int messageId, int length) {

    public static final int SIZE = 28;
    public static final int VERSION_1_0 = 0x10;
    public static final int FLAG_ENCRYPTION = 0x01;
    public static final int FLAG_COMMIT = 0x02;
    public static final int FLAG_AUTH_ONLY = 0x04;

    public static IsakmpHeader of(long icookie, long rcookie, int exchangeType, int messageId, boolean encrypted) {
        return new IsakmpHeader(icookie, rcookie, 0, VERSION_1_0, exchangeType, encrypted ? FLAG_ENCRYPTION : 0,
                messageId, 0);
    }

    public boolean encrypted() {
        return (flags & FLAG_ENCRYPTION) != 0;
    }

    public IsakmpHeader withNextPayload(int next) {
        return new IsakmpHeader(initiatorCookie, responderCookie, next, version, exchangeType, flags, messageId, length);
    }
}
