package iosim.ike.crypto;

/**
 * The peer's key exchange value was rejected (wrong length, out of range, not on the curve,
 * or an all-zero shared secret). The message says why; the engine answers INVALID_SYNTAX
 * (RFC 7296 and RFC 6989 2.5) or fails the exchange.
 */
public final class InvalidPeerKeyException extends Exception {
    public InvalidPeerKeyException(String reason) {
        super(reason, null, false, false);
    }
}
