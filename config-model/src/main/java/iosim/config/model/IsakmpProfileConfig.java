package iosim.config.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code crypto isakmp profile NAME}: the keyring it takes keys from, the peer identities it
 * matches ({@code match identity address A [MASK]}), self-identity, keepalive (DPD interval and
 * retry), {@code initiate mode aggressive}, local-address and description (null/false: unset).
 */
public final class IsakmpProfileConfig extends ModelObject {
    /** One {@code match identity address A [MASK]}; a null mask is a host. */
    public record Match(Ipv4 address, Ipv4 mask) {
        public boolean covers(Ipv4 peer) {
            int m = mask == null ? -1 : mask.bits();
            return (peer.bits() & m) == (address.bits() & m);
        }
    }

    private final String name;
    private String keyring;
    private final List<Match> matches = new ArrayList<>();
    private String selfIdentity;
    private Integer keepaliveSeconds;
    private Integer keepaliveRetry;
    private boolean initiateAggressive;
    private String localAddress;
    private String description;

    public IsakmpProfileConfig(String name) {
        this.name = name;
    }

    public String name() { return name; }
    public String keyring() { return keyring; }
    public void setKeyring(String k) { this.keyring = k; }
    public List<Match> matches() { return List.copyOf(matches); }
    public void addMatch(Match m) {
        matches.remove(m);
        matches.add(m);
    }
    public void removeMatch(Match m) { matches.remove(m); }
    /** True when {@code peer} falls under one of the match identity address lines. */
    public boolean matches(Ipv4 peer) {
        return matches.stream().anyMatch(m -> m.covers(peer));
    }
    /** address, fqdn or null (address). */
    public String selfIdentity() { return selfIdentity; }
    public void setSelfIdentity(String s) { this.selfIdentity = s; }
    public Integer keepaliveSeconds() { return keepaliveSeconds; }
    public Integer keepaliveRetry() { return keepaliveRetry; }
    public void setKeepalive(Integer seconds, Integer retry) {
        this.keepaliveSeconds = seconds;
        this.keepaliveRetry = retry;
    }
    public boolean initiateAggressive() { return initiateAggressive; }
    public void setInitiateAggressive(boolean a) { this.initiateAggressive = a; }
    public String localAddress() { return localAddress; }
    public void setLocalAddress(String a) { this.localAddress = a; }
    public String description() { return description; }
    public void setDescription(String d) { this.description = d; }

    @Override
    protected List<Object> state() {
        return Arrays.asList(name, keyring, matches, selfIdentity, keepaliveSeconds, keepaliveRetry, initiateAggressive,
                localAddress, description);
    }
}
