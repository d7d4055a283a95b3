package iosim.config.apply;

import iosim.config.ConfigSection;
import iosim.config.RunningConfig;
import iosim.config.mode.Mode;
import iosim.config.model.CryptoMap;
import iosim.config.model.IsakmpConfig;
import iosim.config.model.IsakmpKey;
import iosim.config.model.IsakmpKeyring;
import iosim.config.model.IsakmpProfileConfig;
import iosim.config.model.IsakmpPolicyConfig;
import iosim.config.model.PresharedKey;
import iosim.grammar.IosParser;

/**
 * IKEv1: {@code crypto isakmp policy N} and its (config-isakmp) statements, {@code crypto
 * isakmp key}, the global {@code crypto isakmp} knobs, and {@code crypto dynamic-map}.
 */
final class IsakmpApplier extends FeatureApplier {

    IsakmpApplier(RunningConfig config, ModeContext context) {
        super(config, context);
    }

    private IsakmpConfig isakmp() {
        return config.isakmp();
    }

    private ApplyResult done() {
        changed(ConfigSection.ISAKMP, null);
        return ApplyResult.stay();
    }

    @Override
    public ApplyResult visitIsakmp_policy_enter(IosParser.Isakmp_policy_enterContext ctx) {
        int priority = intNumber(ctx.isakmp_policy_priority(), 1, 10000);
        if (no(ctx.neg)) {
            isakmp().removePolicy(priority);
            return done();
        }
        isakmp().policyOrCreate(priority);
        changed(ConfigSection.ISAKMP, null);
        return ApplyResult.enter(Mode.ISAKMP_POLICY, ModeContext.of(String.valueOf(priority)));
    }

    private IsakmpPolicyConfig policy() {
        IsakmpPolicyConfig p = isakmp().policies().get(Integer.parseInt(context.name()));
        if (p == null) {
            throw rejected("% ISAKMP policy " + context.name() + " has been removed");
        }
        return p;
    }

    @Override
    public ApplyResult visitIsakmp_encryption(IosParser.Isakmp_encryptionContext ctx) {
        IsakmpPolicyConfig p = policy();
        if (no(ctx.neg) || ctx.isakmp_cipher() == null) {
            p.setEncryption(IsakmpPolicyConfig.DEFAULT_ENCRYPTION, 0);
            return done();
        }
        String cipher = Tokens.keyword(ctx.isakmp_cipher());
        int bits = 0;
        if (cipher.equals("aes")) {
            bits = ctx.isakmp_cipher().isakmp_aes_bits() == null ? 128
                    : Integer.parseInt(Tokens.keyword(ctx.isakmp_cipher().isakmp_aes_bits()));
        }
        p.setEncryption(cipher, bits);
        return done();
    }

    @Override
    public ApplyResult visitIsakmp_hash(IosParser.Isakmp_hashContext ctx) {
        policy().setHash(no(ctx.neg) || ctx.isakmp_hash_name() == null ? IsakmpPolicyConfig.DEFAULT_HASH
                : Tokens.keyword(ctx.isakmp_hash_name()));
        return done();
    }

    @Override
    public ApplyResult visitIsakmp_authentication(IosParser.Isakmp_authenticationContext ctx) {
        policy().setAuthentication(no(ctx.neg) || ctx.isakmp_auth_method() == null ? IsakmpPolicyConfig.DEFAULT_AUTH
                : Tokens.keyword(ctx.isakmp_auth_method()));
        return done();
    }

    @Override
    public ApplyResult visitIsakmp_group(IosParser.Isakmp_groupContext ctx) {
        policy().setGroup(no(ctx.neg) || ctx.isakmp_group_number() == null ? IsakmpPolicyConfig.DEFAULT_GROUP
                : Integer.parseInt(Tokens.keyword(ctx.isakmp_group_number())));
        return done();
    }

    @Override
    public ApplyResult visitIsakmp_lifetime(IosParser.Isakmp_lifetimeContext ctx) {
        if (no(ctx.neg) || ctx.isakmp_lifetime_seconds() == null) {
            policy().setLifetime(IsakmpPolicyConfig.DEFAULT_LIFETIME);
        } else {
            long s = number(ctx.isakmp_lifetime_seconds(), 60, 86400);
            policy().setLifetime(s);
        }
        return done();
    }

