package iosim.config;

import iosim.config.model.AccessList;
import iosim.config.model.CryptoKey;
import iosim.config.model.CryptoMap;
import iosim.config.model.HashedSecret;
import iosim.config.model.Ikev2Globals;
import iosim.config.model.Ikev2Keyring;
import iosim.config.model.Ikev2Policy;
import iosim.config.model.Ikev2Profile;
import iosim.config.model.Ikev2Proposal;
import iosim.config.model.InterfaceConfig;
import iosim.config.model.InterfaceName;
import iosim.config.model.InterfaceType;
import iosim.config.model.IpsecGlobals;
import iosim.config.model.IpsecProfile;
import iosim.config.model.LineSettings;
import iosim.config.model.LineType;
import iosim.config.model.NatRule;
import iosim.config.model.StaticRoute;
import iosim.config.model.SystemSettings;
import iosim.config.model.TransformSet;
import iosim.config.model.Trustpoint;
import iosim.config.model.UserAccount;
import iosim.config.secret.Secrets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The running configuration of one router as plain Java objects. Edited only through
 * {@link iosim.config.apply.ConfigApplier} (one parsed line at a time); everyone else reads it
 * through the accessors and may subscribe with {@link #addListener}. Not thread-safe: the CLI
 * session that owns it applies lines, listeners run on that thread.
 *
 * <p>Equality compares the configuration (what {@code show running-config} shows); generated
 * crypto keys are kept here too but are not part of it, as on IOS.
 */
public final class RunningConfig {
    /** GigabitEthernet0/0 to 0/3 exist from boot (IOSv-style numbering). */
    public static final int PHYSICAL_INTERFACES = 4;
    /** vty 0-4 exist from boot; up to 15 are created on demand. */
    public static final int DEFAULT_VTY_LAST = 4;

    private final SystemSettings system = new SystemSettings();
    private final Map<String, UserAccount> users = new LinkedHashMap<>();
    private final TreeMap<InterfaceName, InterfaceConfig> interfaces = new TreeMap<>();
    private final TreeSet<StaticRoute> routes = new TreeSet<>();
    private final Map<String, AccessList> accessLists = new LinkedHashMap<>();
    private final List<NatRule> natRules = new ArrayList<>();
    private final Map<String, Ikev2Proposal> ikev2Proposals = new LinkedHashMap<>();
    private final Map<String, Ikev2Policy> ikev2Policies = new LinkedHashMap<>();
    private final Map<String, Ikev2Keyring> ikev2Keyrings = new LinkedHashMap<>();
    private final Map<String, Ikev2Profile> ikev2Profiles = new LinkedHashMap<>();
    private final Ikev2Globals ikev2Globals = new Ikev2Globals();
    private final iosim.config.model.PasswordEncryption passwordEncryption = new iosim.config.model.PasswordEncryption();
    private final Map<String, TransformSet> transformSets = new LinkedHashMap<>();
    private final Map<String, IpsecProfile> ipsecProfiles = new LinkedHashMap<>();
    private final Map<String, CryptoMap> cryptoMaps = new LinkedHashMap<>();
    private final Map<String, CryptoMap> dynamicMaps = new LinkedHashMap<>();
    private final iosim.config.model.IsakmpConfig isakmp = new iosim.config.model.IsakmpConfig();
    private final iosim.config.model.RemoteAccessConfig remoteAccess = new iosim.config.model.RemoteAccessConfig();
    private final IpsecGlobals ipsecGlobals = new IpsecGlobals();
    private final Map<String, Trustpoint> trustpoints = new LinkedHashMap<>();
    private final Map<LineType, TreeMap<Integer, LineSettings>> lines = new EnumMap<>(LineType.class);
    private final Map<String, CryptoKey> cryptoKeys = new LinkedHashMap<>();
    private final TreeMap<Integer, iosim.config.model.OspfProcessConfig> ospfProcesses = new TreeMap<>();
    private final List<ConfigListener> listeners = new CopyOnWriteArrayList<>();

    private final Platform platform;

    /** An IOSv-like router as it boots with an empty startup-config. */
    public RunningConfig() {
        this(Platform.IOSV);
    }

    /** A router of {@code platform} as it boots with an empty startup-config. */
    public RunningConfig(Platform platform) {
        this.platform = platform;
        for (InterfaceName n : platform.physicalInterfaces()) {
            interfaces.put(n, new InterfaceConfig(n));
        }
        TreeMap<Integer, LineSettings> con = new TreeMap<>();
        con.put(0, LineSettings.defaults(LineType.CONSOLE));
        lines.put(LineType.CONSOLE, con);
        TreeMap<Integer, LineSettings> vty = new TreeMap<>();
        for (int i = 0; i <= DEFAULT_VTY_LAST; i++) {
            vty.put(i, LineSettings.defaults(LineType.VTY));
        }
        lines.put(LineType.VTY, vty);
    }

    /** The hardware this configuration runs on (its physical interfaces). */
    public Platform platform() {
        return platform;
    }

    // ---- system --------------------------------------------------------------------------------

    /** The hostname; {@code Router} by default. */
    public String hostname() {
        return system.hostname();
    }

    public SystemSettings system() {
        return system;
    }

    /** True when an enable secret or enable password is configured ({@code enable} then asks for a password). */
    public boolean hasEnableSecret() {
        return system.enableSecret() != null || system.enablePassword() != null;
    }

    /**
     * Checks a typed password against the enable secret, or the enable password when no secret is
     * configured (IOS ignores the password once a secret exists); false when neither is.
     */
    public boolean checkEnableSecret(String typed) {
        HashedSecret s = system.enableSecret() != null ? system.enableSecret() : system.enablePassword();
        return s != null && typed != null && Secrets.matches(s, typed);
    }

    /** Checks a login against the local user database. */
    public boolean checkUser(String name, String typed) {
        UserAccount u = users.get(name);
        return u != null && typed != null && Secrets.matches(u.credential(), typed);
    }

    public Map<String, UserAccount> users() {
        return Collections.unmodifiableMap(users);
    }

    // ---- interfaces, routing, ACLs, NAT ---------------------------------------------------------

    public SortedMap<InterfaceName, InterfaceConfig> interfaces() {
        return Collections.unmodifiableSortedMap(interfaces);
    }

    public InterfaceConfig iface(InterfaceName name) {
        return interfaces.get(name);
    }

    public SortedSet<StaticRoute> routes() {
        return Collections.unmodifiableSortedSet(routes);
    }

    public Map<String, AccessList> accessLists() {
        return Collections.unmodifiableMap(accessLists);
    }

    public AccessList accessList(String name) {
        return accessLists.get(name);
    }

    public List<NatRule> natRules() {
        return Collections.unmodifiableList(natRules);
    }

    // ---- crypto ---------------------------------------------------------------------------------

    public Map<String, Ikev2Proposal> ikev2Proposals() { return Collections.unmodifiableMap(ikev2Proposals); }
    public Map<String, Ikev2Policy> ikev2Policies() { return Collections.unmodifiableMap(ikev2Policies); }
    public Map<String, Ikev2Keyring> ikev2Keyrings() { return Collections.unmodifiableMap(ikev2Keyrings); }
    public Map<String, Ikev2Profile> ikev2Profiles() { return Collections.unmodifiableMap(ikev2Profiles); }
    public Ikev2Globals ikev2Globals() { return ikev2Globals; }
    /** {@code password encryption aes} and the type 6 master key. */
    public iosim.config.model.PasswordEncryption passwordEncryption() { return passwordEncryption; }
    public Map<String, TransformSet> transformSets() { return Collections.unmodifiableMap(transformSets); }
    public Map<String, IpsecProfile> ipsecProfiles() { return Collections.unmodifiableMap(ipsecProfiles); }
    public Map<String, CryptoMap> cryptoMaps() { return Collections.unmodifiableMap(cryptoMaps); }
    /** {@code crypto dynamic-map} templates (entries without peers). */
    public Map<String, CryptoMap> dynamicMaps() { return Collections.unmodifiableMap(dynamicMaps); }
    /** IKEv1: {@code crypto isakmp ...}. */
    public iosim.config.model.IsakmpConfig isakmp() { return isakmp; }
    /** Remote access: AAA method lists, {@code ip local pool}s, {@code crypto ikev2 authorization policy}s. */
    public iosim.config.model.RemoteAccessConfig remoteAccess() { return remoteAccess; }
    public IpsecGlobals ipsecGlobals() { return ipsecGlobals; }
    public Map<String, Trustpoint> trustpoints() { return Collections.unmodifiableMap(trustpoints); }
    /** Generated key pairs by label (not part of the configuration text). */
    public Map<String, CryptoKey> cryptoKeys() { return Collections.unmodifiableMap(cryptoKeys); }

    /** The {@code router ospf N} blocks by process ID. */
    public SortedMap<Integer, iosim.config.model.OspfProcessConfig> ospfProcesses() {
        return Collections.unmodifiableSortedMap(ospfProcesses);
    }

    // ---- lines ----------------------------------------------------------------------------------

    /** Existing lines of a type by number (console 0; vty 0-4 and any created up to 15). */
    public SortedMap<Integer, LineSettings> lines(LineType type) {
        TreeMap<Integer, LineSettings> m = lines.get(type);
        return m == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(m);
    }

    // ---- listeners ------------------------------------------------------------------------------

    public void addListener(ConfigListener l) {
        listeners.add(Objects.requireNonNull(l));
    }

    public void removeListener(ConfigListener l) {
        listeners.remove(l);
    }

    /** Called by the appliers after a change; a failing listener never undoes the change. */
    public void fireChanged(ConfigSection section, String key) {
        ConfigChange change = new ConfigChange(section, key);
        for (ConfigListener l : listeners) {
            try {
                l.configChanged(change);
            } catch (RuntimeException e) {
                // a listener's bug must not break the CLI
            }
        }
    }

    /** The mutable collections, for the appliers in {@code iosim.config.apply} only. */
    public Mutable mutable() {
        return new Mutable();
    }

    /** Write access to the collections; used only by the appliers. */
    public final class Mutable {
        private Mutable() {
        }

        public Map<String, UserAccount> users() { return users; }
        public TreeMap<InterfaceName, InterfaceConfig> interfaces() { return interfaces; }
        public TreeSet<StaticRoute> routes() { return routes; }
        public Map<String, AccessList> accessLists() { return accessLists; }
        public List<NatRule> natRules() { return natRules; }
        public Map<String, Ikev2Proposal> ikev2Proposals() { return ikev2Proposals; }
        public Map<String, Ikev2Policy> ikev2Policies() { return ikev2Policies; }
        public Map<String, Ikev2Keyring> ikev2Keyrings() { return ikev2Keyrings; }
        public Map<String, Ikev2Profile> ikev2Profiles() { return ikev2Profiles; }
        public Map<String, TransformSet> transformSets() { return transformSets; }
        public Map<String, IpsecProfile> ipsecProfiles() { return ipsecProfiles; }
        public Map<String, CryptoMap> cryptoMaps() { return cryptoMaps; }
        public Map<String, CryptoMap> dynamicMaps() { return dynamicMaps; }
        public Map<String, Trustpoint> trustpoints() { return trustpoints; }
        public Map<String, CryptoKey> cryptoKeys() { return cryptoKeys; }
        public Map<LineType, TreeMap<Integer, LineSettings>> lines() { return lines; }
        public TreeMap<Integer, iosim.config.model.OspfProcessConfig> ospfProcesses() { return ospfProcesses; }
    }

    private List<Object> state() {
        return List.of(system, users, interfaces, routes, accessLists, natRules, ikev2Proposals, ikev2Policies,
                ikev2Keyrings, ikev2Profiles, ikev2Globals, passwordEncryption, transformSets, ipsecProfiles, cryptoMaps,
                dynamicMaps, isakmp, remoteAccess,
                ipsecGlobals,
                trustpoints, lines, ospfProcesses);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RunningConfig r && state().equals(r.state());
    }

    @Override
    public String toString() {
        return state().toString();
    }

    @Override
    public int hashCode() {
        return state().hashCode();
    }
}
