package iosim.shell.controller;

import iosim.ospf.InterfaceState;
import iosim.ospf.NeighborState;
import iosim.ospf.NetworkType;
import iosim.ospf.Snapshots;
import iosim.ospf.packet.Addr;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code show ip ospf ...} and the OSPF part of {@code show ip protocols}, rendered from snapshots. */
final class OspfText {
    private OspfText() {}

    static String hms(long millis) {
        long s = Math.max(0, millis) / 1000;
        return String.format(Locale.ROOT, "%02d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }

    /** IOS's up-time form: 00:12:34 below a day, then 1d02h. */
    static String age(long millis) {
        long s = Math.max(0, millis) / 1000;
        if (s < 86400) {
            return hms(millis);
        }
        return (s / 86400) + "d" + String.format(Locale.ROOT, "%02d", (s / 3600) % 24) + "h";
    }

    private static String area(int a) {
        return Integer.toUnsignedString(a);
    }

    // ---- show ip ospf ------------------------------------------------------------------------

    static String process(List<OspfRuntime.View> views) {
        StringBuilder sb = new StringBuilder();
        for (OspfRuntime.View v : views) {
            Snapshots.Process p = v.process();
            sb.append(" Routing Process \"ospf ").append(p.processId()).append("\" with ID ")
                    .append(Addr.format(p.routerId())).append('\n');
            sb.append(" Start time: ").append(hms(0)).append(", Time elapsed: ").append(age(p.upMillis())).append('\n');
            sb.append(" Supports only single TOS(TOS0) routes\n");
            sb.append(" Supports opaque LSA\n");
            if (p.abr() && p.asbr()) {
                sb.append(" It is an area border and autonomous system boundary router\n");
            } else if (p.abr()) {
                sb.append(" It is an area border router\n");
            } else if (p.asbr()) {
                sb.append(" It is an autonomous system boundary router\n");
            }
            if (p.asbr()) {
                sb.append(" Redistributing External Routes from,\n");
                if (v.intent().statics() != null) {
                    sb.append("    static").append(v.intent().statics().subnets() ? ", includes subnets in redistribution" : "")
                            .append('\n');
                }
                if (v.intent().connected() != null) {
                    sb.append("    connected").append(v.intent().connected().subnets()
                            ? ", includes subnets in redistribution" : "").append('\n');
                }
            }
            sb.append(" Router is not originating router-LSAs with maximum metric\n");
            sb.append(" Initial SPF schedule delay ").append(p.spfStart()).append(" msecs\n");
            sb.append(" Minimum hold time between two consecutive SPFs ").append(p.spfHold()).append(" msecs\n");
            sb.append(" Maximum wait time between two consecutive SPFs ").append(p.spfMax()).append(" msecs\n");
            sb.append(" Incremental-SPF disabled\n");
            sb.append(" Minimum LSA interval 5 secs\n");
            sb.append(" Minimum LSA arrival 1000 msecs\n");
            sb.append(" LSA group pacing timer 240 secs\n");
            sb.append(" Interface flood pacing timer 33 msecs\n");
            sb.append(" Retransmission pacing timer 66 msecs\n");
            sb.append(String.format(Locale.ROOT, " Number of external LSA %d. Checksum Sum 0x%06X%n", p.externalCount(),
                    p.externalChecksumSum() & 0xffffff));
            sb.append(" Number of opaque AS LSA 0. Checksum Sum 0x000000\n");
            sb.append(" Number of DCbitless external and opaque AS LSA 0\n");
            sb.append(" Number of DoNotAge external and opaque AS LSA 0\n");
            int stub = 0;
            for (Snapshots.Area a : p.areas()) {
                stub += a.stub() ? 1 : 0;
            }
            sb.append(" Number of areas in this router is ").append(p.areas().size()).append(". ")
                    .append(p.areas().size() - stub).append(" normal ").append(stub).append(" stub 0 nssa\n");
            sb.append(" Number of areas transit capable is 0\n");
            sb.append(" External flood list length 0\n");
            sb.append(" IETF NSF helper support enabled\n");
            sb.append(" Cisco NSF helper support enabled\n");
            sb.append(" Reference bandwidth unit is ").append(v.intent().referenceBandwidthMbps()).append(" mbps\n");
            for (Snapshots.Area a : p.areas()) {
                sb.append(a.area() == 0 ? "    Area BACKBONE(0)\n" : "    Area " + area(a.area()) + "\n");
                int loops = (int) v.interfaces().stream()
                        .filter(i -> i.area() == a.area() && i.networkType() == NetworkType.LOOPBACK).count();
                sb.append("        Number of interfaces in this area is ").append(a.interfaces())
                        .append(loops > 0 ? " (" + loops + " loopback)" : "").append('\n');
                if (a.totallyStub()) {
                    sb.append("        It is a stub area, no summary LSA in this area\n");
                } else if (a.stub()) {
                    sb.append("        It is a stub area\n");
                }
                boolean md5 = v.interfaces().stream().anyMatch(i -> i.area() == a.area() && i.authType().equals("MD5"));
                sb.append(md5 ? "        Area has message digest authentication\n" : "        Area has no authentication\n");
                sb.append("        SPF algorithm last executed ").append(p.lastSpfAgoMillis() < 0 ? "never"
                        : hms(p.lastSpfAgoMillis()) + "." + String.format(Locale.ROOT, "%03d", p.lastSpfAgoMillis() % 1000)
                        + " ago").append('\n');
                sb.append("        SPF algorithm executed ").append(a.spfRuns()).append(" times\n");
                sb.append("        Area ranges are\n");
                sb.append(String.format(Locale.ROOT, "        Number of LSA %d. Checksum Sum 0x%06X%n", a.lsaCount(),
                        a.lsaChecksumSum() & 0xffffff));
                sb.append("        Number of opaque link LSA 0. Checksum Sum 0x000000\n");
                sb.append("        Number of DCbitless LSA 0\n");
                sb.append("        Number of indication LSA 0\n");
                sb.append("        Number of DoNotAge LSA 0\n");
                sb.append("        Flood list length 0\n");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    // ---- show ip ospf neighbor -----------------------------------------------------------------

    private static String role(Snapshots.Neighbor n, List<Snapshots.Interface> ifs) {
        for (Snapshots.Interface i : ifs) {
            if (i.ifName().equals(n.ifName())) {
                if (i.networkType() != NetworkType.BROADCAST) {
                    return "  -";
                }
                if (n.address() == i.dr()) {
                    return "DR";
                }
                if (n.address() == i.bdr()) {
                    return "BDR";
                }
                return "DROTHER";
            }
        }
        return "  -";
    }

    static String neighbors(List<OspfRuntime.View> views, boolean detail) {
        StringBuilder sb = new StringBuilder();
        if (!detail) {
            sb.append('\n').append("Neighbor ID     Pri   State           Dead Time   Address         Interface\n");
        }
        for (OspfRuntime.View v : views) {
            for (Snapshots.Neighbor n : v.neighbors()) {
                if (n.state() == NeighborState.DOWN) {
                    continue;
                }
                String role = role(n, v.interfaces());
                String state = OspfEventText.state(n.state()) + "/" + role;
                if (!detail) {
                    // IOS shows priority 0 for neighbours on networks without a DR
                    sb.append(String.format(Locale.ROOT, "%-15s %3d   %-15s %-11s %-15s %s%n", Addr.format(n.routerId()),
                            role.equals("  -") ? 0 : n.priority(), state, hms(n.deadInMillis()), Addr.format(n.address()), n.ifName()));
                    continue;
                }
                sb.append(" Neighbor ").append(Addr.format(n.routerId())).append(", interface address ")
                        .append(Addr.format(n.address())).append('\n');
                sb.append("    In the area ").append(area(n.area())).append(" via interface ").append(n.ifName()).append('\n');
                sb.append("    Neighbor priority is ").append(n.priority()).append(", State is ")
                        .append(OspfEventText.state(n.state())).append(", ").append(n.stateChanges())
                        .append(" state changes\n");
                sb.append("    DR is ").append(Addr.format(n.dr())).append(" BDR is ").append(Addr.format(n.bdr()))
                        .append('\n');
                sb.append(String.format(Locale.ROOT, "    Options is 0x%02X%n", n.options()));
                sb.append("    Dead timer due in ").append(hms(n.deadInMillis())).append('\n');
                if (n.state() == NeighborState.FULL) {
                    sb.append("    Neighbor is up for ").append(age(n.upMillis())).append('\n');
                }
                sb.append("    Index 1/1/1, retransmission queue length ").append(n.retransmitCount())
                        .append(", number of retransmission 0\n");
                sb.append("    First 0x0(0)/0x0(0)/0x0(0) Next 0x0(0)/0x0(0)/0x0(0)\n");
                sb.append("    Last retransmission scan length is 0, maximum is 0\n");
                sb.append("    Last retransmission scan time is 0 msec, maximum is 0 msec\n");
            }
        }
        return sb.toString();
    }

    // ---- show ip ospf interface ---------------------------------------------------------------

    private static String stateWord(Snapshots.Interface i) {
        return switch (i.state()) {
            case DOWN -> "DOWN";
            case LOOPBACK -> "LOOP";
            case WAITING -> "WAIT";
            case POINT_TO_POINT -> "P2P";
            case DR_OTHER -> "DROTH";
            case BACKUP -> "BDR";
            case DR -> "DR";
        };
    }

    static String interfacesBrief(List<OspfRuntime.View> views) {
        StringBuilder sb = new StringBuilder("Interface    PID   Area            IP Address/Mask    Cost  State Nbrs F/C\n");
        for (OspfRuntime.View v : views) {
            for (Snapshots.Interface i : v.interfaces()) {
                sb.append(String.format(Locale.ROOT, "%-12s %-6d %-15s %-18s%-5d %-5s %d/%d%n",
                        InterfaceNames.shortName(i.ifName()), v.process().processId(), areaText(v, i),
                        Addr.format(i.address()) + "/" + i.prefixLength(), i.cost(), stateWord(i), i.adjacent(),
                        i.neighbors()));
            }
        }
        return sb.toString();
    }

    private static String areaText(OspfRuntime.View v, Snapshots.Interface i) {
        for (OspfIntent.Iface w : v.intent().interfaces()) {
            if (w.name().equals(i.ifName())) {
                return w.areaText();
            }
        }
        return area(i.area());
    }

    static String interfaces(List<OspfRuntime.View> views, String only,
                             java.util.function.Function<String, String> lineStatus) {
        StringBuilder sb = new StringBuilder();
        for (OspfRuntime.View v : views) {
            for (Snapshots.Interface i : v.interfaces()) {
                if (only != null && !only.equals(i.ifName())) {
                    continue;
                }
                boolean viaCommand = v.intent().interfaces().stream()
                        .anyMatch(w -> w.name().equals(i.ifName()) && w.viaInterfaceCommand());
                sb.append(i.ifName()).append(" is ").append(lineStatus.apply(i.ifName())).append(" \n");
                sb.append("  Internet Address ").append(Addr.format(i.address())).append('/').append(i.prefixLength())
                        .append(", Area ").append(areaText(v, i)).append(", Attached via ")
                        .append(viaCommand ? "Interface Enable" : "Network Statement").append('\n');
                String type = switch (i.networkType()) {
                    case BROADCAST -> "BROADCAST";
                    case POINT_TO_POINT -> "POINT_TO_POINT";
                    case POINT_TO_MULTIPOINT -> "POINT_TO_MULTIPOINT";
                    case LOOPBACK -> "LOOPBACK";
                };
                sb.append("  Process ID ").append(v.process().processId()).append(", Router ID ")
                        .append(Addr.format(v.process().routerId())).append(", Network Type ").append(type)
                        .append(", Cost: ").append(i.cost()).append('\n');
                sb.append("  Topology-MTID    Cost    Disabled    Shutdown      Topology Name\n");
                sb.append(String.format(Locale.ROOT, "        0           %-5d     no          no            Base%n", i.cost()));
                if (i.networkType() == NetworkType.LOOPBACK) {
                    sb.append("  Loopback interface is treated as a stub Host\n");
                    continue;
                }
                if (i.state() == InterfaceState.DOWN) {
                    sb.append("  Transmit Delay is ").append(i.transmitDelay()).append(" sec, State DOWN, Priority ")
                            .append(i.priority()).append('\n');
                } else if (i.networkType() == NetworkType.BROADCAST) {
                    sb.append("  Transmit Delay is ").append(i.transmitDelay()).append(" sec, State ")
                            .append(i.state() == InterfaceState.DR_OTHER ? "DROTHER" : i.state() == InterfaceState.BACKUP
                                    ? "BDR" : i.state().name()).append(", Priority ").append(i.priority()).append('\n');
                    if (i.dr() != 0) {
                        sb.append("  Designated Router (ID) ").append(Addr.format(i.drRouterId()))
                                .append(", Interface address ").append(Addr.format(i.dr())).append('\n');
                    } else {
                        sb.append("  No designated router on this network\n");
                    }
                    if (i.bdr() != 0) {
                        sb.append("  Backup Designated router (ID) ").append(Addr.format(i.bdrRouterId()))
                                .append(", Interface address ").append(Addr.format(i.bdr())).append('\n');
                    } else {
                        sb.append("  No backup designated router on this network\n");
                    }
                } else {
                    sb.append("  Transmit Delay is ").append(i.transmitDelay()).append(" sec, State ")
                            .append(i.networkType() == NetworkType.POINT_TO_MULTIPOINT ? "POINT_TO_MULTIPOINT"
                                    : "POINT_TO_POINT").append('\n');
                }
                sb.append("  Timer intervals configured, Hello ").append(i.helloInterval()).append(", Dead ")
                        .append(i.deadInterval()).append(", Wait ").append(i.deadInterval()).append(", Retransmit ")
                        .append(i.retransmitInterval()).append('\n');
                sb.append("    oob-resync timeout ").append(i.deadInterval()).append('\n');
                if (i.passive()) {
                    sb.append("    No Hellos (Passive interface) \n");
                } else if (i.state() != InterfaceState.DOWN) {
                    sb.append("    Hello due in ").append(hms(i.helloDueMillis())).append('\n');
                }
                sb.append("  Supports Link-local Signaling (LLS)\n");
                sb.append("  Cisco NSF helper support enabled\n");
                sb.append("  IETF NSF helper support enabled\n");
                sb.append("  Index 1/1/1, flood queue length 0\n");
                sb.append("  Next 0x0(0)/0x0(0)/0x0(0)\n");
                sb.append("  Last flood scan length is 0, maximum is 0\n");
                sb.append("  Last flood scan time is 0 msec, maximum is 0 msec\n");
                sb.append("  Neighbor Count is ").append(i.neighbors()).append(", Adjacent neighbor count is ")
                        .append(i.adjacent()).append(" \n");
                for (int rid : i.adjacentIds()) {
                    String what = rid == i.drRouterId() && i.dr() != 0 ? "  (Designated Router)"
                            : rid == i.bdrRouterId() && i.bdr() != 0 ? "  (Backup Designated Router)" : "";
                    sb.append("    Adjacent with neighbor ").append(Addr.format(rid)).append(what).append('\n');
                }
                sb.append("  Suppress hello for 0 neighbor(s)\n");
                if (i.authType().equals("MD5")) {
                    sb.append("  Cryptographic authentication enabled\n");
                    sb.append("    Youngest key id is ").append(i.keyId()).append('\n');
                } else if (i.authType().equals("SIMPLE")) {
                    sb.append("  Simple password authentication enabled\n");
                }
            }
        }
        return sb.toString();
    }

    // ---- show ip ospf database ---------------------------------------------------------------

    static String database(List<OspfRuntime.View> views, String only) {
        StringBuilder sb = new StringBuilder();
        for (OspfRuntime.View v : views) {
            sb.append("\n            OSPF Router with ID (").append(Addr.format(v.process().routerId()))
                    .append(") (Process ID ").append(v.process().processId()).append(")\n");
            List<Snapshots.Lsa> lsas = v.database();
            for (Snapshots.Area a : v.process().areas()) {
                for (int type = 1; type <= 4; type++) {
                    if (only != null && !only.equals(typeWord(type))) {
                        continue;
                    }
                    List<Snapshots.Lsa> of = new ArrayList<>();
                    for (Snapshots.Lsa l : lsas) {
                        if (l.area() == a.area() && l.type() == type) {
                            of.add(l);
                        }
                    }
                    if (of.isEmpty()) {
                        continue;
                    }
                    String title = switch (type) {
                        case 1 -> "Router Link States";
                        case 2 -> "Net Link States";
                        case 3 -> "Summary Net Link States";
                        default -> "Summary ASB Link States";
                    };
                    sb.append("\n\t\t").append(title).append(" (Area ").append(area(a.area())).append(")\n\n");
                    sb.append(type == 1 ? "Link ID         ADV Router      Age         Seq#       Checksum Link count\n"
                            : "Link ID         ADV Router      Age         Seq#       Checksum\n");
                    for (Snapshots.Lsa l : of) {
                        sb.append(row(l)).append(type == 1 ? " " + l.linkCount() : "").append('\n');
                    }
                }
            }
            if (only == null || only.equals("external")) {
                List<Snapshots.Lsa> ext = lsas.stream().filter(l -> l.type() == 5).toList();
                if (!ext.isEmpty()) {
                    sb.append("\n\t\tType-5 AS External Link States\n\n");
                    sb.append("Link ID         ADV Router      Age         Seq#       Checksum Tag\n");
                    for (Snapshots.Lsa l : ext) {
                        int tag = l.body().length >= 16 ? Addr.getInt(l.body(), 12) : 0;
                        sb.append(row(l)).append(' ').append(Integer.toUnsignedString(tag)).append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }

    private static String typeWord(int type) {
        return switch (type) {
            case 1 -> "router";
            case 2 -> "network";
            case 3 -> "summary";
            default -> "asbr-summary";
        };
    }

    private static String row(Snapshots.Lsa l) {
        return String.format(Locale.ROOT, "%-15s %-15s %-11d 0x%08X 0x%06X", Addr.format(l.lsId()), Addr.format(l.advRouter()),
                l.age(), l.seq(), l.checksum());
    }

    // ---- show ip protocols --------------------------------------------------------------------

    static String protocols(List<OspfRuntime.View> views, List<iosim.dataplane.Route> rib) {
        StringBuilder sb = new StringBuilder("*** IP Routing is NSF aware ***\n\n");
        for (OspfRuntime.View v : views) {
            OspfIntent.Process in = v.intent();
            Snapshots.Process p = v.process();
            sb.append("Routing Protocol is \"ospf ").append(p.processId()).append("\"\n");
            sb.append("  Outgoing update filter list for all interfaces is not set\n");
            sb.append("  Incoming update filter list for all interfaces is not set\n");
            sb.append("  Router ID ").append(Addr.format(p.routerId())).append('\n');
            if (p.abr() && p.asbr()) {
                sb.append("  It is an area border and autonomous system boundary router\n");
            } else if (p.abr()) {
                sb.append("  It is an area border router\n");
            } else if (p.asbr()) {
                sb.append("  It is an autonomous system boundary router\n");
            }
            if (in.statics() != null || in.connected() != null) {
                sb.append(" Redistributing External Routes from,\n");
                if (in.connected() != null) {
                    sb.append("    connected").append(in.connected().subnets() ? ", includes subnets in redistribution" : "")
                            .append('\n');
                }
                if (in.statics() != null) {
                    sb.append("    static").append(in.statics().subnets() ? ", includes subnets in redistribution" : "")
                            .append('\n');
                }
            }
            int stub = (int) p.areas().stream().filter(Snapshots.Area::stub).count();
            sb.append("  Number of areas in this router is ").append(p.areas().size()).append(". ")
                    .append(p.areas().size() - stub).append(" normal ").append(stub).append(" stub 0 nssa\n");
            sb.append("  Maximum path: 4\n");
            sb.append("  Routing for Networks:\n");
            for (String n : in.networks()) {
                sb.append("    ").append(n).append('\n');
            }
            java.util.Map<String, List<String>> explicit = new java.util.TreeMap<>();
            for (OspfIntent.Iface w : in.interfaces()) {
                if (w.viaInterfaceCommand()) {
                    explicit.computeIfAbsent(w.areaText(), k -> new ArrayList<>()).add(w.name());
                }
            }
            explicit.forEach((a, names) -> {
                sb.append("  Routing on Interfaces Configured Explicitly (Area ").append(a).append("):\n");
                names.forEach(n -> sb.append("    ").append(n).append('\n'));
            });
            if (!in.passiveNames().isEmpty()) {
                sb.append("  Passive Interface(s):\n");
                in.passiveNames().forEach(n -> sb.append("    ").append(n).append('\n'));
            }
            sb.append("  Routing Information Sources:\n");
            sb.append("    Gateway         Distance      Last Update\n");
            java.util.Map<Integer, Long> sources = new java.util.TreeMap<>(Integer::compareUnsigned);
            long now = System.currentTimeMillis();
            for (Snapshots.Lsa l : v.database()) {
                if (l.type() == 1 && l.advRouter() != p.routerId()) {
                    sources.put(l.advRouter(), now - l.age() * 1000L);
                }
            }
            sources.forEach((rid, t) -> sb.append(String.format(Locale.ROOT, "    %-15s %8d      %s%n", Addr.format(rid),
                    110, hms(now - t))));
            sb.append("  Distance: (default is 110)\n\n");
        }
        return sb.toString();
    }
}
