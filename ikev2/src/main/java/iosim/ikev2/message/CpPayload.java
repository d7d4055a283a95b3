package iosim.ikev2.message;

import java.util.List;

/** Configuration payload (RFC 7296 3.15). cfgType: 1 REQUEST, 2 REPLY, 3 SET, 4 ACK. */
public record CpPayload(int cfgType, List<Attribute> attributes) implements Payload {

    public static final int CFG_REQUEST = 1;
    public static final int CFG_REPLY = 2;
    public static final int CFG_SET = 3;
    public static final int CFG_ACK = 4;

    public CpPayload {
        attributes = List.copyOf(attributes);
    }

    /** One configuration attribute (15-bit type, value possibly empty). */
    public record Attribute(int type, byte[] value) {
    }

    @Override
    public int typeValue() {
        return PayloadType.CP.value();
    }
}
