package iosim.config.model;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code crypto ikev2 keyring NAME} with its peer blocks in creation order. */
public final class Ikev2Keyring extends ModelObject {
    private final String name;
    private final Map<String, Ikev2KeyringPeer> peers = new LinkedHashMap<>();

    public Ikev2Keyring(String name) {
        this.name = name;
    }

    public String name() { return name; }
    public Collection<Ikev2KeyringPeer> peers() { return Collections.unmodifiableCollection(peers.values()); }
    public Ikev2KeyringPeer peer(String peerName) { return peers.get(peerName); }

    /** The peer block of that name, created when missing. */
    public Ikev2KeyringPeer peerOrCreate(String peerName) {
        return peers.computeIfAbsent(peerName, Ikev2KeyringPeer::new);
    }

    public void removePeer(String peerName) { peers.remove(peerName); }

    @Override
    protected List<Object> state() {
        return Arrays.asList(name, peers);
    }
}
