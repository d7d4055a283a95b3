package iosim.shell.controller;

import iosim.ospf.NeighborState;
import iosim.ospf.OspfEvent;
import iosim.ospf.packet.Addr;
import iosim.shell.cli.DebugFlags;
import java.util.function.Consumer;

/**
 * OSPF events as IOS prints them: {@code %OSPF-5-ADJCHG} syslog (as {@code log-adjacency-changes
 * [detail]} asks) and the lines of {@code debug ip ospf adj|hello|events}.
 */
final class OspfEventText {
    static final String ADJ = "ospf adj";
    static final String HELLO = "ospf hello";
    static final String EVENTS = "ospf events";

    private final DebugFlags debug;
    private final Consumer<String> out;

    OspfEventText(DebugFlags debug, Consumer<String> out) {
        this.debug = debug;
        this.out = out;
    }

    void log(String line) {
        out.accept(line);
    }

    static String state(NeighborState s) {
        return switch (s) {
            case TWO_WAY -> "2WAY";
            default -> s.name();
        };
    }

    static String reason(OspfEvent.Reason r) {
        return switch (r) {
            case HELLO_RECEIVED -> "Received Hello";
            case TWO_WAY -> "2-Way Received";
            case ONE_WAY -> "1-Way";
            case ADJ_OK -> "AdjOK?";
            case NEGOTIATION_DONE -> "Negotiation Done";
            case EXCHANGE_DONE -> "Exchange Done";
            case LOADING_DONE -> "Loading Done";
            case SEQ_MISMATCH -> "SeqNumberMismatch";
            case BAD_LS_REQ -> "BadLSReq";
            case DEAD_TIMER -> "Neighbor Down: Dead timer expired";
            case INTERFACE_DOWN, PROCESS_CLEARED -> "Neighbor Down: Interface down or detached";
            case KILL_NBR -> "Neighbor Down: Kill neighbor";
        };
    }

    void event(int pid, OspfIntent.LogMode log, OspfEvent e) {
        String p = "OSPF-" + pid + " ";
        if (e instanceof OspfEvent.AdjacencyChange c) {
            boolean major = c.to() == NeighborState.FULL || c.from() == NeighborState.FULL;
            if (log == OspfIntent.LogMode.DETAIL || log == OspfIntent.LogMode.CHANGES && major) {
                out.accept("%OSPF-5-ADJCHG: Process " + pid + ", Nbr " + Addr.format(c.neighbor()) + " on " + c.ifName()
                        + " from " + state(c.from()) + " to " + state(c.to()) + ", " + reason(c.reason()));
            }
            if (debug.isOn(ADJ)) {
                String i = p + "ADJ   " + InterfaceNames.shortName(c.ifName()) + ": ";
                String n = Addr.format(c.neighbor());
                switch (c.to()) {
                    case TWO_WAY -> out.accept(i + "2 Way Communication to " + n + ", state 2WAY");
                    case EXSTART -> out.accept(i + "Nbr " + n + ": Prepare dbase exchange");
                    case EXCHANGE -> out.accept(i + "NBR Negotiation Done with " + n);
                    case LOADING -> out.accept(i + "Exchange Done with " + n);
                    case FULL -> out.accept(i + "Synchronized with " + n + ", state FULL");
                    case DOWN -> out.accept(i + "Neighbor " + n + " is dead, state DOWN");
                    default -> { }
                }
            }
        } else if (e instanceof OspfEvent.HelloSent h) {
            if (debug.isOn(HELLO)) {
                out.accept(p + "HELLO " + InterfaceNames.shortName(h.ifName()) + ": Send hello to "
                        + Addr.format(h.destination()) + " area " + Integer.toUnsignedString(h.area()) + " from "
                        + Addr.format(h.source()));
            }
        } else if (e instanceof OspfEvent.HelloReceived h) {
            if (debug.isOn(HELLO)) {
                out.accept(p + "HELLO " + InterfaceNames.shortName(h.ifName()) + ": Rcv hello from "
                        + Addr.format(h.neighbor()) + " area " + Integer.toUnsignedString(h.area()) + " "
                        + Addr.format(h.source()));
            }
        } else if (e instanceof OspfEvent.Mismatch m) {
            mismatch(p, m);
        } else if (e instanceof OspfEvent.DrElection d) {
            if (debug.isOn(ADJ)) {
                String i = p + "ADJ   " + InterfaceNames.shortName(d.ifName()) + ": ";
                out.accept(i + "DR/BDR election");
                out.accept(i + "Elect BDR " + Addr.format(d.bdr()));
                out.accept(i + "Elect DR " + Addr.format(d.dr()));
                out.accept(i + "DR: " + Addr.format(d.dr()) + " BDR: " + Addr.format(d.bdr()));
            }
        } else if (e instanceof OspfEvent.SpfRun s) {
            if (debug.isOn(EVENTS)) {
                out.accept(p + "EVENT: Running SPF, " + s.routes() + " routes, " + s.durationMicros() / 1000 + " msec");
            }
        } else if (e instanceof OspfEvent.InterfaceStateChange s) {
            if (debug.isOn(EVENTS)) {
                out.accept(p + "EVENT: Interface " + s.ifName() + " going " + (s.to() == iosim.ospf.InterfaceState.DOWN
                        ? "Down" : "Up"));
            }
        }
    }

