package iosim.ikev2.sa;

import iosim.ikev2.message.NotifyPayload;
import iosim.ikev2.message.NotifyType;
import iosim.ikev2.message.Payload;
import java.util.List;

/** Our answer to a peer's request: its payloads, and what to do once it is sent (may be null). */
public record Response(List<Payload> payloads, Runnable after) {
    public static Response of(List<Payload> payloads) {
        return new Response(payloads, null);
    }

    public static Response error(NotifyType t) {
        return new Response(List.of(NotifyPayload.of(t)), null);
    }
}
