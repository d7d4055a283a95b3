package iosim.ikev2.message;

import java.util.Optional;

/** IKEv2 payload type codes (RFC 7296 3.2, RFC 7383) with strongSwan-style short names. */
public enum PayloadType {
    NONE(0, "NONE"),
    SA(33, "SA"),
    KE(34, "KE"),
    ID_I(35, "IDi"),
    ID_R(36, "IDr"),
    CERT(37, "CERT"),
    CERTREQ(38, "CERTREQ"),
    AUTH(39, "AUTH"),
    NONCE(40, "No"),
    NOTIFY(41, "N"),
    DELETE(42, "D"),
    VENDOR_ID(43, "V"),
    TS_I(44, "TSi"),
    TS_R(45, "TSr"),
    SK(46, "SK"),
    CP(47, "CP"),
    EAP(48, "EAP"),
    SKF(53, "SKF");

    private final int value;
    private final String shortName;

    PayloadType(int value, String shortName) {
        this.value = value;
        this.shortName = shortName;
    }

    public int value() {
        return value;
    }

    /** The name used in message descriptions, e.g. {@code IDi} or {@code No}. */
    public String shortName() {
        return shortName;
    }

    public static Optional<PayloadType> of(int value) {
        for (PayloadType t : values()) {
            if (t.value == value) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
