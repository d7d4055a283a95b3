package iosim.ikev2.message;

import java.util.List;

/** Traffic Selector payload TSi/TSr (RFC 7296 3.13). */
public record TsPayload(boolean initiator, List<TrafficSelector> selectors) implements Payload {
    public TsPayload {
        selectors = List.copyOf(selectors);
    }

    @Override
    public int typeValue() {
        return (initiator ? PayloadType.TS_I : PayloadType.TS_R).value();
    }
}
