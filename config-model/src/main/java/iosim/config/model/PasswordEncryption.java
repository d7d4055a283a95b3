package iosim.config.model;

import java.util.Arrays;
import java.util.List;

/**
 * Type 6 password encryption: {@code password encryption aes} (shown in the running-config) and
 * the master key of {@code key config-key password-encrypt KEY}, which IOS keeps in private NVRAM
 * and never shows: it is not part of the configuration's text or of {@link #state()}.
 */
public final class PasswordEncryption extends ModelObject {
    /** IOS takes master keys of 8 to 128 characters. */
    public static final int MIN_KEY = 8;
    public static final int MAX_KEY = 128;

    private boolean aes;
    private String masterKey;

    /** {@code password encryption aes}: new and existing keyring keys are stored as type 6. */
    public boolean aes() { return aes; }
    public void setAes(boolean aes) { this.aes = aes; }

    /** The master key, or null when none is configured. */
    public String masterKey() { return masterKey; }
    public void setMasterKey(String masterKey) { this.masterKey = masterKey; }

    /** True when keys typed in clear are stored encrypted (type 6). */
    public boolean encrypting() {
        return aes && masterKey != null;
    }

    @Override
    protected List<Object> state() {
        return Arrays.asList(aes);
    }
}
