package iosim.ikev2.message;

/** Nonce payload (RFC 7296 3.9): 16 to 256 octets. */
public record NoncePayload(byte[] data) implements Payload {
    @Override
    public int typeValue() {
        return PayloadType.NONCE.value();
    }
}
