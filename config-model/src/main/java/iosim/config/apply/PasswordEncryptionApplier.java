package iosim.config.apply;

import iosim.config.ConfigSection;
import iosim.config.RunningConfig;
import iosim.config.model.PasswordEncryption;
import iosim.grammar.IosParser;

/** {@code key config-key password-encrypt KEY} and {@code password encryption aes} (type 6 keys). */
final class PasswordEncryptionApplier extends FeatureApplier {
    static final String NEED_MASTER_KEY = "Can not encrypt password. Please configure a configuration-key with"
            + " 'key config-key'";
    static final String MASTER_KEY_REMOVED = "WARNING: All type 6 encrypted keys will become unusable";

    PasswordEncryptionApplier(RunningConfig config, ModeContext context) {
        super(config, context);
    }

    private PasswordEncryption pe() {
        return config.passwordEncryption();
    }

    @Override
    public ApplyResult visitSys_key_config_key(IosParser.Sys_key_config_keyContext ctx) {
        if (no(ctx.neg)) {
            if (pe().masterKey() == null) {
                return ApplyResult.stay();
            }
            pe().setMasterKey(null);
            keysChanged();
            return ApplyResult.stay(MASTER_KEY_REMOVED);
        }
        String key = Tokens.text(ctx.config_key_value());
        if (key.length() < PasswordEncryption.MIN_KEY || key.length() > PasswordEncryption.MAX_KEY) {
            throw rejected("% Master key must be " + PasswordEncryption.MIN_KEY + " to " + PasswordEncryption.MAX_KEY
                    + " characters long");
        }
        String old = pe().masterKey();
        pe().setMasterKey(key);
        KeyringSecrets.reencrypt(config, old, key);
        KeyringSecrets.encryptAll(config);
        keysChanged();
        return ApplyResult.stay();
    }

    @Override
    public ApplyResult visitSys_password_encryption(IosParser.Sys_password_encryptionContext ctx) {
        pe().setAes(!no(ctx.neg));
        changed(ConfigSection.SYSTEM, "password encryption aes");
        if (pe().aes() && pe().masterKey() == null) {
            return ApplyResult.stay(NEED_MASTER_KEY);
        }
        if (KeyringSecrets.encryptAll(config)) {
            keysChanged();
        }
        return ApplyResult.stay();
    }

    private void keysChanged() {
        config.ikev2Keyrings().keySet().forEach(k -> changed(ConfigSection.IKEV2_KEYRING, k));
        if (config.ikev2Keyrings().isEmpty()) {
            changed(ConfigSection.SYSTEM, "key config-key");
        }
    }
}
