package iosim.ikev2.message;

/** Certificate Request payload (RFC 7296 3.7): SHA-1 hashes of trusted CA keys. */
public record CertReqPayload(int encoding, byte[] data) implements Payload {
    @Override
    public int typeValue() {
        return PayloadType.CERTREQ.value();
    }
}
