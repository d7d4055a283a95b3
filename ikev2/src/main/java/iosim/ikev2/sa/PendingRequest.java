package iosim.ikev2.sa;

import iosim.ike.time.Retransmitter;

/** Our one outstanding request of an IKE SA: its task, message ID and retransmitter. */
record PendingRequest(Task task, long messageId, Retransmitter retransmitter) {}
