package iosim.config.apply;

import iosim.config.ConfigSection;
import iosim.config.RunningConfig;
import iosim.config.mode.Mode;
import iosim.config.model.AccessList;
import iosim.config.model.AclRule;
import iosim.config.model.InterfaceName;
import iosim.config.model.Ipv4;
import iosim.config.model.NatRule;
import iosim.config.model.StaticRoute;
import iosim.grammar.IosParser;
import java.util.List;
import java.util.stream.Collectors;

/** ip route, ip access-list / access-list, ip nat inside source. */
final class IpApplier extends FeatureApplier {

    IpApplier(RunningConfig config, ModeContext context) {
        super(config, context);
    }

    // ---- routes --------------------------------------------------------------------------------

    @Override
    public ApplyResult visitIp_route(IosParser.Ip_routeContext ctx) {
        Ipv4 prefix = ipv4(ctx.route_prefix());
        Ipv4 mask = ipv4(ctx.route_mask());
        if (!mask.isContiguousMask() || !prefix.and(mask).equals(prefix)) {
            throw rejected("%Inconsistent address and mask");
        }
        IosParser.Route_targetContext t = ctx.route_target();
        InterfaceName iface = t == null || t.interface_name() == null ? null : interfaceName(t.interface_name());
        Ipv4 nextHop = t == null || t.route_next_hop() == null ? null : ipv4(t.route_next_hop());
        Integer distance = ctx.route_distance() == null ? null : intNumber(ctx.route_distance(), 1, 255);
        String name = ctx.route_name_option() == null ? null : Tokens.text(ctx.route_name_option().route_name());
        StaticRoute route = new StaticRoute(prefix, mask, iface, nextHop, distance, name);
        if (no(ctx.neg)) {
            List<StaticRoute> victims = model.routes().stream()
                    .filter(r -> t == null ? r.prefix().equals(prefix) && r.mask().equals(mask) : r.sameTarget(route))
                    .collect(Collectors.toList());
            if (victims.isEmpty()) {
                throw rejected("%No matching route to delete");
            }
            victims.forEach(model.routes()::remove);
        } else {
            model.routes().removeIf(r -> r.sameTarget(route));
            model.routes().add(route);
        }
        changed(ConfigSection.ROUTE, prefix + " " + mask);
        return ApplyResult.stay();
    }

    // ---- access lists --------------------------------------------------------------------------

    @Override
    public ApplyResult visitIp_access_list_enter(IosParser.Ip_access_list_enterContext ctx) {
        boolean extended = "extended".equals(Tokens.keyword(ctx.acl_kind()));
        String name = aclName(ctx.acl_name(), extended);
        AccessList existing = model.accessLists().get(name);
        if (existing != null && existing.extended() != extended) {
            throw rejected("% A named " + (existing.extended() ? "extended" : "standard")
                    + " IP access list with this name already exists");
        }
        if (existing == null) {
            model.accessLists().put(name, new AccessList(name, extended));
            changed(ConfigSection.ACCESS_LIST, name);
        }
        return ApplyResult.enter(extended ? Mode.EXT_NACL : Mode.STD_NACL, ModeContext.of(name));
    }

    @Override
    public ApplyResult visitIp_access_list_remove(IosParser.Ip_access_list_removeContext ctx) {
        String name = Tokens.text(ctx.acl_name());
        if (model.accessLists().remove(name) != null) {
            changed(ConfigSection.ACCESS_LIST, name);
        }
        return ApplyResult.stay();
    }

    /** A list name; a number must lie in the range of its kind. */
    private static String aclName(IosParser.Acl_nameContext ctx, boolean extended) {
        String name = Tokens.text(ctx);
        if (name.chars().allMatch(Character::isDigit)) {
            Boolean kind = name.length() > 5 ? null : AccessList.extendedForNumber(Long.parseLong(name));
            if (kind == null || kind != extended) {
                throw invalid(ctx);
            }
            return String.valueOf(Long.parseLong(name));
        }
        if (Character.isDigit(name.charAt(0))) {
            throw invalid(ctx);
        }
        return name;
    }

    @Override
    public ApplyResult visitNumbered_access_list(IosParser.Numbered_access_listContext ctx) {
        long number = number(ctx.acl_number(), 1, 2699);
        Boolean extended = AccessList.extendedForNumber(number);
        if (extended == null) {
            throw invalid(ctx.acl_number());
        }
        String name = String.valueOf(number);
        if (no(ctx.neg)) {
            if (model.accessLists().remove(name) != null) {
                changed(ConfigSection.ACCESS_LIST, name);
            }
            return ApplyResult.stay();
        }
        AclRule rule;
        if (ctx.acl_remark() != null) {
            rule = AclRuleReader.remark(ctx.acl_remark());
        } else if (ctx.ext_acl_rule() != null) {
            if (!extended) {
                throw invalid((org.antlr.v4.runtime.ParserRuleContext) ctx.ext_acl_rule().getChild(1));
            }
            rule = AclRuleReader.extended(ctx.ext_acl_rule());
        } else {
            if (extended) {
                throw invalid(ctx.std_acl_rule().std_acl_source());
            }
            rule = AclRuleReader.standard(ctx.std_acl_rule());
        }
        AccessList acl = model.accessLists().computeIfAbsent(name, n -> new AccessList(n, extended));
        if (acl.sequenceOf(rule) == null) {
            acl.put(acl.nextSequence(), rule);
        }
        changed(ConfigSection.ACCESS_LIST, name);
        return ApplyResult.stay();
    }

    // ---- NAT -----------------------------------------------------------------------------------

    @Override
    public ApplyResult visitIp_nat_source(IosParser.Ip_nat_sourceContext ctx) {
        String acl = Tokens.text(ctx.nat_acl_name());
        NatRule rule = new NatRule(acl, interfaceName(ctx.interface_name()), ctx.overload != null);
        if (no(ctx.neg)) {
            if (!model.natRules().removeIf(r -> r.accessList().equals(acl))) {
                throw rejected("%Dynamic mapping not found");
            }
        } else {
            model.natRules().removeIf(r -> r.accessList().equals(acl));
            model.natRules().add(rule);
        }
        changed(ConfigSection.NAT, acl);
        return ApplyResult.stay();
    }
}
