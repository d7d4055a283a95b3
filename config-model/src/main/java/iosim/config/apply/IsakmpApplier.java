package iosim.config.apply;

import iosim.config.ConfigSection;
import iosim.config.RunningConfig;
import iosim.config.mode.Mode;
import iosim.config.model.CryptoMap;
import iosim.config.model.IsakmpConfig;
import iosim.config.model.IsakmpKey;
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
}
