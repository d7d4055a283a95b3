package iosim.config.apply;

import iosim.config.ConfigSection;
import iosim.config.RunningConfig;
import iosim.config.mode.Mode;
import iosim.config.model.CryptoMap;
import iosim.config.model.CryptoMapEntry;
import iosim.config.model.IpsecPolicySettings;
import iosim.config.model.IpsecProfile;
import iosim.grammar.IosParser;
import java.util.List;

/**
 * The {@code set ...} statements shared by (ipsec-profile) and (config-crypto-map), and the
 * crypto-map-only ones (set peer, match address, reverse-route, description).
 */
final class IpsecSettingsApplier extends FeatureApplier {
    private static final int MAX_TRANSFORM_SETS = 6;
    private final Mode mode;

    IpsecSettingsApplier(RunningConfig config, Mode mode, ModeContext context) {
        super(config, context);
        this.mode = mode;
    }

    private IpsecPolicySettings settings() {
        if (mode == Mode.IPSEC_PROFILE) {
            IpsecProfile p = model.ipsecProfiles().get(context.name());
            if (p == null) {
                throw rejected("% IPsec profile " + context.name() + " has been removed");
            }
            return p.settings();
        }
        return entry().settings();
    }

    private CryptoMapEntry entry() {
        CryptoMap map = (mode == Mode.DYNAMIC_MAP ? model.dynamicMaps() : model.cryptoMaps()).get(context.name());
        CryptoMapEntry e = map == null ? null : map.entry(Integer.parseInt(context.child()));
        if (e == null) {
            throw rejected("% Crypto map " + context.name() + " " + context.child() + " has been removed");
        }
        return e;
    }

    private ApplyResult done() {
        if (mode == Mode.IPSEC_PROFILE) {
            changed(ConfigSection.IPSEC_PROFILE, context.name());
        } else {
            changed(mode == Mode.DYNAMIC_MAP ? ConfigSection.DYNAMIC_MAP : ConfigSection.CRYPTO_MAP, context.name());
        }
        return ApplyResult.stay();
    }

    @Override
    public ApplyResult visitSet_transform_set(IosParser.Set_transform_setContext ctx) {
        IpsecPolicySettings s = settings();
        List<IosParser.Set_transform_set_nameContext> names = ctx.set_transform_set_name();
        if (names.size() > MAX_TRANSFORM_SETS) {
            throw invalid(names.get(MAX_TRANSFORM_SETS));
        }
        List<String> typed = names.stream().map(Tokens::text).toList();
        if (!no(ctx.neg)) {
            s.setTransformSets(typed.stream().distinct().toList());
        } else if (typed.isEmpty()) {
            s.setTransformSets(List.of());
        } else {
            s.setTransformSets(s.transformSets().stream().filter(t -> !typed.contains(t)).toList());
        }
        return done();
    }

    @Override
    public ApplyResult visitSet_ikev2_profile(IosParser.Set_ikev2_profileContext ctx) {
        IpsecPolicySettings s = settings();
        s.setIkev2Profile(no(ctx.neg) ? null : Tokens.text(ctx.set_ikev2_profile_name()));
        return done();
    }

    @Override
    public ApplyResult visitSet_isakmp_profile(IosParser.Set_isakmp_profileContext ctx) {
        IpsecPolicySettings s = settings();
        s.setIsakmpProfile(no(ctx.neg) ? null : Tokens.text(ctx.set_isakmp_profile_name()));
        return done();
    }

    @Override
    public ApplyResult visitSet_pfs(IosParser.Set_pfsContext ctx) {
        IpsecPolicySettings s = settings();
        s.setPfsGroup(no(ctx.neg) ? null : Tokens.keyword(ctx.pfs_group()));
        return done();
    }

    @Override
    public ApplyResult visitSet_sa_lifetime(IosParser.Set_sa_lifetimeContext ctx) {
        IpsecPolicySettings s = settings();
        if (no(ctx.neg)) {
            if (Tokens.has(ctx, "seconds")) {
                s.setLifetimeSeconds(null);
            } else {
                s.setLifetimeKilobytes(null);
                s.setKilobytesDisabled(false);
            }
            return done();
        }
        IosParser.Sa_lifetime_valueContext v = ctx.sa_lifetime_value();
        if (v.sa_lifetime_seconds() != null) {
            s.setLifetimeSeconds(intNumber(v.sa_lifetime_seconds(), 120, 2592000));
        } else if (v.sa_lifetime_kilobytes() != null) {
            long kb = number(v.sa_lifetime_kilobytes(), 2560, 4294967295L);
            s.setLifetimeKilobytes(kb);
            s.setKilobytesDisabled(false);
        } else {
            s.setLifetimeKilobytes(null);
            s.setKilobytesDisabled(true);
        }
        return done();
    }

    // ---- crypto map only ------------------------------------------------------------------------

    @Override
    public ApplyResult visitSet_peer(IosParser.Set_peerContext ctx) {
        CryptoMapEntry e = entry();
        if (no(ctx.neg)) {
            e.removePeer(ipv4(ctx.set_peer_address()));
        } else {
            e.addPeer(ipv4(ctx.set_peer_address()));
        }
        return done();
    }

    @Override
    public ApplyResult visitMap_match_address(IosParser.Map_match_addressContext ctx) {
        CryptoMapEntry e = entry();
        e.setMatchAddress(no(ctx.neg) ? null : Tokens.text(ctx.map_acl_name()));
        return done();
    }

    @Override
    public ApplyResult visitMap_reverse_route(IosParser.Map_reverse_routeContext ctx) {
        CryptoMapEntry e = entry();
        e.setReverseRoute(!no(ctx.neg), ctx.static_ != null);
        return done();
    }

    @Override
    public ApplyResult visitMap_description(IosParser.Map_descriptionContext ctx) {
        CryptoMapEntry e = entry();
        e.setDescription(no(ctx.neg) ? null : Tokens.text(ctx.map_description_text()));
        return done();
    }
}
