package iosim.ikev2.sa;

import iosim.ikev2.message.ExchangeType;
import iosim.ikev2.message.IkeMessage;
import iosim.ikev2.message.Payload;
import java.util.List;

/**
 * One procedure we initiate (charon's task, initiator side): it builds the payloads of a
 * request and processes the response. The responder side of each exchange is handled by
 * {@link RequestResponder}. A task that needs another exchange afterwards (IKE_SA_INIT then
 * IKE_AUTH, a rekey then its Delete) queues its follow-up through the context.
 */
public interface Task {

    /** What processing the response led to. */
    enum Outcome {
        /** Done; the next queued task may start. */
        DONE,
        /** Send a rebuilt request with the same message ID (COOKIE, INVALID_KE_PAYLOAD). */
        RETRY
    }

    ExchangeType exchange();

    /** Payloads of our request, or null when the task is no longer needed (it is dropped). */
    List<Payload> buildRequest();

    Outcome processResponse(IkeMessage response);

    /** Every retransmission went unanswered. */
    void timedOut();

    /**
     * The peer started {@code c} while this task's request is in flight: true if this task adopts
     * it (resolves the collision itself), false if it does not concern this task.
     */
    default boolean collide(Collision c) {
        return false;
    }

    /** Priority in the queue: lower starts first (deletes before creates). */
    default int priority() {
        return 5;
    }

    /** For events: e.g. "rekey Child SA 0xC1A2B3C4". */
    String describe();
}
