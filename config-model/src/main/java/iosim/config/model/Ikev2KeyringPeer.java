package iosim.config.model;

import java.util.Arrays;
import java.util.List;

/** A {@code peer NAME} block inside an IKEv2 keyring. */
public final class Ikev2KeyringPeer extends ModelObject {
    private final String name;
    private String description;
    private Ipv4 address;
    private Ipv4 mask;
    private String hostname;
    private IkeIdentity identity;
    private PresharedKey presharedKey;
    private PresharedKey localKey;
    private PresharedKey remoteKey;

    public Ikev2KeyringPeer(String name) {
        this.name = name;
    }

    public String name() { return name; }
    public String description() { return description; }
    public void setDescription(String d) { this.description = d; }
    public Ipv4 address() { return address; }
    /** The address mask, or null when typed without one (a single host). */
    public Ipv4 mask() { return mask; }
    public void setAddress(Ipv4 address, Ipv4 mask) { this.address = address; this.mask = mask; }
    public String hostname() { return hostname; }
    public void setHostname(String h) { this.hostname = h; }
    public IkeIdentity identity() { return identity; }
    public void setIdentity(IkeIdentity identity) { this.identity = identity; }
    /** The key for both directions ({@code pre-shared-key KEY}), or null. */
    public PresharedKey presharedKey() { return presharedKey; }
    public void setPresharedKey(PresharedKey k) { this.presharedKey = k; }
    public PresharedKey localKey() { return localKey; }
    public void setLocalKey(PresharedKey k) { this.localKey = k; }
    public PresharedKey remoteKey() { return remoteKey; }
    public void setRemoteKey(PresharedKey k) { this.remoteKey = k; }

    /** The key this router signs with: the local key, else the shared one. */
    public PresharedKey effectiveLocalKey() { return localKey != null ? localKey : presharedKey; }
    /** The key the peer must have signed with: the remote key, else the shared one. */
    public PresharedKey effectiveRemoteKey() { return remoteKey != null ? remoteKey : presharedKey; }

    @Override
    protected List<Object> state() {
        return Arrays.asList(name, description, address, mask, hostname, identity, presharedKey, localKey, remoteKey);
    }
}
