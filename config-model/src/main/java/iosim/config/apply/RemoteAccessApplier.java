package iosim.config.apply;

import iosim.config.ConfigSection;
import iosim.config.RunningConfig;
import iosim.config.mode.Mode;
import iosim.config.model.Ikev2AuthorizationPolicy;
import iosim.config.model.Ipv4;
import iosim.config.model.LocalPool;
import iosim.config.model.RemoteAccessConfig;
import iosim.grammar.IosParser;
import java.util.ArrayList;
import java.util.List;

/**
 * Remote access: {@code aaa authentication login}, {@code aaa authorization network},
 * {@code ip local pool}, {@code crypto ikev2 authorization policy} and its
 * (config-ikev2-profile-author-policy) statements.
 */
final class RemoteAccessApplier extends FeatureApplier {

    RemoteAccessApplier(RunningConfig config, ModeContext context) {
        super(config, context);
    }

    private RemoteAccessConfig ra() {
        return config.remoteAccess();
    }

    private ApplyResult done() {
        changed(ConfigSection.REMOTE_ACCESS, null);
        return ApplyResult.stay();
    }

    @Override
    public ApplyResult visitAaa_authentication_login(IosParser.Aaa_authentication_loginContext ctx) {
        requireNewModel();
        String list = Tokens.text(ctx.aaa_list_name());
        if (no(ctx.neg)) {
            ra().removeAuthenticationLogin(list);
            return done();
        }
        List<String> methods = new ArrayList<>();
        ctx.aaa_login_method().forEach(m -> methods.add(Tokens.keyword(m)));
        ra().setAuthenticationLogin(list, methods);
        return done();
    }

    @Override
    public ApplyResult visitAaa_authorization_network(IosParser.Aaa_authorization_networkContext ctx) {
        requireNewModel();
        String list = Tokens.text(ctx.aaa_list_name());
        if (no(ctx.neg)) {
            ra().removeAuthorizationNetwork(list);
        } else {
            ra().setAuthorizationNetwork(list, Tokens.keyword(ctx.aaa_network_method()));
        }
        return done();
    }

    /** Like IOS, AAA method lists exist only under {@code aaa new-model}. */
    private void requireNewModel() {
        if (!config.system().aaaNewModel()) {
            throw rejected("% AAA: Warning, aaa new-model must be configured first");
        }
    }

    @Override
    public ApplyResult visitIp_local_pool(IosParser.Ip_local_poolContext ctx) {
        String name = Tokens.text(ctx.local_pool_name());
        if (no(ctx.neg)) {
            ra().removePool(name);
            return done();
        }
        Ipv4 low = ipv4(ctx.local_pool_low());
        Ipv4 high = ctx.local_pool_high() == null ? low : ipv4(ctx.local_pool_high());
        if (high.unsigned() < low.unsigned()) {
            throw rejected("%Invalid range " + low + " to " + high);
        }
        if (high.unsigned() - low.unsigned() >= 65536) {
            throw rejected("%Range is too large: " + low + " to " + high);
        }
        ra().putPool(new LocalPool(name, low, high));
        return done();
    }

    @Override
    public ApplyResult visitIkev2_authorization_policy_enter(IosParser.Ikev2_authorization_policy_enterContext ctx) {
        String name = Tokens.text(ctx.authz_policy_name());
        if (no(ctx.neg)) {
            ra().removePolicy(name);
            return done();
        }
        ra().policyOrCreate(name);
        changed(ConfigSection.REMOTE_ACCESS, null);
        return ApplyResult.enter(Mode.IKEV2_AUTHZ_POLICY, ModeContext.of(name));
    }

    private Ikev2AuthorizationPolicy policy() {
        Ikev2AuthorizationPolicy p = ra().policies().get(context.name());
        if (p == null) {
            throw rejected("% IKEv2 authorization policy " + context.name() + " has been removed");
        }
        return p;
    }

    @Override
    public ApplyResult visitAuthz_pool(IosParser.Authz_poolContext ctx) {
        policy().setPool(no(ctx.neg) ? null : Tokens.text(ctx.authz_pool_name()));
        return done();
    }

    @Override
    public ApplyResult visitAuthz_dns(IosParser.Authz_dnsContext ctx) {
        policy().setDns(no(ctx.neg) ? List.of() : servers(ctx.authz_dns_primary(), ctx.authz_dns_secondary()));
        return done();
    }

    @Override
    public ApplyResult visitAuthz_wins(IosParser.Authz_winsContext ctx) {
        policy().setWins(no(ctx.neg) ? List.of() : servers(ctx.authz_wins_primary(), ctx.authz_wins_secondary()));
        return done();
    }

    private static List<Ipv4> servers(org.antlr.v4.runtime.ParserRuleContext a, org.antlr.v4.runtime.ParserRuleContext b) {
        return b == null ? List.of(ipv4(a)) : List.of(ipv4(a), ipv4(b));
    }

    @Override
    public ApplyResult visitAuthz_netmask(IosParser.Authz_netmaskContext ctx) {
        Ipv4 m = no(ctx.neg) ? null : ipv4(ctx.authz_netmask_value());
        if (m != null && !m.isContiguousMask()) {
            throw rejected("% Invalid netmask " + m);
        }
        policy().setNetmask(m);
        return done();
    }

    @Override
    public ApplyResult visitAuthz_route_set(IosParser.Authz_route_setContext ctx) {
        Ikev2AuthorizationPolicy p = policy();
        boolean iface = Tokens.has(ctx, "interface");
        boolean acl = Tokens.has(ctx, "access-list");
        if (no(ctx.neg)) {
            if (iface || !acl) {
                p.setRouteSetInterface(false);
            }
            if (acl || !iface) {
                p.setRouteSetAccessList(null);
            }
        } else if (iface) {
            p.setRouteSetInterface(true);
        } else {
            p.setRouteSetAccessList(Tokens.text(ctx.authz_route_acl()));
        }
        return done();
    }

    @Override
    public ApplyResult visitAuthz_def_domain(IosParser.Authz_def_domainContext ctx) {
        policy().setDefDomain(no(ctx.neg) ? null : Tokens.text(ctx.authz_domain_name()));
        return done();
    }
}
