package iosim.ikev2.api;

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
    /** RFC 7383: SKF datagrams we sent (first sends and retransmissions). */
    public long fragmentsSent;
    /** Authenticated SKF fragments taken into reassembly. */
    public long fragmentsReceived;
    /** Whole messages rebuilt from fragments. */
    public long messagesReassembled;
    /** Authenticated fragments dropped (wrong message ID, out of range, over the limits). */
    public long fragmentsDropped;
    /** Incomplete messages discarded when their reassembly timed out. */
    public long reassemblyTimeouts;
    /** Datagrams whose processing threw (a bug: caught at the entry point, the datagram dropped). */
    public long internalErrors;

    @Override
    public String toString() {
        return "received=" + received + " sent=" + sent + " malformed=" + malformedDropped + " unknownSpi="
                + unknownSpiDropped + " icvFailed=" + authenticationFailedDropped + " outOfWindow=" + outOfWindowDropped
                + " unexpectedResponse=" + unexpectedResponseDropped + " cachedResponses=" + retransmittedResponses
                + " cookies=" + cookiesSent + " fragmentsSent=" + fragmentsSent + " fragmentsReceived="
                + fragmentsReceived + " reassembled=" + messagesReassembled + " fragmentsDropped=" + fragmentsDropped
                + " reassemblyTimeouts=" + reassemblyTimeouts + " internalErrors=" + internalErrors;
    }
}
