package iosim.ikev1.message;

/** ISAKMP notify message types (RFC 2408 3.14.1, RFC 2407 4.6.3, RFC 3706). */
public final class NotifyType {
    public static final int INVALID_PAYLOAD_TYPE = 1;
    public static final int DOI_NOT_SUPPORTED = 2;
    public static final int INVALID_COOKIE = 4;
    public static final int INVALID_MAJOR_VERSION = 5;
    public static final int INVALID_EXCHANGE_TYPE = 7;
    public static final int INVALID_FLAGS = 8;
    public static final int INVALID_MESSAGE_ID = 9;
    public static final int INVALID_SPI = 11;
    public static final int NO_PROPOSAL_CHOSEN = 14;
    public static final int PAYLOAD_MALFORMED = 16;
    public static final int INVALID_KEY_INFORMATION = 17;
    public static final int INVALID_ID_INFORMATION = 18;
    public static final int INVALID_HASH_INFORMATION = 23;
    public static final int AUTHENTICATION_FAILED = 24;
    public static final int RESPONDER_LIFETIME = 24576;
    public static final int REPLAY_STATUS = 24577;
    public static final int INITIAL_CONTACT = 24578;
    public static final int R_U_THERE = 36136;
    public static final int R_U_THERE_ACK = 36137;

    private NotifyType() {}

    /** The RFC name, as strongSwan and the debug lines print it. */
    public static String name(int type) {
        return switch (type) {
            case INVALID_PAYLOAD_TYPE -> "INVALID_PAYLOAD_TYPE";
            case DOI_NOT_SUPPORTED -> "DOI_NOT_SUPPORTED";
            case INVALID_COOKIE -> "INVALID_COOKIE";
            case INVALID_MAJOR_VERSION -> "INVALID_MAJOR_VERSION";
            case INVALID_EXCHANGE_TYPE -> "INVALID_EXCHANGE_TYPE";
            case INVALID_FLAGS -> "INVALID_FLAGS";
            case INVALID_MESSAGE_ID -> "INVALID_MESSAGE_ID";
            case INVALID_SPI -> "INVALID_SPI";
            case NO_PROPOSAL_CHOSEN -> "NO_PROPOSAL_CHOSEN";
            case PAYLOAD_MALFORMED -> "PAYLOAD_MALFORMED";
            case INVALID_KEY_INFORMATION -> "INVALID_KEY_INFORMATION";
            case INVALID_ID_INFORMATION -> "INVALID_ID_INFORMATION";
            case INVALID_HASH_INFORMATION -> "INVALID_HASH_INFORMATION";
            case AUTHENTICATION_FAILED -> "AUTHENTICATION_FAILED";
            case RESPONDER_LIFETIME -> "RESPONDER_LIFETIME";
            case REPLAY_STATUS -> "REPLAY_STATUS";
            case INITIAL_CONTACT -> "INITIAL_CONTACT";
            case R_U_THERE -> "R_U_THERE";
            case R_U_THERE_ACK -> "R_U_THERE_ACK";
            default -> "NOTIFY_" + type;
        };
    }
}
