package iosim.ikev2.message;

import java.util.List;

/**
 * Delete payload (RFC 7296 3.11). For IKE the SPI list is empty (the SA is the one the
 * message belongs to); for ESP/AH each SPI is 4 octets (the sender's inbound SPI).
 */
public record DeletePayload(ProtocolId protocolId, List<byte[]> spis) implements Payload {
    public DeletePayload {
        spis = List.copyOf(spis);
    }

    public static DeletePayload ike() {
        return new DeletePayload(ProtocolId.IKE, List.of());
    }

    public static DeletePayload esp(int... spis) {
        return new DeletePayload(ProtocolId.ESP, java.util.Arrays.stream(spis)
                .mapToObj(s -> new byte[] {(byte) (s >>> 24), (byte) (s >>> 16), (byte) (s >>> 8), (byte) s})
                .toList());
    }

    /** SPI size on the wire: 0 for IKE, 4 for ESP/AH. */
    public int spiSize() {
        return protocolId == ProtocolId.IKE ? 0 : 4;
    }

    /** The SPIs as 32-bit values (ESP/AH). */
    public int[] spiValues() {
        return spis.stream().mapToInt(b -> ((b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16)
                | ((b[2] & 0xff) << 8) | (b[3] & 0xff)).toArray();
    }

    @Override
    public int typeValue() {
        return PayloadType.DELETE.value();
    }
}
