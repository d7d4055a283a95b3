package iosim.shell.controller;

import iosim.shell.controller.tunnel.PeerIntent;
import iosim.config.ConfigSection;
import iosim.config.model.CryptoMapEntry;
import iosim.config.model.Ipv4;
import iosim.dataplane.ipsec.spd.InterfacePolicy;
import iosim.dataplane.ipsec.spd.SpdEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the crypto compiler built last time, kept so a configuration change recompiles only what
 * it touched: a crypto map entry's plan is reused while the entry's own settings and the versions
 * of what it names (its ACL, the profiles, the transform sets, the IPsec globals) are unchanged; a
 * peer's {@link PeerIntent} while its plans are the same objects and nothing on the IKE side
 * (keyrings, profiles, proposals, policies, globals) changed; an interface's SPD while its plans
 * are the same objects. Unchanged results are the very same objects as before, so the loop skips
 * them by identity. One per running-config, used on the config writer's thread only.
 */
final class CryptoMemo {
    private final SectionVersions versions;
    private final Map<String, Held<CryptoCompiler.EntryPlan>> plans = new HashMap<>();
    private final Map<PeerKey, PeerHeld> peers = new HashMap<>();
    /** The IKE-side version sum for the compile under way (-1: not yet read). */
    private long ikeVersion = -1;
    private final Map<String, PolicyHeld> policies = new HashMap<>();
    private Map<String, Held<CryptoCompiler.EntryPlan>> seenPlans = new HashMap<>();
    private java.util.Set<PeerKey> seenPeers = new java.util.HashSet<>();

    CryptoMemo(SectionVersions versions) {
        this.versions = versions;
    }

    /** A memo that remembers nothing (a one-off compile). */
    static CryptoMemo none() {
        return new CryptoMemo(null);
    }

    private record Held<T>(Object stamp, T value) {}

    /** The entry's settings as a value, plus the versions of what it refers to. */
    private record EntryStamp(List<Ipv4> peers, String matchAddress, boolean reverseRoute, boolean reverseRouteStatic,
                              List<String> transformSets, String profile, String pfs, Integer lifeSeconds,
                              Long lifeKilobytes, boolean kilobytesDisabled, long aclVersion, long sharedVersion) {}

    CryptoCompiler.EntryPlan plan(String mapName, CryptoMapEntry e, Supplier<CryptoCompiler.EntryPlan> build) {
        if (versions == null) {
            return build.get();
        }
        var s = e.settings();
        EntryStamp stamp = new EntryStamp(List.copyOf(e.peers()), e.matchAddress(), e.reverseRoute(),
                e.reverseRouteStatic(), s.transformSets(), s.ikev2Profile(), s.pfsGroup(), s.lifetimeSeconds(),
                s.lifetimeKilobytes(), s.kilobytesDisabled(), versions.of(ConfigSection.ACCESS_LIST, e.matchAddress()),
                versions.sum(ConfigSection.IKEV2_PROFILE, ConfigSection.TRANSFORM_SET, ConfigSection.IPSEC_GLOBAL));
        String key = mapName + "\u0000" + e.sequence();
        Held<CryptoCompiler.EntryPlan> h = plans.get(key);
        if (h == null || !h.stamp().equals(stamp)) {
            h = new Held<>(stamp, build.get());
            plans.put(key, h);
        }
        seenPlans.put(key, h);
        return h.value();
    }

    /** A peer's compiled intent (or the problem that stopped it), from its plans and the IKE-side versions. */
    record PeerResult(PeerIntent intent, List<String> problems) {}

    private record PeerHeld(String ifName, Ipv4 local, List<CryptoCompiler.EntryPlan> plans, long ikeVersion,
                            PeerResult result) {
        boolean sameAs(String i, Ipv4 l, List<CryptoCompiler.EntryPlan> p, long v) {
            if (!ifName.equals(i) || !local.equals(l) || ikeVersion != v || plans.size() != p.size()) {
                return false;
            }
            for (int k = 0; k < p.size(); k++) {
                if (plans.get(k) != p.get(k)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A peer's session key: the map and interface ({@code MAP/IF/}) and the peer. */
    private record PeerKey(String prefix, Ipv4 peer) {}

    PeerResult peer(String prefix, Ipv4 peer, String ifName, Ipv4 local, List<CryptoCompiler.EntryPlan> plans,
                    Supplier<PeerResult> build) {
        if (versions == null) {
            return build.get();
        }
        if (ikeVersion < 0) {
            ikeVersion = versions.sum(ConfigSection.IKEV2_KEYRING, ConfigSection.IKEV2_PROFILE,
                    ConfigSection.IKEV2_PROPOSAL, ConfigSection.IKEV2_POLICY, ConfigSection.IKEV2_GLOBAL,
                    ConfigSection.IPSEC_GLOBAL, ConfigSection.SYSTEM, ConfigSection.TRUSTPOINT,
                    ConfigSection.CRYPTO_KEY);
        }
        PeerKey key = new PeerKey(prefix, peer);
        seenPeers.add(key);
        PeerHeld h = peers.get(key);
        if (h == null || !h.sameAs(ifName, local, plans, ikeVersion)) {
            h = new PeerHeld(ifName, local, List.copyOf(plans), ikeVersion, build.get());
            peers.put(key, h);
        }
        return h.result();
    }

    private record PolicyHeld(Ipv4 local, List<SpdEntry> entries, InterfacePolicy policy) {}

    /** The interface's SPD: the same object as last time when its entries are the same objects. */
    InterfacePolicy policy(String ifName, Ipv4 local, int ipMtu, List<SpdEntry> entries, Supplier<InterfacePolicy> build) {
        if (versions == null) {
            return build.get();
        }
        PolicyHeld h = policies.get(ifName);
        if (h != null && h.local().equals(local) && h.policy().ipMtu() == ipMtu && sameObjects(h.entries(), entries)) {
            return h.policy();
        }
        InterfacePolicy p = build.get();
        policies.put(ifName, new PolicyHeld(local, List.copyOf(entries), p));
        return p;
    }

    private static boolean sameObjects(List<?> a, List<?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** After a compile: forgets plans of entries that no longer exist. */
    void endCompile() {
        if (versions == null) {
            return;
        }
        plans.keySet().retainAll(seenPlans.keySet());
        seenPlans = new HashMap<>();
        peers.keySet().retainAll(seenPeers);
        seenPeers = new java.util.HashSet<>();
        ikeVersion = -1;
    }
}
