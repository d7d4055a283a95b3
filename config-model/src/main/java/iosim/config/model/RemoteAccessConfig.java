package iosim.config.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Remote access (FlexVPN server) configuration outside the IKEv2 profile: the AAA method lists
 * ({@code aaa authentication login NAME local}, {@code aaa authorization network NAME local}),
 * the {@code ip local pool}s and the {@code crypto ikev2 authorization policy}s.
 */
public final class RemoteAccessConfig extends ModelObject {
    private final Map<String, List<String>> authenticationLogin = new LinkedHashMap<>();
    private final Map<String, String> authorizationNetwork = new LinkedHashMap<>();
    private final Map<String, LocalPool> pools = new LinkedHashMap<>();
    private final Map<String, Ikev2AuthorizationPolicy> policies = new LinkedHashMap<>();

    /** Login authentication lists: name to methods ({@code local}, {@code none}) in order. */
    public Map<String, List<String>> authenticationLogin() { return Collections.unmodifiableMap(authenticationLogin); }
    public void setAuthenticationLogin(String list, List<String> methods) { authenticationLogin.put(list, List.copyOf(methods)); }
    public void removeAuthenticationLogin(String list) { authenticationLogin.remove(list); }
    /** Network authorization lists: name to method. */
    public Map<String, String> authorizationNetwork() { return Collections.unmodifiableMap(authorizationNetwork); }
    public void setAuthorizationNetwork(String list, String method) { authorizationNetwork.put(list, method); }
    public void removeAuthorizationNetwork(String list) { authorizationNetwork.remove(list); }
    public Map<String, LocalPool> pools() { return Collections.unmodifiableMap(pools); }
    public void putPool(LocalPool p) { pools.put(p.name(), p); }
    public void removePool(String name) { pools.remove(name); }
    public Map<String, Ikev2AuthorizationPolicy> policies() { return Collections.unmodifiableMap(policies); }
    public Ikev2AuthorizationPolicy policyOrCreate(String name) {
        return policies.computeIfAbsent(name, Ikev2AuthorizationPolicy::new);
    }
    public void removePolicy(String name) { policies.remove(name); }

    public boolean isEmpty() {
        return authenticationLogin.isEmpty() && authorizationNetwork.isEmpty() && pools.isEmpty() && policies.isEmpty();
    }

    @Override
    protected List<Object> state() {
        return Arrays.asList(authenticationLogin, authorizationNetwork, pools, policies);
    }
}
