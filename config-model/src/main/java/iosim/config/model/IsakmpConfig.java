package iosim.config.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * IKEv1 configuration: {@code crypto isakmp policy} entries by priority, {@code crypto
 * isakmp key} entries in the order typed, and the global knobs (null/false: not configured).
 */
public final class IsakmpConfig extends ModelObject {
    private final TreeMap<Integer, IsakmpPolicyConfig> policies = new TreeMap<>();
    private final List<IsakmpKey> keys = new ArrayList<>();
    private final java.util.TreeMap<String, IsakmpKeyring> keyrings = new java.util.TreeMap<>();
    private final java.util.TreeMap<String, IsakmpProfileConfig> profiles = new java.util.TreeMap<>();
    private Integer keepaliveSeconds;
    private Integer keepaliveRetry;
    private boolean keepalivePeriodic;
    private Integer natKeepalive;
    private boolean aggressiveModeDisabled;
    private boolean invalidSpiRecovery;
    private String identity;

    public SortedMap<Integer, IsakmpPolicyConfig> policies() { return Collections.unmodifiableSortedMap(policies); }
    public IsakmpPolicyConfig policyOrCreate(int priority) {
        return policies.computeIfAbsent(priority, IsakmpPolicyConfig::new);
    }
    public void removePolicy(int priority) { policies.remove(priority); }

    public List<IsakmpKey> keys() { return List.copyOf(keys); }
    public void putKey(IsakmpKey k) {
        keys.removeIf(k::sameTarget);
        keys.add(k);
    }
    public boolean removeKey(IsakmpKey k) { return keys.removeIf(k::sameTarget); }

    /** {@code crypto keyring} entries by name. */
    public java.util.SortedMap<String, IsakmpKeyring> keyrings() { return Collections.unmodifiableSortedMap(keyrings); }
    public IsakmpKeyring keyringOrCreate(String name) { return keyrings.computeIfAbsent(name, IsakmpKeyring::new); }
    public void removeKeyring(String name) { keyrings.remove(name); }

    /** {@code crypto isakmp profile} entries by name. */
    public java.util.SortedMap<String, IsakmpProfileConfig> profiles() { return Collections.unmodifiableSortedMap(profiles); }
    public IsakmpProfileConfig profileOrCreate(String name) { return profiles.computeIfAbsent(name, IsakmpProfileConfig::new); }
    public void removeProfile(String name) { profiles.remove(name); }

    /** The key for a peer: a host entry first, then the longest mask. */
    public IsakmpKey keyFor(Ipv4 peer) {
        return mostSpecific(keys, peer);
    }

    static IsakmpKey mostSpecific(List<IsakmpKey> keys, Ipv4 peer) {
        IsakmpKey best = null;
        for (IsakmpKey k : keys) {
            if (k.covers(peer) && (best == null || maskBits(k) > maskBits(best))) {
                best = k;
            }
        }
        return best;
    }

    private static int maskBits(IsakmpKey k) {
        return k.mask() == null ? 32 : Integer.bitCount(k.mask().bits());
    }

    public Integer keepaliveSeconds() { return keepaliveSeconds; }
    public Integer keepaliveRetry() { return keepaliveRetry; }
    public boolean keepalivePeriodic() { return keepalivePeriodic; }
    public void setKeepalive(Integer seconds, Integer retry, boolean periodic) {
        this.keepaliveSeconds = seconds;
        this.keepaliveRetry = retry;
        this.keepalivePeriodic = periodic;
    }
    public Integer natKeepalive() { return natKeepalive; }
    public void setNatKeepalive(Integer s) { this.natKeepalive = s; }
    public boolean aggressiveModeDisabled() { return aggressiveModeDisabled; }
    public void setAggressiveModeDisabled(boolean d) { this.aggressiveModeDisabled = d; }
    public boolean invalidSpiRecovery() { return invalidSpiRecovery; }
    public void setInvalidSpiRecovery(boolean on) { this.invalidSpiRecovery = on; }
    /** address, hostname, or null (the default, address). */
    public String identity() { return identity; }
    public void setIdentity(String id) { this.identity = id; }

    @Override
    protected List<Object> state() {
        return Arrays.asList(policies, keys, keyrings, profiles, keepaliveSeconds, keepaliveRetry, keepalivePeriodic, natKeepalive,
                aggressiveModeDisabled, invalidSpiRecovery, identity);
    }
}
