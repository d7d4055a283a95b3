package iosim.ikev2.api;

import java.net.InetSocketAddress;
import java.util.List;

/**
 * One IKE message as sent or received, for {@code debug crypto ikev2}: exchange, message ID,
 * request or response, SPIs, the payload list (inner payloads of SK included, e.g.
 * {@code [IDi, AUTH, N(INITIAL_CONTACT), SA, TSi, TSr]}), addresses and size.
 */
public record ExchangeInfo(String exchange, long messageId, boolean response, boolean fromInitiator,
                           long initiatorSpi, long responderSpi, List<String> payloads,
                           InetSocketAddress source, InetSocketAddress destination, int octets,
                           int fragments, boolean retransmission) {

    /** strongSwan-like one-liner: {@code IKE_AUTH request 1 [ IDi AUTH SA TSi TSr ]}. */
    public String describe() {
        return exchange + (response ? " response " : " request ") + messageId + " [ " + String.join(" ", payloads)
                + " ] " + source + " -> " + destination + " (" + octets + " bytes"
                + (fragments > 1 ? ", " + fragments + " fragments" : "") + (retransmission ? ", retransmit" : "") + ")";
    }
}
