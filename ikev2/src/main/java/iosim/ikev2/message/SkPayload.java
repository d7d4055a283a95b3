package iosim.ikev2.message;

/**
 * Encrypted and Authenticated payload (RFC 7296 3.14) as it is on the wire:
 * {@code body} = IV | ciphertext | ICV. {@code firstInnerPayload} is the type of the first
 * payload inside. Use {@link IkeMessageCodec} to open or build it.
 */
public record SkPayload(int firstInnerPayload, byte[] body) implements Payload {
    @Override
    public int typeValue() {
        return PayloadType.SK.value();
    }
}
