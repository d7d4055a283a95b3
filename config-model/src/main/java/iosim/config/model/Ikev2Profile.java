package iosim.config.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@code crypto ikev2 profile NAME}. */
public final class Ikev2Profile extends ModelObject {
    public static final int DEFAULT_LIFETIME = 86400;

    private final String name;
    private final List<IkeIdentity> matchIdentities = new ArrayList<>();
    private LocalAddressMatch matchAddressLocal;
    private IkeIdentity identityLocal;
    private String authenticationLocal;
    private final List<String> authenticationRemote = new ArrayList<>();
    private PresharedKey localKey;
    private PresharedKey remoteKey;
    private String keyring;
    private final List<TrustpointRef> trustpoints = new ArrayList<>();
    private Integer lifetime;
    private Dpd dpd;
    private Integer natKeepalive;
    private boolean eapQueryIdentity;
    private Integer eapTimeout;
    private String aaaAuthenticationEap;
    private String aaaAuthorizationGroupEapList;
    private String aaaAuthorizationGroupEapPolicy;
    private boolean aaaAuthorizationUserEapCached;
    private Integer virtualTemplate;

    public Ikev2Profile(String name) {
        this.name = name;
    }

    public String name() { return name; }
    /** The {@code match identity remote} statements, in the order typed. */
    public List<IkeIdentity> matchIdentities() { return List.copyOf(matchIdentities); }
    public void addMatchIdentity(IkeIdentity id) { if (!matchIdentities.contains(id)) { matchIdentities.add(id); } }
    public void removeMatchIdentity(IkeIdentity id) { matchIdentities.remove(id); }
    public LocalAddressMatch matchAddressLocal() { return matchAddressLocal; }
    public void setMatchAddressLocal(LocalAddressMatch m) { this.matchAddressLocal = m; }
    /** {@code identity local}, or null (then the local address is used). */
    public IkeIdentity identityLocal() { return identityLocal; }
    public void setIdentityLocal(IkeIdentity id) { this.identityLocal = id; }
    /** {@code pre-share}, {@code rsa-sig} or {@code ecdsa-sig}, or null. */
    public String authenticationLocal() { return authenticationLocal; }
    public void setAuthenticationLocal(String m) { this.authenticationLocal = m; }
    public List<String> authenticationRemote() { return List.copyOf(authenticationRemote); }
    public void addAuthenticationRemote(String m) { if (!authenticationRemote.contains(m)) { authenticationRemote.add(m); } }
    public void removeAuthenticationRemote(String m) { authenticationRemote.remove(m); }
    public void clearAuthenticationRemote() { authenticationRemote.clear(); }
    /** {@code authentication local pre-share key KEY}: the inline key this router signs with, or null. */
    public PresharedKey localKey() { return localKey; }
    public void setLocalKey(PresharedKey k) { this.localKey = k; }
    /** {@code authentication remote pre-share key KEY}: the inline key the peer must use, or null. */
    public PresharedKey remoteKey() { return remoteKey; }
    public void setRemoteKey(PresharedKey k) { this.remoteKey = k; }
    /** {@code keyring local NAME}, or null. */
    public String keyring() { return keyring; }
    public void setKeyring(String keyring) { this.keyring = keyring; }
    public List<TrustpointRef> trustpoints() { return List.copyOf(trustpoints); }
    public void addTrustpoint(TrustpointRef t) {
        trustpoints.removeIf(x -> x.name().equals(t.name()));
        trustpoints.add(t);
    }
    public void removeTrustpoint(String tpName) { trustpoints.removeIf(x -> x.name().equals(tpName)); }
    public void clearTrustpoints() { trustpoints.clear(); }
    /** Configured IKE SA lifetime in seconds, or null for the default 86400. */
    public Integer lifetime() { return lifetime; }
    public int effectiveLifetime() { return lifetime != null ? lifetime : DEFAULT_LIFETIME; }
    public void setLifetime(Integer lifetime) { this.lifetime = lifetime; }
    /** DPD settings, or null (disabled; the global {@code crypto ikev2 dpd} may apply). */
    public Dpd dpd() { return dpd; }
    public void setDpd(Dpd dpd) { this.dpd = dpd; }
    public Integer natKeepalive() { return natKeepalive; }
    public void setNatKeepalive(Integer s) { this.natKeepalive = s; }

    /** {@code authentication remote eap query-identity}: ask the client for its EAP identity. */
    public boolean eapQueryIdentity() { return eapQueryIdentity; }
    public void setEapQueryIdentity(boolean v) { this.eapQueryIdentity = v; }
    /** {@code authentication remote eap timeout N} in seconds, or null (IOS default 90). */
    public Integer eapTimeout() { return eapTimeout; }
    public void setEapTimeout(Integer s) { this.eapTimeout = s; }
    /** {@code aaa authentication eap LIST}, or null. */
    public String aaaAuthenticationEap() { return aaaAuthenticationEap; }
    public void setAaaAuthenticationEap(String l) { this.aaaAuthenticationEap = l; }
    /** {@code aaa authorization group eap list LIST [POLICY]}: the list, or null. */
    public String aaaAuthorizationGroupEapList() { return aaaAuthorizationGroupEapList; }
    /** ... and its authorization policy name, or null. */
    public String aaaAuthorizationGroupEapPolicy() { return aaaAuthorizationGroupEapPolicy; }
    public void setAaaAuthorizationGroupEap(String list, String policy) {
        this.aaaAuthorizationGroupEapList = list;
        this.aaaAuthorizationGroupEapPolicy = list == null ? null : policy;
    }
    /** {@code aaa authorization user eap cached}. */
    public boolean aaaAuthorizationUserEapCached() { return aaaAuthorizationUserEapCached; }
    public void setAaaAuthorizationUserEapCached(boolean v) { this.aaaAuthorizationUserEapCached = v; }
    /** {@code virtual-template N}: clients get a Virtual-Access interface cloned from it, or null. */
    public Integer virtualTemplate() { return virtualTemplate; }
    public void setVirtualTemplate(Integer n) { this.virtualTemplate = n; }

    /** IOS's completeness rule: local and remote authentication, and a match identity. */
    public boolean isComplete() {
        return authenticationLocal != null && !authenticationRemote.isEmpty() && !matchIdentities.isEmpty();
    }

    @Override
    protected List<Object> state() {
        return Arrays.asList(name, matchIdentities, matchAddressLocal, identityLocal, authenticationLocal,
                authenticationRemote, localKey, remoteKey, keyring, trustpoints, lifetime, dpd, natKeepalive,
                eapQueryIdentity, eapTimeout, aaaAuthenticationEap, aaaAuthorizationGroupEapList,
                aaaAuthorizationGroupEapPolicy, aaaAuthorizationUserEapCached, virtualTemplate);
    }
}
