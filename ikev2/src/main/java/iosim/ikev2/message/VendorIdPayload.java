package iosim.ikev2.message;

/** Vendor ID payload (RFC 7296 3.12). */
public record VendorIdPayload(byte[] data) implements Payload {
    @Override
    public int typeValue() {
        return PayloadType.VENDOR_ID.value();
    }
}