    private void mismatch(String p, OspfEvent.Mismatch m) {
        String ifs = InterfaceNames.shortName(m.ifName());
        String src = Addr.format(m.source());
        switch (m.what()) {
            case HELLO_INTERVAL, DEAD_INTERVAL, MASK, STUB_FLAG -> {
                if (debug.isOn(HELLO)) {
                    out.accept(p + "HELLO " + ifs + ": Mismatched hello parameters from " + src);
                    if (m.what() == OspfEvent.Kind.STUB_FLAG) {
                        out.accept(p + "HELLO " + ifs + ": Hello from " + src + " with mismatched Stub/Transit area option bit");
                    } else if (m.what() == OspfEvent.Kind.MASK) {
                        out.accept(p + "HELLO " + ifs + ": Mask R " + Addr.format((int) m.theirs()) + " C "
                                + Addr.format((int) m.ours()));
                    } else {
                        boolean hello = m.what() == OspfEvent.Kind.HELLO_INTERVAL;
                        out.accept(p + "HELLO " + ifs + ": " + (hello ? "Hello R " + m.theirs() + " C " + m.ours()
                                : "Dead R " + m.theirs() + " C " + m.ours()));
                    }
                }
            }
            case AUTH_TYPE -> {
                if (debug.isOn(ADJ)) {
                    out.accept(p + "ADJ   " + ifs + ": Rcv pkt from " + src + " : Mismatched Authentication type."
                            + " Input packet specified type " + m.theirs() + ", we use type " + m.ours());
                }
            }
            case AUTH_KEY, AUTH_DIGEST -> {
                if (debug.isOn(ADJ)) {
                    out.accept(p + "ADJ   " + ifs + ": Rcv pkt from " + src + " : Mismatched Authentication Key - "
                            + "Message Digest Key");
                }
            }
            case AREA -> out.accept("%OSPF-4-ERRRCV: Received invalid packet: mismatched area ID from backbone area "
                    + "from " + src + ", " + m.ifName());
            case MTU -> {
                if (debug.isOn(ADJ)) {
                    out.accept(p + "ADJ   " + ifs + ": Nbr " + Addr.format(m.neighbor()) + " has larger interface MTU");
                }
            }
            case DUPLICATE_ROUTER_ID -> out.accept("%OSPF-4-DUP_RTRID_NBR: OSPF detected duplicate router-id "
                    + Addr.format(m.neighbor()) + " from " + src + " on interface " + m.ifName());
            default -> { }
        }
    }
}
