package iosim.ikev2.message;

/**
 * Encrypted and Authenticated Fragment payload (RFC 7383 2.5). {@code firstInnerPayload} is
 * non-zero only in fragment 1. {@code body} = IV | ciphertext | ICV.
 */
public record SkfPayload(int firstInnerPayload, int fragmentNumber, int totalFragments, byte[] body)
        implements Payload {
    @Override
    public int typeValue() {
        return PayloadType.SKF.value();
    }

    @Override
    public String describe() {
        return "SKF(" + fragmentNumber + "/" + totalFragments + ")";
    }
}
