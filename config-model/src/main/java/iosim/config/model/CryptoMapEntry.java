package iosim.config.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@code crypto map NAME SEQ ipsec-isakmp}: one entry of a crypto map set. */
public final class CryptoMapEntry extends ModelObject {
    private final int sequence;
    private String description;
    private final List<Ipv4> peers = new ArrayList<>();
    private final IpsecPolicySettings settings = new IpsecPolicySettings();
    private String matchAddress;
    private boolean reverseRoute;
    private boolean reverseRouteStatic;
    private String dynamicMap;

    public CryptoMapEntry(int sequence) {
        this.sequence = sequence;
    }

    public int sequence() { return sequence; }
    public String description() { return description; }
    public void setDescription(String d) { this.description = d; }
    /** {@code set peer} addresses in order (the first is tried first). */
    public List<Ipv4> peers() { return List.copyOf(peers); }
    public void addPeer(Ipv4 p) { if (!peers.contains(p)) { peers.add(p); } }
    public void removePeer(Ipv4 p) { peers.remove(p); }
    public IpsecPolicySettings settings() { return settings; }
    /** The {@code match address} ACL name, or null. */
    public String matchAddress() { return matchAddress; }
    public void setMatchAddress(String acl) { this.matchAddress = acl; }
    public boolean reverseRoute() { return reverseRoute; }
    public boolean reverseRouteStatic() { return reverseRouteStatic; }
    public void setReverseRoute(boolean enabled, boolean isStatic) {
        this.reverseRoute = enabled;
        this.reverseRouteStatic = enabled && isStatic;
    }

    /** {@code crypto map NAME SEQ ipsec-isakmp dynamic DYN}: the dynamic map template, or null. */
    public String dynamicMap() { return dynamicMap; }
    public void setDynamicMap(String name) { this.dynamicMap = name; }

    /** IOS: an entry stays disabled until it has a peer and an access list. */
    public boolean isComplete() {
        return !peers.isEmpty() && matchAddress != null;
    }

    @Override
    protected List<Object> state() {
        return Arrays.asList(sequence, description, peers, settings, matchAddress, reverseRoute, reverseRouteStatic,
                dynamicMap);
    }
}
