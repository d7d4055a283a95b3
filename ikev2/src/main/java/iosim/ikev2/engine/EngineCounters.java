package iosim.ikev2.engine;

/** Counters of datagrams the engine dropped or answered without SA state changes. */
public final class EngineCounters {
    public long malformedDropped;
    public long unknownSpiDropped;
    public long authenticationFailedDropped;
    public long outOfWindowDropped;
    public long unexpectedResponseDropped;
    public long retransmittedResponses;
    public long cookiesSent;
    public long received;
    public long sent;

    @Override
    public String toString() {
        return "received=" + received + " sent=" + sent + " malformed=" + malformedDropped + " unknownSpi="
                + unknownSpiDropped + " icvFailed=" + authenticationFailedDropped + " outOfWindow=" + outOfWindowDropped
                + " unexpectedResponse=" + unexpectedResponseDropped + " cachedResponses=" + retransmittedResponses
                + " cookies=" + cookiesSent;
    }
}
