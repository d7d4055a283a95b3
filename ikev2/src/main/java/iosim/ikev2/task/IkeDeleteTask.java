package iosim.ikev2.task;

import iosim.ikev2.sa.Task;
import iosim.ikev2.sa.TaskManager;
import iosim.ikev2.message.DeletePayload;
import iosim.ikev2.message.ExchangeType;
import iosim.ikev2.message.IkeMessage;
import iosim.ikev2.message.Payload;
import iosim.ikev2.sa.IkeSaState;
import java.util.List;

/** INFORMATIONAL { D(IKE) }: deletes the IKE SA and with it its Child SAs. */
public final class IkeDeleteTask implements Task {
    private final TaskManager tm;
    private final String reason;

    public IkeDeleteTask(TaskManager tm, String reason) {
        this.tm = tm;
        this.reason = reason;
    }

    @Override
    public ExchangeType exchange() {
        return ExchangeType.INFORMATIONAL;
    }

    @Override
    public List<Payload> buildRequest() {
        if (tm.sa().state() == IkeSaState.DESTROYED) {
            return null;
        }
        tm.sa().setState(IkeSaState.DELETING);
        return List.of(DeletePayload.ike());
    }

    @Override
    public Outcome processResponse(IkeMessage response) {
        tm.lifecycle().destroy(reason);
        return Outcome.DONE;
    }

    @Override
    public void timedOut() {
        tm.lifecycle().destroy(reason + " (peer did not answer the delete)");
    }

    @Override
    public int priority() {
        return 0;
    }

    @Override
    public String describe() {
        return "delete IKE SA";
    }
}
