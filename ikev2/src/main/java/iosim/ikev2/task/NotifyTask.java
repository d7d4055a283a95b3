package iosim.ikev2.task;

import iosim.ikev2.sa.Task;
import iosim.ikev2.sa.TaskManager;
import iosim.ikev2.message.ExchangeType;
import iosim.ikev2.message.IkeMessage;
import iosim.ikev2.message.NotifyPayload;
import iosim.ikev2.message.Payload;
import java.util.List;

/** INFORMATIONAL carrying error notifies to the peer (e.g. INVALID_SPI for an unknown ESP SPI). */
public final class NotifyTask implements Task {
    private final List<NotifyPayload> notifies;
    private final String what;

    public NotifyTask(TaskManager tm, List<NotifyPayload> notifies, String what) {
        this.notifies = List.copyOf(notifies);
        this.what = what;
    }

    @Override
    public ExchangeType exchange() {
        return ExchangeType.INFORMATIONAL;
    }

    @Override
    public List<Payload> buildRequest() {
        return List.copyOf(notifies);
    }

    @Override
    public Outcome processResponse(IkeMessage response) {
        return Outcome.DONE;
    }

    @Override
    public void timedOut() {
        // best effort
    }

    @Override
    public String describe() {
        return what;
    }
}
