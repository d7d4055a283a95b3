package iosim.shell.web;

import iosim.dataplane.ipsec.IpsecCounters;
import iosim.dataplane.ipsec.IpsecFlowSnapshot;
import iosim.dataplane.ipsec.IpsecSaSnapshot;
import iosim.dataplane.ipsec.Ipv4Addresses;
import iosim.ikev2.api.IkeSaSnapshot;
import iosim.shell.controller.TunnelProbe;
import iosim.shell.lab.Endpoint;
import iosim.shell.lab.LabHost;
import iosim.shell.lab.LabRouter;
import iosim.shell.lab.LinkSpec;
import iosim.shell.lab.RunningLab;
import iosim.shell.web.LabState.Flow;
import iosim.shell.web.LabState.Iface;
import iosim.shell.web.LabState.IkeSa;
import iosim.shell.web.LabState.Link;
import iosim.shell.web.LabState.Node;
import iosim.shell.web.LabState.RouterView;
import iosim.shell.web.LabState.Topology;
import iosim.shell.web.LabState.Tunnel;
import iosim.shell.web.LabState.TunnelView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Takes a {@link LabState} of a running lab: every router sampled at once on its own loop
 * ({@link TunnelProbe}), hosts read directly, then links and tunnels coloured from what the
 * routers report. A router that does not answer in time keeps its previous view.
 */
final class LabSampler {
    private static final long ANSWER_MILLIS = 2000;

    private final RunningLab lab;
    private Map<String, TunnelProbe.Sample> last = Map.of();

    LabSampler(RunningLab lab) {
        this.lab = lab;
    }

