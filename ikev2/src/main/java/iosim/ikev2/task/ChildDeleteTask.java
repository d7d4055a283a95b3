package iosim.ikev2.task;

import iosim.ikev2.sa.Task;
import iosim.ikev2.sa.TaskManager;
import iosim.ikev2.message.DeletePayload;
import iosim.ikev2.message.ExchangeType;
import iosim.ikev2.message.IkeMessage;
import iosim.ikev2.message.Payload;
import iosim.ikev2.sa.ChildSa;
import iosim.ikev2.sa.ChildSaState;
import java.util.List;

/** INFORMATIONAL { D(ESP, our inbound SPI) }: deletes one Child SA pair (RFC 7296 1.4.1). */
public final class ChildDeleteTask implements Task {
    private final TaskManager tm;
    private final ChildSa child;
    private final String reason;

    public ChildDeleteTask(TaskManager tm, ChildSa child, String reason) {
        this.tm = tm;
        this.child = child;
        this.reason = reason;
    }

    public ChildSa child() {
        return child;
    }

    @Override
    public ExchangeType exchange() {
        return ExchangeType.INFORMATIONAL;
    }

    @Override
    public List<Payload> buildRequest() {
        if (!tm.sa().hasChild(child)) {
            return null;
        }
        child.state = ChildSaState.DELETING;
        child.cancelTimers();
        return List.of(DeletePayload.esp(child.inboundSpi()));
    }

    @Override
    public Outcome processResponse(IkeMessage response) {
        tm.lifecycle().removeChild(child, reason);
        return Outcome.DONE;
    }

    @Override
    public void timedOut() {
        tm.lifecycle().failure(null, false, "no response to Child SA delete: peer dead");
        tm.lifecycle().destroy("peer not responding");
    }

    @Override
    public int priority() {
        return 1;
    }

    @Override
    public String describe() {
        return "delete Child SA " + child.keys.inboundSpiHex();
    }
}
