package iosim.ikev2.message;

/**
 * Internal signal of a malformed structure inside the decoders; always caught in
 * {@link IkeMessageCodec} and turned into a {@link DecodeResult.Error}. Never escapes.
 */
final class WireFormatException extends Exception {

    private final NotifyType notify;
    private final byte[] notifyData;

    WireFormatException(String reason) {
        this(reason, NotifyType.INVALID_SYNTAX, null);
    }

    WireFormatException(String reason, NotifyType notify, byte[] notifyData) {
        super(reason, null, false, false);
        this.notify = notify;
        this.notifyData = notifyData;
    }

    NotifyType notifyType() {
        return notify;
    }

    byte[] notifyData() {
        return notifyData;
    }
}
