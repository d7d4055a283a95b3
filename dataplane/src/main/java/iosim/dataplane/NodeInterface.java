package iosim.dataplane;

import iosim.dataplane.acl.CompiledAcl;
import iosim.dataplane.capture.PacketCapture;
import iosim.dataplane.packet.Ipv4Address;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One interface of a {@link Node}. Its state is changed only through the node (which hops onto
 * the event loop); getters may be read from any thread (fields are volatile where the
 * controller reads them).
 */
public abstract class NodeInterface {
    private final Node node;
    private final String name;
    private volatile int address;
    private volatile int prefixLength = -1;
    private volatile boolean adminUp;
    private volatile int mtu = 1500;
    private volatile String description = "";
    volatile CompiledAcl accessGroupIn;
    volatile CompiledAcl accessGroupOut;
    volatile NatRole natRole = NatRole.NONE;
    /** {@code ip tcp adjust-mss}: SYNs passing this interface get at most this MSS (0: off). */
    volatile int tcpAdjustMss;
    volatile boolean proxyArp = true;
    final InterfaceCounters counters = new InterfaceCounters();
    final List<PacketHook> hooks = new CopyOnWriteArrayList<>();
    final List<PacketCapture> captures = new CopyOnWriteArrayList<>();

    NodeInterface(Node node, String name) {
        this.node = node;
        this.name = name;
    }

    public abstract InterfaceKind kind();

    /** Line protocol: up when the interface is admin up and its medium works. */
    public abstract boolean lineProtocolUp();

    public Node node() {
        return node;
    }

    public String name() {
        return name;
    }

    /** The IPv4 address, valid only when {@link #hasAddress()}. */
    public int address() {
        return address;
    }

    public int prefixLength() {
        return prefixLength;
    }

    public boolean hasAddress() {
        return prefixLength >= 0;
    }

    public int network() {
        return address & Ipv4Address.mask(prefixLength);
    }

    public int directedBroadcast() {
        return address | ~Ipv4Address.mask(prefixLength);
    }

    /** True when {@code a} lies in this interface's connected subnet. */
    public boolean onSubnet(int a) {
        return hasAddress() && (a & Ipv4Address.mask(prefixLength)) == network();
    }

    public boolean adminUp() {
        return adminUp;
    }

    public int mtu() {
        return mtu;
    }

    public String description() {
        return description;
    }

    /** {@code ip proxy-arp} (IOS default on). */
    public boolean proxyArp() {
        return proxyArp;
    }

    public int tcpAdjustMss() {
        return tcpAdjustMss;
    }

    public NatRole natRole() {
        return natRole;
    }

    public CompiledAcl accessGroupIn() {
        return accessGroupIn;
    }

    public CompiledAcl accessGroupOut() {
        return accessGroupOut;
    }

    /** True when the interface forwards: admin up, line protocol up. */
    public boolean isUp() {
        return adminUp && lineProtocolUp();
    }

    public InterfaceCounters.Snapshot counters() {
        return counters.snapshot();
    }

    void setAddress(int address, int prefixLength) {
        this.address = address;
        this.prefixLength = prefixLength;
    }

    void setAdminUp(boolean up) {
        this.adminUp = up;
    }

    void setMtu(int mtu) {
        this.mtu = mtu;
    }

    void setDescription(String description) {
        this.description = description == null ? "" : description;
    }

    @Override
    public String toString() {
        return name;
    }
}
