package iosim.shell.controller;

import iosim.ospf.NetworkType;
import iosim.ospf.packet.Auth;
import java.util.List;
import java.util.Set;

/**
 * The OSPF part of the running-config as the router should run it (compiled on the CLI thread,
 * applied on the router's loop together with the live interface state).
 */
record OspfIntent(List<Process> processes) {

    /** One {@code router ospf N}. */
    record Process(int processId, int routerId, LogMode log, List<Iface> interfaces, Set<Integer> stubAreas,
                   Set<Integer> totallyStubAreas, Redistribute connected, Redistribute statics,
                   Redistribute defaultRoute, boolean defaultAlways, int spfStart, int spfHold, int spfMax,
                   int referenceBandwidthMbps, List<String> networks, List<String> passiveNames) {}

    /** One interface running OSPF: null Integer fields take the interface type's default. */
    record Iface(String name, int area, String areaText, Integer cost, Integer hello, Integer dead, int priority,
                 NetworkType networkType, boolean passive, Auth auth, boolean mtuIgnore, boolean viaInterfaceCommand) {}

    /** {@code redistribute X [subnets] [metric N] [metric-type T]} (null = not redistributed). */
    record Redistribute(boolean subnets, int metric, boolean type2) {}

    enum LogMode { OFF, CHANGES, DETAIL }

    static final OspfIntent NONE = new OspfIntent(List.of());
}
