package iosim.ikev2.message;

/** Certificate payload (RFC 7296 3.6); {@code encoding} e.g. 4 = X.509 signature. */
public record CertPayload(int encoding, byte[] data) implements Payload {
    @Override
    public int typeValue() {
        return PayloadType.CERT.value();
    }
}
