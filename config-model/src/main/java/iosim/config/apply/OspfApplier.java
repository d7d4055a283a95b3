package iosim.config.apply;

import iosim.config.ConfigSection;
import iosim.config.RunningConfig;
import iosim.config.mode.Mode;
import iosim.config.model.InterfaceConfig;
import iosim.config.model.InterfaceName;
import iosim.config.model.Ipv4;
import iosim.config.model.OspfArea;
import iosim.config.model.OspfDefaultInformation;
import iosim.config.model.OspfInterfaceSettings;
import iosim.config.model.OspfNetwork;
import iosim.config.model.OspfProcessConfig;
import iosim.config.model.OspfRedistribution;
import iosim.grammar.IosParser;

/** {@code router ospf N}, its (config-router) statements and the interface's {@code ip ospf} commands. */
final class OspfApplier extends FeatureApplier {
    static final String RID_NOTE = "% OSPF: Reload or use \"clear ip ospf process\" command, for this to take effect";

    OspfApplier(RunningConfig config, ModeContext context) {
        super(config, context);
    }

    // ---- global config --------------------------------------------------------------------------

    @Override
    public ApplyResult visitRouter_ospf_enter(IosParser.Router_ospf_enterContext ctx) {
        int pid = intNumber(ctx.ospf_process_id(), 1, 65535);
        if (!model.ospfProcesses().containsKey(pid)) {
            model.ospfProcesses().put(pid, new OspfProcessConfig(pid));
            changed(ConfigSection.ROUTING, "ospf " + pid);
        }
        return ApplyResult.enter(Mode.ROUTER_OSPF, ModeContext.of(Integer.toString(pid)));
    }

    @Override
    public ApplyResult visitRouter_ospf_remove(IosParser.Router_ospf_removeContext ctx) {
        int pid = intNumber(ctx.ospf_process_id(), 1, 65535);
        if (model.ospfProcesses().remove(pid) != null) {
            changed(ConfigSection.ROUTING, "ospf " + pid);
        }
        return ApplyResult.stay();
    }

    // ---- (config-router) -------------------------------------------------------------------------

    private OspfProcessConfig process() {
        OspfProcessConfig p = model.ospfProcesses().get(Integer.parseInt(context.name()));
        if (p == null) {
            throw rejected("% OSPF process " + context.name() + " has been removed");
        }
        return p;
    }

    private ApplyResult done(OspfProcessConfig p, String... output) {
        changed(ConfigSection.ROUTING, "ospf " + p.processId());
        return ApplyResult.stay(output);
    }

    static OspfArea area(IosParser.Ospf_areaContext ctx) {
        if (ctx.ospf_area_address() != null) {
            return new OspfArea(ipv4(ctx.ospf_area_address()).unsigned(), true);
        }
        return new OspfArea(number(ctx.ospf_area_number(), 0, 4294967295L), false);
    }

    @Override
    public ApplyResult visitOspf_router_id(IosParser.Ospf_router_idContext ctx) {
        OspfProcessConfig p = process();
        Ipv4 want = no(ctx.neg) ? null : ipv4(ctx.ospf_router_id_value());
        if (want != null && (want.bits() == 0 || want.bits() == -1)) {
            throw invalid(ctx.ospf_router_id_value());
        }
        boolean changes = !java.util.Objects.equals(want, p.routerId());
        boolean running = !p.networks().isEmpty() || config.interfaces().values().stream()
                .anyMatch(i -> Integer.valueOf(p.processId()).equals(i.ospf().processId()));
        p.setRouterId(want);
        return changes && running ? done(p, RID_NOTE) : done(p);
    }

    @Override
    public ApplyResult visitOspf_network(IosParser.Ospf_networkContext ctx) {
        OspfProcessConfig p = process();
        OspfNetwork n = new OspfNetwork(ipv4(ctx.ospf_network_address()), ipv4(ctx.ospf_network_wildcard()),
                area(ctx.ospf_area()));
        if (no(ctx.neg)) {
            p.networks().removeIf(x -> x.address().equals(n.address()) && x.wildcard().equals(n.wildcard()));
            return done(p);
        }
        for (OspfNetwork x : p.networks()) {
            if (x.address().equals(n.address()) && x.wildcard().equals(n.wildcard())) {
                if (!x.area().equals(n.area())) {
                    throw rejected("% OSPF: \"network " + n.address() + " " + n.wildcard() + " area " + x.area()
                            + "\" is already configured");
                }
                return ApplyResult.stay();
            }
        }
        p.networks().add(n);
        return done(p);
    }

