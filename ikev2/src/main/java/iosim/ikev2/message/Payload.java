package iosim.ikev2.message;

/**
 * One IKEv2 payload (RFC 7296 3.2). Byte arrays held by payloads are not copied: treat them
 * as immutable once handed over.
 */
public sealed interface Payload
        permits SaPayload, KePayload, NoncePayload, IdPayload, CertPayload, CertReqPayload,
                AuthPayload, NotifyPayload, DeletePayload, VendorIdPayload, TsPayload, CpPayload,
                EapPayload, SkPayload, SkfPayload, UnknownPayload {

    /** The payload type code on the wire. */
    int typeValue();

    /** Short name for debug output, e.g. {@code SA}, {@code N(COOKIE)}, {@code IDi}. */
    default String describe() {
        return PayloadType.of(typeValue()).map(PayloadType::shortName).orElse("UNKNOWN(" + typeValue() + ")");
    }

    /**
     * The name Cisco IOS uses in {@code debug crypto ikev2} "Payload contents:" lines, e.g.
     * {@code N} for a nonce, {@code VID}, {@code NOTIFY(INITIAL_CONTACT)}, {@code ENCR}.
     */
    default String iosName() {
        return PayloadType.of(typeValue()).map(PayloadType::iosName).orElse("UNKNOWN");
    }
}
