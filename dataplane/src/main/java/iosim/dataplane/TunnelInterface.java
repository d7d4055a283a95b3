package iosim.dataplane;

/**
 * A route-based VTI ({@code tunnel mode ipsec ipv4}). Packets routed into it go to its egress
 * {@link PacketHook}s (the IPsec data path), which must consume them; packets decrypted from it
 * are handed back with {@link Node#injectIpv4}. The line protocol is set by whoever owns the
 * protection (IOS shows it up when the tunnel source and destination are usable).
 */
public final class TunnelInterface extends NodeInterface {
    private volatile boolean lineUp;
    private volatile int tunnelSource;
    private volatile int tunnelDestination;

    TunnelInterface(Node node, String name) {
        super(node, name);
        setMtu(1438);
    }

    @Override
    public InterfaceKind kind() {
        return InterfaceKind.TUNNEL;
    }

    @Override
    public boolean lineProtocolUp() {
        return adminUp() && lineUp;
    }

    public int tunnelSource() {
        return tunnelSource;
    }

    public int tunnelDestination() {
        return tunnelDestination;
    }

    void setLineUp(boolean up) {
        this.lineUp = up;
    }

    void setEndpoints(int source, int destination) {
        this.tunnelSource = source;
        this.tunnelDestination = destination;
    }
}
