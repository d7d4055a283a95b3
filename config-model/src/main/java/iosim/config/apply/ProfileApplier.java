package iosim.config.apply;

import iosim.config.ConfigSection;
import iosim.config.RunningConfig;
import iosim.config.model.IkeIdentity;
import iosim.config.model.Ikev2Profile;
import iosim.config.model.Ipv4;
import iosim.config.model.LocalAddressMatch;
import iosim.config.model.PresharedKey;
import iosim.config.model.TrustpointRef;
import iosim.grammar.IosParser;

/** The (config-ikev2-profile) statements. */
final class ProfileApplier extends FeatureApplier {

    ProfileApplier(RunningConfig config, ModeContext context) {
        super(config, context);
    }

    private Ikev2Profile profile() {
        Ikev2Profile p = model.ikev2Profiles().get(context.name());
        if (p == null) {
            throw rejected("% IKEv2 profile " + context.name() + " has been removed");
        }
        return p;
    }

    private ApplyResult done(Ikev2Profile p) {
        changed(ConfigSection.IKEV2_PROFILE, p.name());
        return ApplyResult.stay();
    }

    @Override
    public ApplyResult visitProfile_match_identity(IosParser.Profile_match_identityContext ctx) {
        Ikev2Profile p = profile();
        IosParser.Remote_identityContext r = ctx.remote_identity();
        String kind = Tokens.keyword(r);
        IkeIdentity id = switch (kind) {
            case "address" -> {
                Ipv4 mask = r.remote_identity_mask() == null ? Ipv4.ALL_ONES : ipv4(r.remote_identity_mask());
                if (!mask.isContiguousMask()) {
                    throw invalid(r.remote_identity_mask());
                }
                yield new IkeIdentity("address", ipv4(r.remote_identity_address()).toString(), mask, false);
            }
            case "fqdn" -> new IkeIdentity("fqdn", Tokens.text(r.remote_identity_fqdn()), null, r.domain != null);
            case "email" -> new IkeIdentity("email", Tokens.text(r.remote_identity_email()), null, r.domain != null);
            case "key-id" -> IkeIdentity.of("key-id", Tokens.text(r.remote_identity_key_id()));
            default -> IkeIdentity.of("any", null);
        };
        if (no(ctx.neg)) {
            p.removeMatchIdentity(id);
        } else {
            p.addMatchIdentity(id);
        }
        return done(p);
    }

    @Override
    public ApplyResult visitProfile_match_address(IosParser.Profile_match_addressContext ctx) {
        Ikev2Profile p = profile();
        LocalAddressMatch m = null;
        if (!no(ctx.neg)) {
            IosParser.Profile_local_matchContext l = ctx.profile_local_match();
            m = l.interface_name() != null ? new LocalAddressMatch(null, interfaceName(l.interface_name()))
                    : new LocalAddressMatch(ipv4(l.profile_local_address()), null);
        }
        p.setMatchAddressLocal(m);
        return done(p);
    }

    @Override
    public ApplyResult visitProfile_identity_local(IosParser.Profile_identity_localContext ctx) {
        Ikev2Profile p = profile();
        IkeIdentity id = null;
        if (!no(ctx.neg)) {
            IosParser.Local_identityContext l = ctx.local_identity();
            String kind = Tokens.keyword(l);
            String value = switch (kind) {
                case "address" -> ipv4(l.local_identity_address()).toString();
                case "fqdn" -> Tokens.text(l.local_identity_fqdn());
                case "email" -> Tokens.text(l.local_identity_email());
                case "key-id" -> Tokens.text(l.local_identity_key_id());
                default -> null;
            };
            id = IkeIdentity.of(kind, value);
        }
        p.setIdentityLocal(id);
        return done(p);
    }

    @Override
    public ApplyResult visitProfile_authentication(IosParser.Profile_authenticationContext ctx) {
        Ikev2Profile p = profile();
        if (no(ctx.neg)) {
            boolean local = Tokens.has(ctx, "local");
            String method = ctx.auth_method() != null ? Tokens.keyword(ctx.auth_method())
                    : Tokens.has(ctx, "eap") ? "eap" : null;
            if (local) {
                p.setAuthenticationLocal(null);
                p.setLocalKey(null);
            } else if (method == null) {
                p.clearAuthenticationRemote();
                p.setRemoteKey(null);
            } else if (method.equals("eap") && ctx.eap_option() != null) {
                if (ctx.eap_option().eap_timeout_seconds() != null || Tokens.has(ctx.eap_option(), "timeout")) {
                    p.setEapTimeout(null);
                } else {
                    p.setEapQueryIdentity(false);
                }
            } else {
                p.removeAuthenticationRemote(method);
                if (method.equals("pre-share")) {
                    p.setRemoteKey(null);
                }
                if (method.equals("eap")) {
                    p.setEapQueryIdentity(false);
                    p.setEapTimeout(null);
                }
            }
        } else if (ctx.auth_local() != null) {
            IosParser.Auth_localContext l = ctx.auth_local();
            PresharedKey key = inlineKey(l.auth_pre_share_key());
            p.setAuthenticationLocal(l.auth_method() != null ? Tokens.keyword(l.auth_method()) : "pre-share");
            p.setLocalKey(key);
        } else {
            IosParser.Auth_remoteContext r = ctx.auth_remote();
            PresharedKey key = inlineKey(r.auth_pre_share_key());
            String method = r.auth_method() != null ? Tokens.keyword(r.auth_method())
                    : r.auth_pre_share_key() != null ? "pre-share" : "eap";
            p.addAuthenticationRemote(method);
            if (method.equals("pre-share")) {
                p.setRemoteKey(key);
            }
            if (r.eap_option() != null) {
                if (r.eap_option().eap_timeout_seconds() != null) {
                    p.setEapTimeout(intNumber(r.eap_option().eap_timeout_seconds(), 45, 120));
                } else {
                    p.setEapQueryIdentity(true);
                }
            }
        }
        return done(p);
    }