    /** Samples the lab (called from one thread, the monitor's). */
    LabState sample() {
        Map<String, CompletableFuture<TunnelProbe.Sample>> pending = new LinkedHashMap<>();
        for (LabRouter r : lab.routers()) {
            CompletableFuture<TunnelProbe.Sample> f;
            try {
                f = TunnelProbe.sample(r.runtime());
            } catch (RuntimeException e) {
                f = CompletableFuture.failedFuture(e);
            }
            pending.put(r.name(), f);
        }
        try {
            CompletableFuture.allOf(pending.values().toArray(CompletableFuture[]::new))
                    .get(ANSWER_MILLIS, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            // some router did not answer: its previous sample stands
        }
        Map<String, TunnelProbe.Sample> now = new LinkedHashMap<>();
        pending.forEach((name, f) -> {
            TunnelProbe.Sample s = f.isDone() && !f.isCompletedExceptionally() ? f.join() : last.get(name);
            now.put(name, s != null ? s : new TunnelProbe.Sample(List.of(), List.of(), List.of(), List.of()));
        });
        last = now;
        return build(now);
    }

    private LabState build(Map<String, TunnelProbe.Sample> samples) {
        Map<String, Map<String, TunnelProbe.Iface>> ifs = new HashMap<>();
        Map<String, String> owner = new HashMap<>(); // address -> router
        samples.forEach((name, s) -> {
            Map<String, TunnelProbe.Iface> m = new HashMap<>();
            for (TunnelProbe.Iface i : s.interfaces()) {
                m.put(i.name(), i);
                if (i.address() != null) {
                    owner.putIfAbsent(i.address(), name);
                }
            }
            ifs.put(name, m);
        });
        for (LabHost h : lab.hosts()) {
            Map<String, TunnelProbe.Iface> m = new HashMap<>();
            TunnelProbe.interfaces(h.node().interfaces()).forEach(i -> m.put(i.name(), i));
            ifs.put(h.name(), m);
        }

        List<Node> nodes = new ArrayList<>();
        lab.routers().forEach(r -> nodes.add(new Node(r.name(), "router", r.name())));
        lab.hosts().forEach(h -> nodes.add(new Node(h.name(), "host",
                h.name() + "\n" + h.spec().address())));
        List<Link> links = new ArrayList<>();
        Map<String, String> linkStates = new LinkedHashMap<>();
        int n = 0;
        for (LinkSpec l : lab.spec().links()) {
            String id = "L" + n++;
            Endpoint a = l.endpoints().get(0);
            TunnelProbe.Iface ia = iface(ifs, a);
            if (l instanceof LinkSpec.Wire w) {
                TunnelProbe.Iface ib = iface(ifs, w.b());
                links.add(new Link(id, a.node(), ifName(a), addr(ia), w.b().node(), ifName(w.b()), addr(ib)));
                linkStates.put(id, up(ia) && up(ib) ? "up" : "down");
            } else {
                String far = l instanceof LinkSpec.Udp u
                        ? "udp " + u.udp().remoteHost() + ":" + u.udp().remotePort()
                        : "linux " + ((LinkSpec.Attach) l).linuxInterface();
                String farId = "ext:" + far;
                nodes.add(new Node(farId, "external", far));
                links.add(new Link(id, a.node(), ifName(a), addr(ia), farId, null, null));
                linkStates.put(id, up(ia) ? "up" : "down");
            }
        }

        Map<String, RouterView> routers = new LinkedHashMap<>();
        samples.forEach((name, s) -> routers.put(name, view(s, ifs.get(name))));

        // tunnels: one per pair of routers that name each other as IKE peers (or a router and an outside peer)
        Map<String, Tunnel> tunnels = new LinkedHashMap<>();
        Map<String, TunnelView> tunnelStates = new LinkedHashMap<>();
        samples.forEach((name, s) -> {
            for (TunnelProbe.Peer p : s.peers()) {
                String other = owner.get(p.peer());
                String localAddr = local(ifs.get(name), p);
                if (other == null) {
                    other = "peer:" + p.peer();
                    if (nodes.stream().noneMatch(x -> x.id().equals("peer:" + p.peer()))) {
                        nodes.add(new Node("peer:" + p.peer(), "external", "peer " + p.peer()));
                    }
                }
                boolean first = name.compareTo(other) <= 0;
                String a = first ? name : other;
                String b = first ? other : name;
                String id = "T:" + a + "|" + b;
                Tunnel old = tunnels.get(id);
                String aAddr = first ? localAddr : p.peer();
                String bAddr = first ? p.peer() : localAddr;
                if (old == null) {
                    tunnels.put(id, new Tunnel(id, a, aAddr, b, bAddr));
                }
                TunnelView t = tunnelStates.getOrDefault(id, new TunnelView("down", 0, 0, 0, 0));
                String st = best(t.state(), state(s, p.peer()));
                long enc = 0;
                long dec = 0;
                for (IpsecFlowSnapshot f : s.flows()) {
                    if (Ipv4Addresses.format(f.peer()).equals(p.peer())) {
                        enc += f.counters().encaps();
                        dec += f.counters().decaps();
                    }
                }
                tunnelStates.put(id, first ? new TunnelView(st, enc, dec, t.bEncaps(), t.bDecaps())
                        : new TunnelView(st, t.aEncaps(), t.aDecaps(), enc, dec));
            }
        });
        return new LabState(new Topology(lab.spec().name(), nodes, links, List.copyOf(tunnels.values())), routers,
                linkStates, tunnelStates);
    }

    private static String local(Map<String, TunnelProbe.Iface> ifs, TunnelProbe.Peer p) {
        TunnelProbe.Iface i = ifs == null ? null : ifs.get(p.interfaceName());
        return i == null ? null : i.address();
    }

    /** The tunnel's state as one router sees it: an SA to the peer READY with Child SAs is up. */
    private static String state(TunnelProbe.Sample s, String peer) {
        String st = "down";
        for (IkeSaSnapshot sa : s.ike()) {
            if (!sa.remoteAddress().getAddress().getHostAddress().equals(peer)) {
                continue;
            }
            String one = switch (sa.state()) {
                case "ESTABLISHED", "REKEYING" -> sa.children().isEmpty() ? "negotiating" : "up";
                case "CONNECTING" -> "negotiating";
                default -> "down";
            };
            st = best(st, one);
        }
        return st;
    }

    private static String best(String a, String b) {
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(String s) {
        return switch (s) {
            case "up" -> 2;
            case "negotiating" -> 1;
            default -> 0;
        };
    }

    private static RouterView view(TunnelProbe.Sample s, Map<String, TunnelProbe.Iface> ifs) {
        List<Iface> out = new ArrayList<>();
        for (TunnelProbe.Iface i : s.interfaces()) {
            out.add(new Iface(i.name(), addr(i), !i.adminUp() ? "admin-down" : i.lineUp() ? "up" : "down"));
        }
        List<IkeSa> ike = new ArrayList<>();
        for (IkeSaSnapshot sa : s.ike()) {
            ike.add(new IkeSa(sa.localAddress().getAddress().getHostAddress(),
                    sa.remoteAddress().getAddress().getHostAddress(), status(sa.state()),
                    sa.encryption() == null ? null : sa.encryption().name(),
                    sa.group() == null ? null : sa.group().displayName(), sa.children().size()));
        }
        List<Flow> flows = new ArrayList<>();
        for (IpsecFlowSnapshot f : s.flows()) {
            IpsecCounters c = f.counters();
            flows.add(new Flow(f.interfaceName(), Ipv4Addresses.format(f.peer()), f.localIdent().toString(),
                    f.remoteIdent().toString(), c.encaps(), c.decaps(), c.sendErrors() + c.recvErrors(),
                    spi(f.inbound()), spi(f.outbound())));
        }
        return new RouterView(out, ike, flows);
    }

    private static String spi(List<IpsecSaSnapshot> sas) {
        for (IpsecSaSnapshot sa : sas) {
            if (sa.current()) {
                return iosim.shell.controller.tunnel.SpiText.hex8(sa.spi());
            }
        }
        return sas.isEmpty() ? null : iosim.shell.controller.tunnel.SpiText.hex8(sas.get(0).spi());
    }

    private static String status(String engineState) {
        return switch (engineState) {
            case "CONNECTING" -> "IN-NEG";
            case "ESTABLISHED", "REKEYING" -> "READY";
            default -> "DELETE";
        };
    }

    private static TunnelProbe.Iface iface(Map<String, Map<String, TunnelProbe.Iface>> ifs, Endpoint e) {
        Map<String, TunnelProbe.Iface> m = ifs.get(e.node());
        return m == null ? null : m.get(ifName(e));
    }

    private static String ifName(Endpoint e) {
        return e.ifName() == null ? LabHost.IF_NAME : e.ifName();
    }

    private static boolean up(TunnelProbe.Iface i) {
        return i != null && i.adminUp() && i.lineUp();
    }

    private static String addr(TunnelProbe.Iface i) {
        return i == null || i.address() == null ? null : i.address() + "/" + i.prefix();
    }
}
