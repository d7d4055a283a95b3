package iosim.ikev2.message;

/** Authentication payload (RFC 7296 3.8). */
public record AuthPayload(AuthMethod method, byte[] data) implements Payload {
    @Override
    public int typeValue() {
        return PayloadType.AUTH.value();
    }
}