    @Override
    public ApplyResult visitProfile_aaa_authentication_eap(IosParser.Profile_aaa_authentication_eapContext ctx) {
        Ikev2Profile p = profile();
        p.setAaaAuthenticationEap(no(ctx.neg) ? null : Tokens.text(ctx.profile_eap_list()));
        return done(p);
    }

    @Override
    public ApplyResult visitProfile_aaa_authorization_group_eap(IosParser.Profile_aaa_authorization_group_eapContext ctx) {
        Ikev2Profile p = profile();
        if (no(ctx.neg)) {
            p.setAaaAuthorizationGroupEap(null, null);
        } else {
            p.setAaaAuthorizationGroupEap(Tokens.text(ctx.profile_authz_list()),
                    ctx.profile_authz_policy() == null ? null : Tokens.text(ctx.profile_authz_policy()));
        }
        return done(p);
    }

    @Override
    public ApplyResult visitProfile_aaa_authorization_user_eap(IosParser.Profile_aaa_authorization_user_eapContext ctx) {
        Ikev2Profile p = profile();
        p.setAaaAuthorizationUserEapCached(!no(ctx.neg));
        return done(p);
    }

    @Override
    public ApplyResult visitProfile_virtual_template(IosParser.Profile_virtual_templateContext ctx) {
        Ikev2Profile p = profile();
        p.setVirtualTemplate(no(ctx.neg) ? null : intNumber(ctx.profile_virtual_template_number(), 1, 65535));
        return done(p);
    }

    /** The key of {@code pre-share key [0|6] KEY}, or null when no inline key was typed. */
    private static PresharedKey inlineKey(IosParser.Auth_pre_share_keyContext k) {
        if (k == null) {
            return null;
        }
        int type = k.psk_type() == null ? 0 : Integer.parseInt(Tokens.keyword(k.psk_type()));
        return new PresharedKey(type, Tokens.text(k.psk_value()));
    }

    @Override
    public ApplyResult visitProfile_keyring(IosParser.Profile_keyringContext ctx) {
        Ikev2Profile p = profile();
        p.setKeyring(no(ctx.neg) ? null : Tokens.text(ctx.profile_keyring_name()));
        return done(p);
    }

    @Override
    public ApplyResult visitProfile_pki_trustpoint(IosParser.Profile_pki_trustpointContext ctx) {
        Ikev2Profile p = profile();
        if (no(ctx.neg)) {
            if (ctx.profile_trustpoint_name() == null) {
                p.clearTrustpoints();
            } else {
                p.removeTrustpoint(Tokens.text(ctx.profile_trustpoint_name()));
            }
        } else {
            String use = ctx.profile_trustpoint_use() == null ? null : Tokens.keyword(ctx.profile_trustpoint_use());
            p.addTrustpoint(new TrustpointRef(Tokens.text(ctx.profile_trustpoint_name()), use));
        }
        return done(p);
    }

    @Override
    public ApplyResult visitProfile_lifetime(IosParser.Profile_lifetimeContext ctx) {
        Ikev2Profile p = profile();
        p.setLifetime(no(ctx.neg) ? null : intNumber(ctx.profile_lifetime_seconds(), 120, 86400));
        return done(p);
    }

    @Override
    public ApplyResult visitProfile_dpd(IosParser.Profile_dpdContext ctx) {
        Ikev2Profile p = profile();
        p.setDpd(no(ctx.neg) ? null : Ikev2Applier.dpd(ctx.dpd_interval(), ctx.dpd_retry(), ctx.dpd_mode()));
        return done(p);
    }

    @Override
    public ApplyResult visitProfile_nat_keepalive(IosParser.Profile_nat_keepaliveContext ctx) {
        Ikev2Profile p = profile();
        p.setNatKeepalive(no(ctx.neg) ? null : intNumber(ctx.nat_keepalive_seconds(), 5, 3600));
        return done(p);
    }
}
