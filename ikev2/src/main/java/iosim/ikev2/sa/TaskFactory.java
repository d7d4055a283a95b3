package iosim.ikev2.sa;

import iosim.ikev2.message.IkeMessage;

/**
 * How the SA layer gets tasks without knowing their classes (so {@code sa} does not depend on
 * {@code task}): timers queue the tasks made here (charon's jobs), and the peer's requests are
 * answered by {@link #respond}. The engine supplies the task package's implementation.
 */
public interface TaskFactory {

    Task ikeRekey(TaskManager tm);

    Task ikeDelete(TaskManager tm, String reason);

    Task childRekey(TaskManager tm, ChildSa child);

    Task childDelete(TaskManager tm, ChildSa child, String reason);

    Task dpd(TaskManager tm);

    /** Answers a peer's (authenticated, protected) request on {@code tm}'s SA. */
    Response respond(TaskManager tm, IkeMessage request);
}
