package iosim.shell.controller.tunnel;

import iosim.dataplane.Node;
import iosim.dataplane.ipsec.IpsecEngine;
import iosim.ike.time.Scheduler;
import java.util.function.Consumer;

/**
 * What every tunnel of a router shares: the dataplane node and its IPsec engine, the keying,
 * the router's conn ids, its scheduler (the router's one clock), syslog, the debug narrative and
 * the on-demand DPD bookkeeping. All used on the router's loop.
 */
record TunnelContext(Node node, IpsecEngine ipsec, Keying keying, ConnIds ids, Scheduler scheduler,
                            Consumer<String> syslog, TunnelDebug debug, OnDemandDpd onDemandDpd) {
}
