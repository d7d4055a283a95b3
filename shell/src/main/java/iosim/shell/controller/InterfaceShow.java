package iosim.shell.controller;

import iosim.config.RunningConfig;
import iosim.config.model.InterfaceConfig;
import iosim.config.model.InterfaceName;
import iosim.config.model.TunnelMode;
import iosim.config.model.TunnelSource;
import iosim.dataplane.InterfaceStatus;
import iosim.dataplane.packet.Ipv4Address;
import iosim.shell.cli.LiveExec;
import iosim.shell.controller.show.InterfacesText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code show interfaces}, the live columns of {@code show ip interface brief} and
 * {@code clear counters}: the dataplane's interface status and counters and the
 * {@link InterfaceLoad} figures, taken together on the router's loop, joined with the
 * running-config's descriptions and tunnel settings.
 */
final class InterfaceShow {
    private final RouterRuntime rt;
    private final InterfaceLoad load;

    InterfaceShow(RouterRuntime rt, InterfaceLoad load) {
        this.rt = rt;
        this.load = load;
    }

    private record Taken(InterfaceStatus status, InterfaceLoad.Figures figures, long now) {}

    private List<Taken> take() {
        return rt.onLoop(() -> {
            load.run(); // a fresh sample: last input/output as of now
            List<Taken> out = new ArrayList<>();
            long now = load.now();
            for (InterfaceStatus s : rt.node().interfaceStatus().join()) {
                out.add(new Taken(s, load.of(s.name()), now));
            }
            return out;
        });
    }

    /** {@code show interfaces [only]}. */
    String show(String only) {
        RunningConfig c = rt.config();
        List<InterfacesText.Row> rows = new ArrayList<>();
        for (Taken t : take()) {
            InterfaceConfig ic = InterfaceName.parse(t.status().name()).map(c::iface).orElse(null);
            rows.add(new InterfacesText.Row(t.status(), ic == null ? null : ic.description(), load(t),
                    tunnel(c, ic)));
        }
        return InterfacesText.render(rows, only, rt.config().platform());
    }

    /** {@code show interfaces summary}'s rows: drops and 5-minute rates per interface. */
    List<LiveExec.SummaryRow> summary() {
        List<LiveExec.SummaryRow> out = new ArrayList<>();
        for (Taken t : take()) {
            iosim.dataplane.InterfaceCounters.Snapshot c = t.status().counters();
            InterfacesText.Load l = load(t);
            out.add(new LiveExec.SummaryRow(t.status().name(),
                    t.status().adminUp() && t.status().lineProtocolUp(), c.inputDrops(),
                    c.outputDrops(), l.inBitsPerSec(), l.inPacketsPerSec(), l.outBitsPerSec(), l.outPacketsPerSec()));
        }
        return out;
    }

    /** Status and Protocol per interface name, as {@code show ip interface brief} prints them. */
    Map<String, LiveExec.LineState> lineStates() {
        Map<String, LiveExec.LineState> out = new LinkedHashMap<>();
        for (Taken t : take()) {
            out.put(t.status().name(), new LiveExec.LineState(InterfacesText.status(t.status()), t.status().protocolText()));
        }
        return out;
    }

    /** {@code clear counters [IF]}: false when there is no such interface. */
    boolean clear(String ifNameOrNull) {
        return rt.onLoop(() -> {
            boolean found = false;
            for (iosim.dataplane.NodeInterface i : rt.node().interfaces()) {
                if (ifNameOrNull == null || i.name().equals(ifNameOrNull)) {
                    rt.node().clearCounters(i.name());
                    load.cleared(i.name());
                    found = true;
                }
            }
            return found;
        });
    }

    private static InterfacesText.Load load(Taken t) {
        InterfaceLoad.Figures f = t.figures();
        return new InterfacesText.Load(Math.round(f.inBitsPerSec()), Math.round(f.inPacketsPerSec()),
                Math.round(f.outBitsPerSec()), Math.round(f.outPacketsPerSec()), ago(f.lastInputMillis(), t.now()),
                ago(f.lastOutputMillis(), t.now()), ago(f.lastClearedMillis(), t.now()));
    }

    private static String ago(long at, long now) {
        return InterfacesText.elapsed(at < 0 ? -1 : Math.max(0, now - at));
    }

    private InterfacesText.Tunnel tunnel(RunningConfig c, InterfaceConfig ic) {
        if (ic == null || !ic.name().toString().startsWith("Tunnel")) {
            return null;
        }
        String source = null;
        TunnelSource ts = ic.tunnelSource();
        if (ts != null && ts.iface() != null) {
            iosim.dataplane.NodeInterface src = rt.node().iface(ts.iface().toString());
            source = src != null && src.hasAddress()
                    ? Ipv4Address.format(src.address()) + " (" + ts.iface() + ")"
                    : "UNKNOWN (" + ts.iface() + ")";
        } else if (ts != null) {
            source = ts.address().toString();
        }
        String dest = ic.tunnelDestination() == null ? null : ic.tunnelDestination().toString();
        InterfacesText.Gre gre = null;
        if (ic.tunnelMode() == TunnelMode.GRE_IP
                && rt.node().iface(ic.name().toString()) instanceof iosim.dataplane.TunnelInterface t) {
            gre = new InterfacesText.Gre(ic.tunnelKey(), ic.tunnelChecksum(),
                    ic.keepalivePeriod() == null ? 0 : ic.keepalivePeriod(),
                    ic.keepaliveRetries() == null ? 0 : ic.keepaliveRetries(), greDownReason(t.greState()));
        }
        return new InterfacesText.Tunnel(source, dest, ic.tunnelMode() == TunnelMode.IPSEC_IPV4, ic.tunnelProtection(),
                gre);
    }

    /** The linestate evaluation's reason for a GRE tunnel that is down (null when up or shut down). */
    static String greDownReason(iosim.dataplane.TunnelInterface.GreState s) {
        return switch (s) {
            case UP, ADMIN_DOWN -> null;
            case NO_SOURCE -> "no source";
            case SOURCE_DOWN -> "tunnel source down";
            case NO_DESTINATION -> "no destination";
            case NO_ROUTE -> "no route to tunnel destination";
            case RECURSIVE -> "recursive routing";
            case KEEPALIVE -> "keepalive down";
        };
    }
}