    @Override
    public ApplyResult visitOspf_passive(IosParser.Ospf_passiveContext ctx) {
        OspfProcessConfig p = process();
        boolean on = !no(ctx.neg);
        if (ctx.interface_name() == null) {
            p.setPassiveDefault(on);
            p.passive().clear();
            p.notPassive().clear();
            return done(p);
        }
        InterfaceName name = interfaceName(ctx.interface_name());
        if (!model.interfaces().containsKey(name)) {
            throw invalid((org.antlr.v4.runtime.ParserRuleContext) ctx.interface_name().getChild(1));
        }
        if (p.passiveDefault()) {
            if (on) {
                p.notPassive().remove(name);
            } else {
                p.notPassive().add(name);
            }
        } else if (on) {
            p.passive().add(name);
        } else {
            p.passive().remove(name);
        }
        return done(p);
    }

    @Override
    public ApplyResult visitOspf_log_adjacency(IosParser.Ospf_log_adjacencyContext ctx) {
        OspfProcessConfig p = process();
        boolean detail = Tokens.has(ctx, "detail");
        if (no(ctx.neg)) {
            p.setLogAdjacency(detail ? OspfProcessConfig.LogAdjacency.ON : OspfProcessConfig.LogAdjacency.OFF);
        } else {
            p.setLogAdjacency(detail ? OspfProcessConfig.LogAdjacency.DETAIL : OspfProcessConfig.LogAdjacency.ON);
        }
        return done(p);
    }

    @Override
    public ApplyResult visitOspf_default_information(IosParser.Ospf_default_informationContext ctx) {
        OspfProcessConfig p = process();
        if (no(ctx.neg)) {
            p.setDefaultInformation(null);
            return done(p);
        }
        boolean always = false;
        Integer metric = null;
        Integer type = null;
        for (IosParser.Ospf_default_optionContext o : ctx.ospf_default_option()) {
            if (o.ospf_metric() != null) {
                metric = intNumber(o.ospf_metric(), 0, 16777214);
            } else if (o.ospf_metric_type() != null) {
                type = intNumber(o.ospf_metric_type(), 1, 2);
            } else {
                always = true;
            }
        }
        p.setDefaultInformation(new OspfDefaultInformation(always, metric, type));
        return done(p);
    }

    @Override
    public ApplyResult visitOspf_redistribute(IosParser.Ospf_redistributeContext ctx) {
        OspfProcessConfig p = process();
        String source = ctx.ospf_redistribute_source().getText();
        if (no(ctx.neg)) {
            p.redistribute().remove(source);
            return done(p);
        }
        boolean subnets = false;
        Integer metric = null;
        Integer type = null;
        for (IosParser.Ospf_redistribute_optionContext o : ctx.ospf_redistribute_option()) {
            if (o.ospf_metric() != null) {
                metric = intNumber(o.ospf_metric(), 0, 16777214);
            } else if (o.ospf_metric_type() != null) {
                type = intNumber(o.ospf_metric_type(), 1, 2);
            } else {
                subnets = true;
            }
        }
        p.redistribute().put(source, new OspfRedistribution(source, subnets, metric, type));
        return done(p);
    }

    @Override
    public ApplyResult visitOspf_area_stub(IosParser.Ospf_area_stubContext ctx) {
        OspfProcessConfig p = process();
        OspfArea a = area(ctx.ospf_area());
        boolean noSummary = Tokens.has(ctx, "no-summary");
        if (a.id() == 0) {
            throw rejected("% OSPF: Backbone can not be configured as stub area");
        }
        if (no(ctx.neg)) {
            if (noSummary && p.stubAreas().containsKey(a)) {
                p.stubAreas().put(a, false);
            } else {
                p.stubAreas().remove(a);
            }
        } else {
            p.stubAreas().put(a, noSummary);
        }
        return done(p);
    }

    @Override
    public ApplyResult visitOspf_auto_cost(IosParser.Ospf_auto_costContext ctx) {
        OspfProcessConfig p = process();
        if (no(ctx.neg)) {
            p.setReferenceBandwidth(null);
            return done(p);
        }
        p.setReferenceBandwidth(intNumber(ctx.ospf_reference_bandwidth(), 1, 4294967));
        return done(p, "% OSPF: Reference bandwidth is changed.",
                "        Please ensure reference bandwidth is consistent across all routers.");
    }

