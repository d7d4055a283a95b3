package iosim.ikev2.message;

/** Key Exchange payload (RFC 7296 3.4). */
public record KePayload(int dhGroup, byte[] data) implements Payload {
    @Override
    public int typeValue() {
        return PayloadType.KE.value();
    }
}
