package iosim.ikev2.message;

import java.util.Optional;

/** IKEv2 payload type codes (RFC 7296 3.2, RFC 7383) with strongSwan-style and IOS-style names. */
public enum PayloadType {
    NONE(0, "NONE", "NONE"),
    SA(33, "SA", "SA"),
    KE(34, "KE", "KE"),
    ID_I(35, "IDi", "IDi"),
    ID_R(36, "IDr", "IDr"),
    CERT(37, "CERT", "CERT"),
    CERTREQ(38, "CERTREQ", "CERTREQ"),
    AUTH(39, "AUTH", "AUTH"),
    NONCE(40, "No", "N"),
    NOTIFY(41, "N", "NOTIFY"),
    DELETE(42, "D", "DELETE"),
    VENDOR_ID(43, "V", "VID"),
    TS_I(44, "TSi", "TSi"),
    TS_R(45, "TSr", "TSr"),
    SK(46, "SK", "ENCR"),
    CP(47, "CP", "CFG"),
    EAP(48, "EAP", "EAP"),
    SKF(53, "SKF", "ENCR");

    private final int value;
    private final String shortName;
    private final String iosName;

    PayloadType(int value, String shortName, String iosName) {
        this.value = value;
        this.shortName = shortName;
        this.iosName = iosName;
    }

    /** The name in Cisco IOS debug output, e.g. {@code N} for a nonce, {@code VID}, {@code ENCR}. */
    public String iosName() {
        return iosName;
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
