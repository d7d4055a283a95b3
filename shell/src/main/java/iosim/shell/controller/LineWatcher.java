package iosim.shell.controller;

import iosim.dataplane.InterfaceKind;
import iosim.dataplane.Node;
import iosim.dataplane.NodeInterface;
import iosim.dataplane.TunnelInterface;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The interface state syslog, following the real state as IOS does: {@code %LINK-3-UPDOWN} for
 * the link (an Ethernet that is {@code no shutdown} with nothing attached is down, and says
 * so; its link comes up when a link is attached with carrier), {@code %LINK-5-CHANGED} for
 * {@code shutdown}, and {@code %LINEPROTO-5-UPDOWN} when an Ethernet or loopback interface's
 * or GRE tunnel's line protocol changes (with {@code %TUN-5-RECURDOWN} when a GRE tunnel's
 * destination is routed through itself). A VTI's line protocol is logged by the crypto side, which drives it.
 * Everything runs on the router's loop: {@link #adminChanged} as the dataplane applies the
 * config, {@link #run} about once a second.
 */
final class LineWatcher implements Runnable {
    private final Node node;
    private final Consumer<String> log;
    private final Map<String, Boolean> last = new HashMap<>();
    /** The Ethernet link state last logged, by name (absent or false while shut down). */
    private final Map<String, Boolean> link = new HashMap<>();
    private final Map<String, TunnelInterface.GreState> greStates = new HashMap<>();

    LineWatcher(Node node, Consumer<String> log) {
        this.node = node;
        this.log = log;
    }

    /** {@code shutdown} ({@code up} false) or {@code no shutdown} was applied to {@code ifName}. On the loop. */
    void adminChanged(String ifName, boolean up, boolean virtual) {
        if (!up) {
            link.remove(ifName);
            log.accept("%LINK-5-CHANGED: Interface " + ifName + ", changed state to administratively down");
            return;
        }
        boolean linkUp = true;
        if (!virtual) {
            NodeInterface i = node.iface(ifName);
            linkUp = i != null && i.lineProtocolUp();
            link.put(ifName, linkUp);
        }
        logLink(ifName, linkUp);
    }

    private void logLink(String ifName, boolean up) {
        log.accept("%LINK-3-UPDOWN: Interface " + ifName + ", changed state to " + (up ? "up" : "down"));
    }

    @Override
    public void run() {
        for (NodeInterface i : node.interfaces()) {
            if (i instanceof TunnelInterface t) {
                if (t.gre() == null) {
                    greStates.remove(t.name());
                    continue;
                }
                TunnelInterface.GreState state = t.greState();
                if (greStates.put(t.name(), state) != state && state == TunnelInterface.GreState.RECURSIVE) {
                    log.accept("%TUN-5-RECURDOWN: " + t.name() + " temporarily disabled due to recursive routing");
                }
            }
            if (i.kind() == InterfaceKind.ETHERNET && i.adminUp()) {
                boolean linkUp = i.lineProtocolUp(); // an Ethernet's protocol is its link and carrier
                Boolean logged = link.put(i.name(), linkUp);
                if (logged != null && logged != linkUp) {
                    logLink(i.name(), linkUp);
                }
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
