package iosim.ikev2.message;

/** EAP payload (RFC 7296 3.16): the whole EAP message. */
public record EapPayload(byte[] data) implements Payload {
    @Override
    public int typeValue() {
        return PayloadType.EAP.value();
    }
}
