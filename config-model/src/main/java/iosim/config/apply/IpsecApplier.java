package iosim.config.apply;

import iosim.config.ConfigSection;
import iosim.config.RunningConfig;
import iosim.config.mode.Mode;
import iosim.config.model.IpsecGlobals;
import iosim.config.model.IpsecProfile;
import iosim.config.model.TransformSet;
import iosim.grammar.IosParser;

/** Transform sets, IPsec profiles and the global security-association settings. */
final class IpsecApplier extends FeatureApplier {

    IpsecApplier(RunningConfig config, ModeContext context) {
        super(config, context);
    }

    // ---- transform sets ------------------------------------------------------------------------

    @Override
    public ApplyResult visitTransform_set_enter(IosParser.Transform_set_enterContext ctx) {
        String name = Tokens.text(ctx.transform_set_name());
        IosParser.Transform_listContext list = ctx.transform_list();
        String ah = list.ah_transform() == null ? null : Tokens.keyword(list.ah_transform());
        String cipher = null;
        Integer keySize = null;
        if (list.esp_cipher_transform() != null) {
            cipher = Tokens.keyword(list.esp_cipher_transform());
            IosParser.Esp_aes_key_sizeContext ks = list.esp_cipher_transform().esp_aes_key_size();
            keySize = ks == null ? null : Integer.valueOf(Tokens.keyword(ks));
        } else if (list.esp_aead_transform() != null) {
            cipher = Tokens.keyword(list.esp_aead_transform());
            IosParser.Esp_gcm_key_sizeContext ks = list.esp_aead_transform().esp_gcm_key_size();
            keySize = ks == null ? null : Integer.valueOf(Tokens.keyword(ks));
        }
        String auth = list.esp_auth_transform() == null ? null : Tokens.keyword(list.esp_auth_transform());
        TransformSet ts = model.transformSets().computeIfAbsent(name, TransformSet::new);
        ts.setTransforms(ah, cipher, keySize, auth);
        changed(ConfigSection.TRANSFORM_SET, name);
        return ApplyResult.enter(Mode.IPSEC_TRANSFORM_SET, ModeContext.of(name));
    }

    @Override
    public ApplyResult visitTransform_set_remove(IosParser.Transform_set_removeContext ctx) {
        String name = Tokens.text(ctx.transform_set_name());
        if (model.transformSets().remove(name) != null) {
            changed(ConfigSection.TRANSFORM_SET, name);
        }
        return ApplyResult.stay();
    }

    @Override
    public ApplyResult visitTransform_set_mode(IosParser.Transform_set_modeContext ctx) {
        TransformSet ts = model.transformSets().get(context.name());
        if (ts == null) {
            throw rejected("% Transform set " + context.name() + " has been removed");
        }
        ts.setTransportMode(!no(ctx.neg) && "transport".equals(Tokens.keyword(ctx.transform_mode())));
        changed(ConfigSection.TRANSFORM_SET, ts.name());
        return ApplyResult.stay();
    }

    // ---- ipsec profiles -------------------------------------------------------------------------

    @Override
    public ApplyResult visitIpsec_profile_enter(IosParser.Ipsec_profile_enterContext ctx) {
        String name = Tokens.text(ctx.ipsec_profile_name());
        if (no(ctx.neg)) {
            if (model.ipsecProfiles().remove(name) != null) {
                changed(ConfigSection.IPSEC_PROFILE, name);
            }
            return ApplyResult.stay();
        }
        model.ipsecProfiles().computeIfAbsent(name, IpsecProfile::new);
        changed(ConfigSection.IPSEC_PROFILE, name);
        return ApplyResult.enter(Mode.IPSEC_PROFILE, ModeContext.of(name));
    }

    // ---- global security-association settings -----------------------------------------------

    @Override
    public ApplyResult visitIpsec_df_bit(IosParser.Ipsec_df_bitContext ctx) {
        IpsecGlobals g = config.ipsecGlobals();
        // 'no crypto ipsec df-bit ...' goes back to the default, copy
        g.setDfBit(no(ctx.neg) ? IpsecGlobals.DfBit.COPY
                : Tokens.has(ctx, "clear") ? IpsecGlobals.DfBit.CLEAR
                : Tokens.has(ctx, "set") ? IpsecGlobals.DfBit.SET : IpsecGlobals.DfBit.COPY);
        changed(ConfigSection.IPSEC_GLOBAL, "df-bit");
        return ApplyResult.stay();
    }

    @Override
    public ApplyResult visitIpsec_fragmentation(IosParser.Ipsec_fragmentationContext ctx) {
        config.ipsecGlobals().setFragmentAfterEncryption(!no(ctx.neg) && Tokens.has(ctx, "after-encryption"));
        changed(ConfigSection.IPSEC_GLOBAL, "fragmentation");
        return ApplyResult.stay();
    }

    @Override
    public ApplyResult visitIpsec_sa_replay(IosParser.Ipsec_sa_replayContext ctx) {
        IpsecGlobals g = config.ipsecGlobals();
        boolean disableKeyword = Tokens.has(ctx, "disable");
        if (no(ctx.neg)) {
            if (disableKeyword) {
                g.setReplayDisabled(false);
            } else {
                g.setReplayWindowSize(null);
            }
        } else if (disableKeyword) {
            g.setReplayDisabled(true);
        } else {
            g.setReplayWindowSize(Integer.valueOf(Tokens.keyword(ctx.replay_window_size())));
        }
        changed(ConfigSection.IPSEC_GLOBAL, "replay");
        return ApplyResult.stay();
    }

    @Override
    public ApplyResult visitIpsec_sa_lifetime(IosParser.Ipsec_sa_lifetimeContext ctx) {
        IpsecGlobals g = config.ipsecGlobals();
        if (no(ctx.neg)) {
            if (Tokens.has(ctx, "seconds")) {
                g.setLifetimeSeconds(null);
            } else {
                g.setLifetimeKilobytes(null);
            }
        } else {
            IosParser.Sa_lifetime_valueContext v = ctx.sa_lifetime_value();
            if (v.sa_lifetime_seconds() != null) {
                g.setLifetimeSeconds(intNumber(v.sa_lifetime_seconds(), 120, 2592000));
            } else if (v.sa_lifetime_kilobytes() != null) {
                g.setLifetimeKilobytes(number(v.sa_lifetime_kilobytes(), 2560, 4294967295L));
            } else {
                throw new ApplyException(ApplyResult.invalidInput(v.disable.getCharPositionInLine()));
            }
        }
        changed(ConfigSection.IPSEC_GLOBAL, "lifetime");
        return ApplyResult.stay();
    }
}
