package iosim.shell.controller;

import iosim.dataplane.InterfaceKind;
import iosim.dataplane.Node;
import iosim.dataplane.NodeInterface;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Logs {@code %LINEPROTO-5-UPDOWN} when an Ethernet or loopback interface's line protocol
 * changes (a link attached or gone, {@code shutdown}/{@code no shutdown}). Tunnel line protocol
 * is logged by the crypto side, which drives it. Runs on the loop, about once a second.
 */
final class LineWatcher implements Runnable {
    private final Node node;
    private final Consumer<String> log;
    private final Map<String, Boolean> last = new HashMap<>();

    LineWatcher(Node node, Consumer<String> log) {
        this.node = node;
        this.log = log;
    }

    @Override
    public void run() {
        for (NodeInterface i : node.interfaces()) {
            if (i.kind() == InterfaceKind.TUNNEL) {
                continue;
            }
            boolean up = i.lineProtocolUp() && i.adminUp();
            Boolean before = last.put(i.name(), up);
            if ((before == null && up) || (before != null && before != up)) {
                log.accept("%LINEPROTO-5-UPDOWN: Line protocol on Interface " + i.name() + ", changed state to "
                        + (up ? "up" : "down"));
            }
        }
    }
}
