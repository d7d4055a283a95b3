package iosim.shell.controller;

import iosim.dataplane.Route;
import iosim.dataplane.packet.Ipv4Address;
import iosim.shell.cli.RoutingExec;
import java.util.List;
import java.util.Map;

/** The controller's {@link RoutingExec}: RIB and OSPF snapshots taken on the router's loop, rendered as IOS does. */
final class RoutingShow implements RoutingExec {
    private final RouterRuntime rt;

    RoutingShow(RouterRuntime rt) {
        this.rt = rt;
    }

    private List<Route> rib() {
        return rt.onLoop(() -> rt.node().routesNow());
    }

    private List<OspfRuntime.View> views() {
        return rt.onLoop(() -> rt.ospf().views());
    }

    @Override
    public String showIpRoute(String filter) {
        return RoutingText.routes(rib(), filter);
    }

    @Override
    public String showIpRouteEntry(String address) {
        return RoutingText.entry(rib(), Ipv4Address.parse(address));
    }

    @Override
    public String showIpOspf() {
        return OspfText.process(views());
    }

    @Override
    public String showIpOspfNeighbor(boolean detail) {
        return OspfText.neighbors(views(), detail);
    }

    @Override
    public String showIpOspfInterface(boolean brief, String ifNameOrNull) {
        List<OspfRuntime.View> v = views();
        if (brief) {
            return OspfText.interfacesBrief(v);
        }
        Map<String, iosim.shell.cli.LiveExec.LineState> states = rt.exec().lineStates();
        return OspfText.interfaces(v, ifNameOrNull, name -> {
            iosim.shell.cli.LiveExec.LineState s = states.get(name);
            return s == null ? "up, line protocol is up" : s.status() + ", line protocol is " + s.protocol();
        });
    }

    @Override
    public String showIpOspfDatabase(String typeOrNull) {
        return OspfText.database(views(), typeOrNull);
    }

    @Override
    public String showIpProtocols() {
        return OspfText.protocols(views(), rib());
    }

    @Override
    public void clearIpOspfProcess() {
        rt.onLoop(() -> {
            rt.ospf().clearProcesses();
            return null;
        });
    }

    @Override
    public boolean hasOspf() {
        return !views().isEmpty();
    }
}
