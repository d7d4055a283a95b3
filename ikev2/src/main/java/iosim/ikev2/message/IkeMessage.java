package iosim.ikev2.message;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An IKE message: header and payloads. For a protected message decoded by
 * {@link IkeMessageCodec}, {@code payloads} are the payloads from inside SK{} and
 * {@code encrypted} is true.
 */
public record IkeMessage(IkeHeader header, List<Payload> payloads, boolean encrypted) {

    public IkeMessage {
        payloads = List.copyOf(payloads);
    }

    public IkeMessage(IkeHeader header, List<Payload> payloads) {
        this(header, payloads, false);
    }

    /** e.g. {@code HDR, SA, KE, No, N(NATD_S_IP), N(NATD_D_IP), N(FRAGMENTATION_SUPPORTED)}. */
    public String describe() {
        String inner = payloads.stream().map(Payload::describe).collect(Collectors.joining(", "));
        if (encrypted) {
            return inner.isEmpty() ? "HDR, SK {}" : "HDR, SK {" + inner + "}";
        }
        return inner.isEmpty() ? "HDR" : "HDR, " + inner;
    }

    /**
     * The payload list as IOS prints it after "Payload contents:" in {@code debug crypto ikev2},
     * e.g. {@code SA KE N VID NOTIFY(NAT_DETECTION_SOURCE_IP)}; for a protected message the
     * inner payloads (IOS logs the decrypted contents).
     */
    public String describeIos() {
        return payloads.stream().map(Payload::iosName).collect(Collectors.joining(" "));
    }

    /** All payloads of a record type. */
    public <T extends Payload> List<T> all(Class<T> type) {
        return payloads.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The first payload of a record type. */
    public <T extends Payload> Optional<T> first(Class<T> type) {
        return payloads.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** The first notify of a type. */
    public Optional<NotifyPayload> notify(NotifyType type) {
        return all(NotifyPayload.class).stream().filter(n -> n.is(type)).findFirst();
    }

    public Optional<IdPayload> id(boolean initiator) {
        return all(IdPayload.class).stream().filter(p -> p.initiator() == initiator).findFirst();
    }

    public Optional<TsPayload> ts(boolean initiator) {
        return all(TsPayload.class).stream().filter(p -> p.initiator() == initiator).findFirst();
    }
}
