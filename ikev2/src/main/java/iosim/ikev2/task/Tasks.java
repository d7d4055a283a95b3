package iosim.ikev2.task;

import iosim.ikev2.message.IkeMessage;
import iosim.ikev2.sa.ChildSa;
import iosim.ikev2.sa.Response;
import iosim.ikev2.sa.Task;
import iosim.ikev2.sa.TaskFactory;
import iosim.ikev2.sa.TaskManager;

/** The engine's {@link TaskFactory}: this package's tasks, and the responder side of each exchange. */
public final class Tasks implements TaskFactory {

    @Override
    public Task ikeRekey(TaskManager tm) {
        return new IkeRekeyTask(tm);
    }

    @Override
    public Task ikeDelete(TaskManager tm, String reason) {
        return new IkeDeleteTask(tm, reason);
    }

    @Override
    public Task childRekey(TaskManager tm, ChildSa child) {
        return ChildCreateTask.rekey(tm, child);
    }

    @Override
    public Task childDelete(TaskManager tm, ChildSa child, String reason) {
        return new ChildDeleteTask(tm, child, reason);
    }

    @Override
    public Task dpd(TaskManager tm) {
        return new DpdTask(tm);
    }

    @Override
    public Response respond(TaskManager tm, IkeMessage request) {
        return RequestResponder.respond(tm, request);
    }
}
