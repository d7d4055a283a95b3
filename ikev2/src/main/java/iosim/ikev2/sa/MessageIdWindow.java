package iosim.ikev2.sa;

import java.util.List;

/**
 * Message IDs of one IKE SA with a window of one in each direction (RFC 7296 2.3): the next
 * ID for our requests, and the next ID expected from the peer's requests together with the
 * encoded response to the last one, so that a retransmitted request is answered with
 * exactly the same bytes.
 */
public final class MessageIdWindow {
    /** Verdict on an incoming request's message ID. */
    public enum RequestCheck { NEW, RETRANSMIT, OUT_OF_WINDOW }

    private long nextRequestId;
    private long expectedPeerRequestId;
    private long lastResponseId = -1;
    private List<byte[]> lastResponse = List.of();

    /** ID to put in our next request; call {@link #requestCompleted()} once it is answered. */
    public long nextRequestId() {
        return nextRequestId;
    }

    public void requestCompleted() {
        nextRequestId++;
    }

    /** The ID the next peer request must carry. */
    public long expectedPeerRequestId() {
        return expectedPeerRequestId;
    }

    public RequestCheck checkPeerRequest(long messageId) {
        if (messageId == expectedPeerRequestId) {
            return RequestCheck.NEW;
        }
        if (messageId == lastResponseId && !lastResponse.isEmpty()) {
            return RequestCheck.RETRANSMIT;
        }
        return RequestCheck.OUT_OF_WINDOW;
    }

    /** Records our response to the peer's current request and opens the window for the next. */
    public void responded(long messageId, List<byte[]> encodedResponse) {
        lastResponseId = messageId;
        lastResponse = List.copyOf(encodedResponse);
        expectedPeerRequestId = messageId + 1;
    }

    public List<byte[]> cachedResponse() {
        return lastResponse;
    }

    /** Starts counting from given values (after IKE_SA_INIT, or for a rekeyed SA from 0). */
    public void reset(long nextRequest, long expectedPeerRequest) {
        nextRequestId = nextRequest;
        expectedPeerRequestId = expectedPeerRequest;
        lastResponseId = -1;
        lastResponse = List.of();
    }
}
