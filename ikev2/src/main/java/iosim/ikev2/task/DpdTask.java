package iosim.ikev2.task;

import iosim.ikev2.sa.Task;
import iosim.ikev2.sa.TaskManager;
import iosim.ikev2.message.ExchangeType;
import iosim.ikev2.message.IkeMessage;
import iosim.ikev2.message.Payload;
import java.util.List;

/** Liveness check: an empty INFORMATIONAL; no answer after the retries means the peer is dead. */
public final class DpdTask implements Task {
    private final TaskManager tm;

    public DpdTask(TaskManager tm) {
        this.tm = tm;
    }

    @Override
    public ExchangeType exchange() {
        return ExchangeType.INFORMATIONAL;
    }

    @Override
    public List<Payload> buildRequest() {
        return List.of();
    }

    @Override
    public Outcome processResponse(IkeMessage response) {
        return Outcome.DONE;
    }

    @Override
    public void timedOut() {
        tm.lifecycle().failure(null, false, "peer " + tm.sa().remote().getAddress().getHostAddress()
                + " did not answer dead peer detection: declared dead");
        tm.lifecycle().destroy("dead peer detected");
    }

    @Override
    public String describe() {
        return "DPD";
    }
}
