package iosim.dataplane;

/** Where a packet goes: out of {@code iface} towards {@code nextHop} (the destination itself when directly connected). */
public record ForwardingDecision(NodeInterface iface, int nextHop, boolean local) {}
