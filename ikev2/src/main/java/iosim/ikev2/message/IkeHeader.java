package iosim.ikev2.message;

/**
 * IKE header (RFC 7296 3.1). SPIs are the 8-octet values as longs; {@code messageId} is the
 * unsigned 32-bit message ID stored in an int (compare with {@link Integer#compareUnsigned}).
 * {@code nextPayload} is as received; the encoder computes it from the payload list.
 * {@code length} is the length as received (0 for messages built locally). In a
 * {@link DecodeResult.Error}, {@code exchangeType} may be null (unknown exchange type).
 */
public record IkeHeader(long initiatorSpi, long responderSpi, int nextPayload, int majorVersion, int minorVersion,
                        ExchangeType exchangeType, boolean initiator, boolean response, boolean higherVersion,
                        int messageId, int length) {

    public static final int SIZE = 28;
    public static final int FLAG_INITIATOR = 0x08;
    public static final int FLAG_VERSION = 0x10;
    public static final int FLAG_RESPONSE = 0x20;

    /** A version 2.0 header for a request. {@code initiator} is our role in the IKE SA. */
    public static IkeHeader request(long spiI, long spiR, ExchangeType type, int messageId, boolean initiator) {
        return new IkeHeader(spiI, spiR, 0, 2, 0, type, initiator, false, false, messageId, 0);
    }

    /** A version 2.0 header for a response. {@code initiator} is our role in the IKE SA. */
    public static IkeHeader response(long spiI, long spiR, ExchangeType type, int messageId, boolean initiator) {
        return new IkeHeader(spiI, spiR, 0, 2, 0, type, initiator, true, false, messageId, 0);
    }

    /** The flags octet. */
    public int flags() {
        return (initiator ? FLAG_INITIATOR : 0) | (higherVersion ? FLAG_VERSION : 0) | (response ? FLAG_RESPONSE : 0);
    }

    public IkeHeader withNextPayload(int next) {
        return new IkeHeader(initiatorSpi, responderSpi, next, majorVersion, minorVersion, exchangeType, initiator,
                response, higherVersion, messageId, length);
    }

    public IkeHeader withResponderSpi(long spiR) {
        return new IkeHeader(initiatorSpi, spiR, nextPayload, majorVersion, minorVersion, exchangeType, initiator,
                response, higherVersion, messageId, length);
    }

    /** Unsigned message ID. */
    public long messageIdUnsigned() {
        return Integer.toUnsignedLong(messageId);
    }

    @Override
    public String toString() {
        return String.format("IkeHeader[%s %s #%d spi %016x/%016x%s]", exchangeType, response ? "response" : "request",
                messageIdUnsigned(), initiatorSpi, responderSpi, initiator ? " I" : "");
    }
}
