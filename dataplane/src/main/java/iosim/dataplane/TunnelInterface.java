package iosim.dataplane;

import java.util.Map;

/**
 * A tunnel interface. As a route-based VTI ({@code tunnel mode ipsec ipv4}, no {@link GreSettings})
 * packets routed into it go to its egress {@link PacketHook}s (the IPsec data path), which must
 * consume them; packets decrypted from it are handed back with {@link Node#injectIpv4}, and its
 * line protocol is set by whoever owns the protection. As a GRE tunnel ({@code tunnel mode gre ip})
 * the node encapsulates what is routed into it (the egress hooks then see the GRE packet, so
 * {@code tunnel protection} can encrypt it), decapsulates GRE from its destination, and works out
 * the line protocol itself ({@link #greState()}).
 */
public final class TunnelInterface extends NodeInterface {
    /** Why a GRE tunnel's line protocol is up or down, as IOS's linestate evaluation sees it. */
    public enum GreState {
        UP,
        ADMIN_DOWN,
        /** no {@code tunnel source}, or its interface has no address */
        NO_SOURCE,
        /** the source interface is down */
        SOURCE_DOWN,
        /** no {@code tunnel destination} */
        NO_DESTINATION,
        /** no route to the tunnel destination */
        NO_ROUTE,
        /** the destination is routed through the tunnel itself ({@code %TUN-5-RECURDOWN}) */
        RECURSIVE,
        /** keepalives went unanswered */
        KEEPALIVE
    }

    private volatile boolean lineUp;
    private volatile int tunnelSource;
    private volatile int tunnelDestination;
    private volatile GreSettings gre;
    private volatile GreState greState = GreState.ADMIN_DOWN;
    // keepalive state, loop only
    int keepalivesUnanswered;
    long nextKeepaliveNanos;
    boolean keepaliveDown;
    long recursiveUntilNanos;
    /** A multipoint tunnel's next-hop (tunnel address) to NBMA (transport address) mappings. */
    volatile Map<Integer, Integer> nbma = Map.of();
    /** Where a multipoint tunnel sends multicast and broadcast. */
    volatile int[] multicastNbma = new int[0];
    volatile long keepalivesSent;
    volatile long keepalivesAnswered;

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
        return gre != null ? adminUp() && greState == GreState.UP : adminUp() && lineUp;
    }

    public int tunnelSource() {
        return tunnelSource;
    }

    public int tunnelDestination() {
        return tunnelDestination;
    }

    /** The GRE settings, or null when the tunnel is an IPsec VTI. */
    public GreSettings gre() {
        return gre;
    }

    /** A GRE tunnel's line state and the reason when down (meaningless for a VTI). */
    public GreState greState() {
        return greState;
    }

    /** A multipoint tunnel's NBMA address for tunnel next hop {@code overlay}, or 0 when unknown. */
    public int nbmaFor(int overlay) {
        Integer a = nbma.get(overlay);
        return a == null ? 0 : a;
    }

    /** A multipoint tunnel's mappings (next hop to NBMA address), a copy. */
    public Map<Integer, Integer> nbmaMappings() {
        return Map.copyOf(nbma);
    }

    /** Keepalives sent and replies received (GRE). */
    public long keepalivesSent() {
        return keepalivesSent;
    }

    public long keepalivesAnswered() {
        return keepalivesAnswered;
    }

    void setLineUp(boolean up) {
        this.lineUp = up;
    }

    void setEndpoints(int source, int destination) {
        this.tunnelSource = source;
        this.tunnelDestination = destination;
    }

    void setGre(GreSettings settings) {
        this.gre = settings;
    }

    void setGreState(GreState state) {
        this.greState = state;
    }
}
