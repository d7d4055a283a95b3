package iosim.ikev1.message;

/**
 * Internal signal of a malformed structure inside the decoders; always caught in
 * {@link IsakmpCodec} and turned into a {@link DecodeResult.Error}. Never escapes.
 */
final class WireFormatException extends Exception {

    private final int notify;

    WireFormatException(String reason) {
        this(reason, NotifyType.PAYLOAD_MALFORMED);
    }

    WireFormatException(String reason, int notify) {
        super(reason, null, false, false);
        this.notify = notify;
    }

    int notifyType() {
        return notify;
    }
}
