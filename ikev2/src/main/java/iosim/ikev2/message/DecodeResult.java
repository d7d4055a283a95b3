package iosim.ikev2.message;

/**
 * Outcome of decoding a datagram: never an exception.
 * <ul>
 * <li>{@link Ok}: a whole message.</li>
 * <li>{@link Partial}: an authenticated fragment was stored, more are needed (RFC 7383).</li>
 * <li>{@link Fragment}: one decrypted SKF fragment, to hand to a {@link FragmentReassembler}.</li>
 * <li>{@link Error}: the message is rejected. {@code header} is null if even the header was
 * unreadable (its exchangeType is null if the exchange type is unknown). {@code notifyType} is the notify to answer with (0: drop silently).
 * {@code authenticated} tells whether the message passed its ICV check (only then may a
 * protected error be answered, and only for requests).</li>
 * </ul>
 */
public sealed interface DecodeResult {

    record Ok(IkeMessage message) implements DecodeResult {
    }

    record Partial(IkeHeader header, int received, int total) implements DecodeResult {
    }

    record Fragment(IkeHeader header, int fragmentNumber, int totalFragments, int firstInnerPayload,
                    byte[] plaintext) implements DecodeResult {
    }

    record Error(IkeHeader header, String reason, int notifyType, byte[] notifyData, boolean authenticated)
            implements DecodeResult {

        public Error {
            if (notifyData == null) {
                notifyData = new byte[0];
            }
        }

        public static Error unprotected(IkeHeader header, String reason, NotifyType notify) {
            return new Error(header, reason, notify == null ? 0 : notify.value(), null, false);
        }

        public static Error dropped(IkeHeader header, String reason) {
            return new Error(header, reason, 0, null, false);
        }

        /** The notify to answer with, if any. */
        public java.util.Optional<NotifyPayload> notifyPayload() {
            return notifyType == 0 ? java.util.Optional.empty()
                    : java.util.Optional.of(new NotifyPayload(ProtocolId.NONE, null, notifyType, notifyData));
        }

        public boolean hasNotify() {
            return notifyType != 0;
        }
    }
}
