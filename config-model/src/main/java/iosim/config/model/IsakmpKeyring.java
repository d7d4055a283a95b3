package iosim.config.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code crypto keyring NAME} (the IKEv1 keyring, as AWS-generated configurations use it): its
 * {@code pre-shared-key address A [MASK] key K} entries in the order typed, an optional
 * {@code local-address} (address or interface name, as typed) and description.
 */
public final class IsakmpKeyring extends ModelObject {
    private final String name;
    private final List<IsakmpKey> keys = new ArrayList<>();
    private String localAddress;
    private String description;

    public IsakmpKeyring(String name) {
        this.name = name;
    }

    public String name() { return name; }
    public List<IsakmpKey> keys() { return List.copyOf(keys); }
    public void putKey(IsakmpKey k) {
        keys.removeIf(k::sameTarget);
        keys.add(k);
    }
    public boolean removeKey(IsakmpKey k) { return keys.removeIf(k::sameTarget); }

    /** The key for a peer: the most specific entry covering it, or null. */
    public IsakmpKey keyFor(Ipv4 peer) {
        return IsakmpConfig.mostSpecific(keys, peer);
    }

    public String localAddress() { return localAddress; }
    public void setLocalAddress(String a) { this.localAddress = a; }
    public String description() { return description; }
    public void setDescription(String d) { this.description = d; }

    @Override
    protected List<Object> state() {
        return Arrays.asList(name, keys, localAddress, description);
    }
}
