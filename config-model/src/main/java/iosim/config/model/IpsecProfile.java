package iosim.config.model;

import java.util.Arrays;
import java.util.List;

/** {@code crypto ipsec profile NAME} (used by {@code tunnel protection ipsec profile}). */
public final class IpsecProfile extends ModelObject {
    private final String name;
    private final IpsecPolicySettings settings = new IpsecPolicySettings();

    public IpsecProfile(String name) {
        this.name = name;
    }

    public String name() { return name; }
    public IpsecPolicySettings settings() { return settings; }

    @Override
    protected List<Object> state() {
        return Arrays.asList(name, settings);
    }
}
