package iosim.ikev2.message;

import java.util.Optional;

/**
 * Notify message types (RFC 7296 3.10.1 and the IANA registry, including the status types
 * strongSwan sends). Values below 16384 are errors. {@link #shortName()} is used by
 * {@link IkeMessage#describe()}.
 */
public enum NotifyType {
    // errors
    UNSUPPORTED_CRITICAL_PAYLOAD(1),
    INVALID_IKE_SPI(4),
    INVALID_MAJOR_VERSION(5),
    INVALID_SYNTAX(7),
    INVALID_MESSAGE_ID(9),
    INVALID_SPI(11),
    NO_PROPOSAL_CHOSEN(14),
    INVALID_KE_PAYLOAD(17),
    AUTHENTICATION_FAILED(24),
    SINGLE_PAIR_REQUIRED(34),
    NO_ADDITIONAL_SAS(35),
    INTERNAL_ADDRESS_FAILURE(36),
    FAILED_CP_REQUIRED(37),
    TS_UNACCEPTABLE(38),
    INVALID_SELECTORS(39),
    UNACCEPTABLE_ADDRESSES(40),
    UNEXPECTED_NAT_DETECTED(41),
    USE_ASSIGNED_HoA(42),
    TEMPORARY_FAILURE(43),
    CHILD_SA_NOT_FOUND(44),
    INVALID_GROUP_ID(45),
    AUTHORIZATION_FAILED(46),
    STATE_NOT_FOUND(47),
    // status types
    INITIAL_CONTACT(16384),
    SET_WINDOW_SIZE(16385),
    ADDITIONAL_TS_POSSIBLE(16386),
    IPCOMP_SUPPORTED(16387),
    NAT_DETECTION_SOURCE_IP(16388, "NATD_S_IP"),
    NAT_DETECTION_DESTINATION_IP(16389, "NATD_D_IP"),
    COOKIE(16390),
    USE_TRANSPORT_MODE(16391),
    HTTP_CERT_LOOKUP_SUPPORTED(16392),
    REKEY_SA(16393),
    ESP_TFC_PADDING_NOT_SUPPORTED(16394),
    NON_FIRST_FRAGMENTS_ALSO(16395),
    MOBIKE_SUPPORTED(16396),
    ADDITIONAL_IP4_ADDRESS(16397),
    ADDITIONAL_IP6_ADDRESS(16398),
    NO_ADDITIONAL_ADDRESSES(16399),
    UPDATE_SA_ADDRESSES(16400),
    COOKIE2(16401),
    NO_NATS_ALLOWED(16402),
    AUTH_LIFETIME(16403),
    MULTIPLE_AUTH_SUPPORTED(16404),
    ANOTHER_AUTH_FOLLOWS(16405),
    REDIRECT_SUPPORTED(16406),
    REDIRECT(16407),
    REDIRECTED_FROM(16408),
    TICKET_LT_OPAQUE(16409),
    TICKET_REQUEST(16410),
    TICKET_ACK(16411),
    TICKET_NACK(16412),
    TICKET_OPAQUE(16413),
    LINK_ID(16414),
    USE_WESP_MODE(16415),
    ROHC_SUPPORTED(16416),
    EAP_ONLY_AUTHENTICATION(16417),
    CHILDLESS_IKEV2_SUPPORTED(16418),
    QUICK_CRASH_DETECTION(16419),
    IKEV2_MESSAGE_ID_SYNC_SUPPORTED(16420),
    IPSEC_REPLAY_COUNTER_SYNC_SUPPORTED(16421),
    IKEV2_MESSAGE_ID_SYNC(16422),
    IPSEC_REPLAY_COUNTER_SYNC(16423),
    SECURE_PASSWORD_METHODS(16424),
    PSK_PERSIST(16425),
    PSK_CONFIRM(16426),
    ERX_SUPPORTED(16427),
    IFOM_CAPABILITY(16428),
    SENDER_REQUEST_ID(16429),
    IKEV2_FRAGMENTATION_SUPPORTED(16430, "FRAGMENTATION_SUPPORTED"),
    SIGNATURE_HASH_ALGORITHMS(16431),
    CLONE_IKE_SA_SUPPORTED(16432),
    CLONE_IKE_SA(16433),
    PUZZLE(16434),
    USE_PPK(16435),
    PPK_IDENTITY(16436),
    NO_PPK_AUTH(16437),
    INTERMEDIATE_EXCHANGE_SUPPORTED(16438),
    IP4_ALLOWED(16439),
    IP6_ALLOWED(16440),
    ADDITIONAL_KEY_EXCHANGE(16441),
    USE_AGGFRAG(16442);

    /** First status type; smaller values are errors. */
    public static final int FIRST_STATUS_TYPE = 16384;

    private final int value;
    private final String shortName;

    NotifyType(int value) {
        this(value, null);
    }

    NotifyType(int value, String shortName) {
        this.value = value;
        this.shortName = shortName == null ? name() : shortName;
    }

    public int value() {
        return value;
    }

    public String shortName() {
        return shortName;
    }

    public boolean isError() {
        return value < FIRST_STATUS_TYPE;
    }

    public static Optional<NotifyType> of(int value) {
        for (NotifyType t : values()) {
            if (t.value == value) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Short name for any type value: the known name or the number. */
    public static String describe(int value) {
        return of(value).map(NotifyType::shortName).orElse(Integer.toString(value));
    }
}
