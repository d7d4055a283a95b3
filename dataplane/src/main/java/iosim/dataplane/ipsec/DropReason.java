package iosim.dataplane.ipsec;

/** Why the IPsec path dropped a packet (each is counted; none is ever fatal). */
public enum DropReason {
    /** Outbound packet matched a PROTECT entry without an SA: acquire raised. */
    NO_SA,
    /** Outbound packet matched a DISCARD entry. */
    POLICY_DISCARD,
    /** Inbound cleartext packet that policy says must arrive protected. */
    CLEARTEXT_NOT_ALLOWED,
    /** Inbound ESP/AH with an SPI not in the SAD. */
    UNKNOWN_SPI,
    REPLAYED,
    TOO_OLD,
    AUTH_FAILED,
    /** Too short, ciphertext not a whole number of blocks, bad lengths in headers. */
    INVALID_LENGTH,
    BAD_PADDING,
    /** Next header not what the SA's mode carries. */
    INVALID_PROTOCOL,
    /** Decapsulated packet outside the SA's traffic selectors. */
    INVALID_IDENTITY,
    /** Outbound 32-bit sequence number space used up (non-ESN SA). */
    SEQUENCE_EXHAUSTED,
    /** RFC 4303 dummy packet (next header 59), discarded by design. */
    DUMMY_PACKET,
    /** RFC 3948 NAT keepalive (single 0xFF byte on port 4500), consumed by design. */
    NAT_KEEPALIVE,
    /** Unparseable outer headers. */
    MALFORMED
}