    @Override
    public ApplyResult visitOspf_timers_spf(IosParser.Ospf_timers_spfContext ctx) {
        OspfProcessConfig p = process();
        if (no(ctx.neg)) {
            p.setSpfThrottle(null);
            return done(p);
        }
        int start = intNumber(ctx.ospf_spf_start(), 1, 600000);
        int hold = intNumber(ctx.ospf_spf_hold(), 1, 600000);
        int max = intNumber(ctx.ospf_spf_max(), 1, 600000);
        p.setSpfThrottle(new int[] {start, hold, Math.max(max, hold)});
        return done(p);
    }

    // ---- interface --------------------------------------------------------------------------------

    private InterfaceConfig currentInterface() {
        InterfaceName name = InterfaceName.parse(context.name()).orElseThrow(() -> rejected("% Interface not found"));
        InterfaceConfig ifc = model.interfaces().get(name);
        if (ifc == null) {
            throw rejected("% Interface " + name + " has been removed");
        }
        return ifc;
    }

    @Override
    public ApplyResult visitIf_ip_ospf(IosParser.If_ip_ospfContext ctx) {
        InterfaceConfig ifc = currentInterface();
        OspfInterfaceSettings o = ifc.ospf();
        if (ctx.ospf_if_setting() != null) {
            set(o, ctx.ospf_if_setting());
        } else {
            unset(o, ctx.ospf_if_unset());
        }
        changed(ConfigSection.INTERFACE, ifc.name().toString());
        return ApplyResult.stay();
    }

    private static void set(OspfInterfaceSettings o, IosParser.Ospf_if_settingContext s) {
        if (s.ospf_if_process_id() != null) {
            int pid = intNumber(s.ospf_if_process_id(), 1, 65535);
            o.setProcessArea(pid, area(s.ospf_area()));
        } else if (s.ospf_if_cost() != null) {
            o.setCost(intNumber(s.ospf_if_cost(), 1, 65535));
        } else if (s.ospf_if_hello() != null) {
            o.setHelloInterval(intNumber(s.ospf_if_hello(), 1, 65535));
        } else if (s.ospf_if_dead() != null) {
            o.setDeadInterval(intNumber(s.ospf_if_dead(), 1, 65535));
        } else if (s.ospf_if_priority() != null) {
            o.setPriority(intNumber(s.ospf_if_priority(), 0, 255));
        } else if (s.ospf_if_network_type() != null) {
            o.setNetwork(OspfInterfaceSettings.Network.valueOf(
                    s.ospf_if_network_type().getText().toUpperCase(java.util.Locale.ROOT).replace('-', '_')));
        } else if (s.ospf_if_key_id() != null) {
            o.md5Keys().put(intNumber(s.ospf_if_key_id(), 1, 255), Tokens.text(s.ospf_if_md5_key()));
        } else if (s.ospf_if_simple_key() != null) {
            o.setAuthenticationKey(Tokens.text(s.ospf_if_simple_key()));
        } else if (Tokens.has(s, "authentication")) {
            IosParser.Ospf_if_auth_kindContext k = s.ospf_if_auth_kind();
            o.setAuthentication(k == null ? OspfInterfaceSettings.Authentication.SIMPLE
                    : k.getText().equals("null") ? OspfInterfaceSettings.Authentication.NULL
                    : OspfInterfaceSettings.Authentication.MESSAGE_DIGEST);
        } else {
            o.setMtuIgnore(true);
        }
    }

    private static void unset(OspfInterfaceSettings o, IosParser.Ospf_if_unsetContext s) {
        if (s.ospf_if_process_id() != null) {
            o.setProcessArea(null, null);
        } else if (Tokens.has(s, "cost")) {
            o.setCost(null);
        } else if (Tokens.has(s, "hello-interval")) {
            o.setHelloInterval(null);
        } else if (Tokens.has(s, "dead-interval")) {
            o.setDeadInterval(null);
        } else if (Tokens.has(s, "priority")) {
            o.setPriority(null);
        } else if (Tokens.has(s, "network")) {
            o.setNetwork(null);
        } else if (s.ospf_if_key_id() != null) {
            o.md5Keys().remove(intNumber(s.ospf_if_key_id(), 1, 255));
        } else if (Tokens.has(s, "authentication-key")) {
            o.setAuthenticationKey(null);
        } else if (Tokens.has(s, "authentication")) {
            o.setAuthentication(null);
        } else {
            o.setMtuIgnore(false);
        }
    }
}
