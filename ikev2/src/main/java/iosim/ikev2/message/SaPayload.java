package iosim.ikev2.message;

import java.util.List;

/** Security Association payload (RFC 7296 3.3): proposals in preference order. */
public record SaPayload(List<Proposal> proposals) implements Payload {
    public SaPayload {
        proposals = List.copyOf(proposals);
    }

    @Override
    public int typeValue() {
        return PayloadType.SA.value();
    }
}
