package iosim.ikev2.message;

import java.util.Optional;

/**
 * Notify payload (RFC 7296 3.10). {@code type} is the raw notify message type (see
 * {@link NotifyType}); {@code spi} is empty when no SPI is carried.
 */
public record NotifyPayload(ProtocolId protocolId, byte[] spi, int type, byte[] data) implements Payload {

    public NotifyPayload {
        if (spi == null) {
            spi = new byte[0];
        }
        if (data == null) {
            data = new byte[0];
        }
    }

    /** A notify without SPI (protocol 0). */
    public static NotifyPayload of(NotifyType type, byte[] data) {
        return new NotifyPayload(ProtocolId.NONE, new byte[0], type.value(), data);
    }

    public static NotifyPayload of(NotifyType type) {
        return of(type, new byte[0]);
    }

    /** INVALID_KE_PAYLOAD carrying the accepted group (RFC 7296 3.10.1). */
    public static NotifyPayload invalidKe(int acceptedGroup) {
        return of(NotifyType.INVALID_KE_PAYLOAD, new byte[] {(byte) (acceptedGroup >> 8), (byte) acceptedGroup});
    }

    /** The group an INVALID_KE_PAYLOAD asks for (its two data octets), or -1 if malformed. */
    public int acceptedGroup() {
        return data.length == 2 ? ((data[0] & 0xff) << 8) | (data[1] & 0xff) : -1;
    }

    public Optional<NotifyType> notifyType() {
        return NotifyType.of(type);
    }

    public boolean is(NotifyType t) {
        return type == t.value();
    }

    public boolean isError() {
        return type < NotifyType.FIRST_STATUS_TYPE;
    }

    @Override
    public int typeValue() {
        return PayloadType.NOTIFY.value();
    }

    @Override
    public String describe() {
        return "N(" + NotifyType.describe(type) + ")";
    }

    @Override
    public String iosName() {
        return "NOTIFY(" + notifyType().map(Enum::name).orElse(Integer.toString(type)) + ")";
    }
}