    @Override
    public ApplyResult visitIsakmp_key(IosParser.Isakmp_keyContext ctx) {
        var address = ipv4(ctx.isakmp_key_address());
        var mask = ctx.isakmp_key_mask() == null ? null : ipv4(ctx.isakmp_key_mask());
        int type = ctx.isakmp_key_type() == null ? 0 : Integer.parseInt(Tokens.keyword(ctx.isakmp_key_type()));
        String text = Tokens.text(ctx.isakmp_key_value());
        if (text.length() > 128) {
            throw invalid(ctx.isakmp_key_value());
        }
        if (no(ctx.neg)) {
            isakmp().removeKey(new IsakmpKey(new PresharedKey(0, text), address, mask, false));
            return done();
        }
        PresharedKey key = KeyringSecrets.typed(config, type, text);
        isakmp().putKey(new IsakmpKey(key, address, mask, ctx.no_xauth != null));
        String warning = KeyringSecrets.warning(config, key);
        changed(ConfigSection.ISAKMP, null);
        return warning == null ? ApplyResult.stay() : ApplyResult.stay(warning);
    }

    @Override
    public ApplyResult visitIsakmp_keepalive(IosParser.Isakmp_keepaliveContext ctx) {
        if (no(ctx.neg)) {
            isakmp().setKeepalive(null, null, false);
            return done();
        }
        int seconds = intNumber(ctx.isakmp_keepalive_seconds(), 10, 3600);
        Integer retry = ctx.isakmp_keepalive_retry() == null ? null : intNumber(ctx.isakmp_keepalive_retry(), 2, 60);
        boolean periodic = ctx.isakmp_keepalive_mode() != null
                && Tokens.keyword(ctx.isakmp_keepalive_mode()).equals("periodic");
        isakmp().setKeepalive(seconds, retry, periodic);
        return done();
    }

    @Override
    public ApplyResult visitIsakmp_nat_keepalive(IosParser.Isakmp_nat_keepaliveContext ctx) {
        isakmp().setNatKeepalive(no(ctx.neg) ? null : intNumber(ctx.isakmp_nat_keepalive_seconds(), 5, 3600));
        return done();
    }

    @Override
    public ApplyResult visitIsakmp_aggressive_mode(IosParser.Isakmp_aggressive_modeContext ctx) {
        isakmp().setAggressiveModeDisabled(!no(ctx.neg));
        return done();
    }

    @Override
    public ApplyResult visitIsakmp_invalid_spi_recovery(IosParser.Isakmp_invalid_spi_recoveryContext ctx) {
        isakmp().setInvalidSpiRecovery(!no(ctx.neg));
        return done();
    }

    @Override
    public ApplyResult visitIsakmp_identity(IosParser.Isakmp_identityContext ctx) {
        String kind = no(ctx.neg) || ctx.isakmp_identity_kind() == null ? null : Tokens.keyword(ctx.isakmp_identity_kind());
        isakmp().setIdentity("address".equals(kind) ? null : kind);
        return done();
    }

    @Override
    public ApplyResult visitDynamic_map_enter(IosParser.Dynamic_map_enterContext ctx) {
        String name = Tokens.text(ctx.dynamic_map_name());
        if (no(ctx.neg)) {
            CryptoMap map = model.dynamicMaps().get(name);
            if (map != null) {
                if (ctx.dynamic_map_seq() == null) {
                    model.dynamicMaps().remove(name);
                } else {
                    map.removeEntry(intNumber(ctx.dynamic_map_seq(), 1, 65535));
                    if (map.entries().isEmpty()) {
                        model.dynamicMaps().remove(name);
                    }
                }
                changed(ConfigSection.DYNAMIC_MAP, name);
            }
            return ApplyResult.stay();
        }
        int seq = intNumber(ctx.dynamic_map_seq(), 1, 65535);
        model.dynamicMaps().computeIfAbsent(name, CryptoMap::new).entryOrCreate(seq);
        changed(ConfigSection.DYNAMIC_MAP, name);
        return ApplyResult.enter(Mode.DYNAMIC_MAP, ModeContext.of(name, String.valueOf(seq)));
    }

    // ---- crypto keyring ------------------------------------------------------------------------

    @Override
    public ApplyResult visitKeyring_enter(IosParser.Keyring_enterContext ctx) {
        String name = Tokens.text(ctx.keyring_name());
        if (no(ctx.neg)) {
            isakmp().removeKeyring(name);
            return done();
        }
        isakmp().keyringOrCreate(name);
        changed(ConfigSection.ISAKMP, null);
        return ApplyResult.enter(Mode.KEYRING, ModeContext.of(name));
    }

    private IsakmpKeyring keyring() {
        IsakmpKeyring k = isakmp().keyrings().get(context.name());
        if (k == null) {
            throw rejected("% Keyring " + context.name() + " has been removed");
        }
        return k;
    }

