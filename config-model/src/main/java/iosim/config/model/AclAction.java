package iosim.config.model;

public enum AclAction {
    PERMIT, DENY;

    public String iosText() {
        return name().toLowerCase();
    }
}
