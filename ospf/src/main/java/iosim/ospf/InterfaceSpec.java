package iosim.ospf;

import iosim.ospf.packet.Auth;

/**
 * One interface as the process should run it (compiled by the controller from the router's
 * configuration). Times in seconds as configured.
 *
 * @param up line protocol up (the process runs hellos only on up interfaces)
 * @param passive advertised, but no hellos sent or accepted
 */
public record InterfaceSpec(String name, int address, int prefixLength, boolean up, int mtu, int areaId, int cost,
                            int helloInterval, int deadInterval, int priority, NetworkType networkType, boolean passive,
                            Auth auth, int retransmitInterval, int transmitDelay, boolean mtuIgnore) {

    /** Defaults as IOS: hello 10, dead 40, priority 1, retransmit 5, transmit-delay 1. */
    public static InterfaceSpec broadcast(String name, int address, int prefixLength, int areaId, int cost) {
        return new InterfaceSpec(name, address, prefixLength, true, 1500, areaId, cost, 10, 40, 1,
                NetworkType.BROADCAST, false, Auth.NONE, 5, 1, false);
    }

    public InterfaceSpec withUp(boolean u) {
        return new InterfaceSpec(name, address, prefixLength, u, mtu, areaId, cost, helloInterval, deadInterval, priority,
                networkType, passive, auth, retransmitInterval, transmitDelay, mtuIgnore);
    }

    public InterfaceSpec withTimers(int hello, int dead) {
        return new InterfaceSpec(name, address, prefixLength, up, mtu, areaId, cost, hello, dead, priority,
                networkType, passive, auth, retransmitInterval, transmitDelay, mtuIgnore);
    }

    public InterfaceSpec withPriority(int p) {
        return new InterfaceSpec(name, address, prefixLength, up, mtu, areaId, cost, helloInterval, deadInterval, p,
                networkType, passive, auth, retransmitInterval, transmitDelay, mtuIgnore);
    }

    public InterfaceSpec withNetworkType(NetworkType t) {
        return new InterfaceSpec(name, address, prefixLength, up, mtu, areaId, cost, helloInterval, deadInterval, priority,
                t, passive, auth, retransmitInterval, transmitDelay, mtuIgnore);
    }

    public InterfaceSpec withPassive(boolean p) {
        return new InterfaceSpec(name, address, prefixLength, up, mtu, areaId, cost, helloInterval, deadInterval, priority,
                networkType, p, auth, retransmitInterval, transmitDelay, mtuIgnore);
    }

    public InterfaceSpec withAuth(Auth a) {
        return new InterfaceSpec(name, address, prefixLength, up, mtu, areaId, cost, helloInterval, deadInterval, priority,
                networkType, passive, a, retransmitInterval, transmitDelay, mtuIgnore);
    }

    public InterfaceSpec withMtu(int m) {
        return new InterfaceSpec(name, address, prefixLength, up, m, areaId, cost, helloInterval, deadInterval, priority,
                networkType, passive, auth, retransmitInterval, transmitDelay, mtuIgnore);
    }

    public InterfaceSpec withArea(int a) {
        return new InterfaceSpec(name, address, prefixLength, up, mtu, a, cost, helloInterval, deadInterval, priority,
                networkType, passive, auth, retransmitInterval, transmitDelay, mtuIgnore);
    }

    public InterfaceSpec withCost(int c) {
        return new InterfaceSpec(name, address, prefixLength, up, mtu, areaId, c, helloInterval, deadInterval, priority,
                networkType, passive, auth, retransmitInterval, transmitDelay, mtuIgnore);
    }

    public int mask() {
        return iosim.ospf.packet.Addr.mask(prefixLength);
    }

    public int network() {
        return address & mask();
    }
}