    @Override
    public ApplyResult visitKeyring_psk(IosParser.Keyring_pskContext ctx) {
        IsakmpKeyring ring = keyring();
        var address = ipv4(ctx.keyring_psk_address());
        var mask = ctx.keyring_psk_mask() == null ? null : ipv4(ctx.keyring_psk_mask());
        if (no(ctx.neg)) {
            ring.removeKey(new IsakmpKey(new PresharedKey(0, ""), address, mask, false));
            return done();
        }
        String text = Tokens.text(ctx.keyring_psk_value());
        if (text.length() > 128) {
            throw invalid(ctx.keyring_psk_value());
        }
        int type = ctx.isakmp_key_type() == null ? 0 : Integer.parseInt(Tokens.keyword(ctx.isakmp_key_type()));
        PresharedKey key = KeyringSecrets.typed(config, type, text);
        ring.putKey(new IsakmpKey(key, address, mask, false));
        String warning = KeyringSecrets.warning(config, key);
        changed(ConfigSection.ISAKMP, null);
        return warning == null ? ApplyResult.stay() : ApplyResult.stay(warning);
    }

    @Override
    public ApplyResult visitKeyring_local_address(IosParser.Keyring_local_addressContext ctx) {
        keyring().setLocalAddress(no(ctx.neg) ? null : ctx.keyring_local_ip() != null
                ? Tokens.text(ctx.keyring_local_ip()) : Tokens.text(ctx.interface_name()));
        return done();
    }

    @Override
    public ApplyResult visitKeyring_description(IosParser.Keyring_descriptionContext ctx) {
        keyring().setDescription(no(ctx.neg) ? null : Tokens.text(ctx.keyring_description_text()).strip());
        return done();
    }

    // ---- crypto isakmp profile -----------------------------------------------------------------

    @Override
    public ApplyResult visitIsakmp_profile_enter(IosParser.Isakmp_profile_enterContext ctx) {
        String name = Tokens.text(ctx.isakmp_profile_name());
        if (no(ctx.neg)) {
            isakmp().removeProfile(name);
            return done();
        }
        IsakmpProfileConfig p = isakmp().profileOrCreate(name);
        changed(ConfigSection.ISAKMP, null);
        if (p.matches().isEmpty()) { // IOS says so each time it enters a profile without a match line
            return ApplyResult.enter(Mode.ISAKMP_PROFILE, ModeContext.of(name),
                    "% A profile is deemed incomplete until it has match identity statements");
        }
        return ApplyResult.enter(Mode.ISAKMP_PROFILE, ModeContext.of(name));
    }

    private IsakmpProfileConfig profile() {
        IsakmpProfileConfig p = isakmp().profiles().get(context.name());
        if (p == null) {
            throw rejected("% ISAKMP profile " + context.name() + " has been removed");
        }
        return p;
    }

    @Override
    public ApplyResult visitIsa_prof_keyring(IosParser.Isa_prof_keyringContext ctx) {
        profile().setKeyring(no(ctx.neg) ? null : Tokens.text(ctx.isa_prof_keyring_name()));
        return done();
    }

    @Override
    public ApplyResult visitIsa_prof_match(IosParser.Isa_prof_matchContext ctx) {
        var m = new IsakmpProfileConfig.Match(ipv4(ctx.isa_prof_match_address()),
                ctx.isa_prof_match_mask() == null ? null : ipv4(ctx.isa_prof_match_mask()));
        if (no(ctx.neg)) {
            profile().removeMatch(m);
        } else {
            profile().addMatch(m);
        }
        return done();
    }

    @Override
    public ApplyResult visitIsa_prof_self_identity(IosParser.Isa_prof_self_identityContext ctx) {
        String kind = no(ctx.neg) || ctx.isa_prof_identity_kind() == null ? null
                : Tokens.keyword(ctx.isa_prof_identity_kind());
        profile().setSelfIdentity(kind);
        return done();
    }

    @Override
    public ApplyResult visitIsa_prof_keepalive(IosParser.Isa_prof_keepaliveContext ctx) {
        if (no(ctx.neg)) {
            profile().setKeepalive(null, null);
        } else {
            profile().setKeepalive(intNumber(ctx.isa_prof_keepalive_seconds(), 10, 3600),
                    intNumber(ctx.isa_prof_keepalive_retry(), 2, 60));
        }
        return done();
    }

    @Override
    public ApplyResult visitIsa_prof_initiate(IosParser.Isa_prof_initiateContext ctx) {
        profile().setInitiateAggressive(!no(ctx.neg));
        return done();
    }

    @Override
    public ApplyResult visitIsa_prof_local_address(IosParser.Isa_prof_local_addressContext ctx) {
        profile().setLocalAddress(no(ctx.neg) ? null : ctx.isa_prof_local_ip() != null
                ? Tokens.text(ctx.isa_prof_local_ip()) : Tokens.text(ctx.interface_name()));
        return done();
    }

    @Override
    public ApplyResult visitIsa_prof_description(IosParser.Isa_prof_descriptionContext ctx) {
        profile().setDescription(no(ctx.neg) ? null : Tokens.text(ctx.isa_prof_description_text()).strip());
        return done();
    }
}
