package iosim.config.apply;

/**
 * What a configuration sub-mode is editing: {@code name} is the object (proposal, policy,
 * keyring, profile, transform set, ipsec profile, crypto map, access list, trustpoint,
 * interface such as {@code GigabitEthernet0/0}, line type such as {@code vty}); {@code child}
 * is the inner part when there is one (keyring peer name, crypto map sequence number, line
 * range {@code "0 4"}), else null.
 */
public record ModeContext(String name, String child) {
    /** The context of global configuration mode (and of the EXEC modes). */
    public static final ModeContext NONE = new ModeContext(null, null);

    public static ModeContext of(String name) {
        return new ModeContext(name, null);
    }

    public static ModeContext of(String name, String child) {
        return new ModeContext(name, child);
    }
}
