package iosim.ikev2.engine;

import iosim.ike.time.Retransmitter;
import iosim.ikev2.task.Task;

/** Our one outstanding request of an IKE SA: its task, message ID and retransmitter. */
record PendingRequest(Task task, long messageId, Retransmitter retransmitter) {}
