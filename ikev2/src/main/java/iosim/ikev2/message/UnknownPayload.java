package iosim.ikev2.message;

/**
 * A payload of a type this implementation does not know. Non-critical ones are kept and
 * ignored; a critical one makes the decoder answer UNSUPPORTED_CRITICAL_PAYLOAD.
 */
public record UnknownPayload(int typeValue, boolean critical, byte[] body) implements Payload {
    @Override
    public String describe() {
        return "UNKNOWN(" + typeValue + ")";
    }
}
