package iosim.dataplane;

import iosim.dataplane.packet.MacAddress;

/**
 * A snapshot of one interface for {@code show interfaces} / {@code show ip interface brief}.
 *
 * @param prefixLength -1 when unassigned
 * @param mac null for non-Ethernet interfaces
 * @param link the link's description ({@link iosim.dataplane.link.Link#describe()}), or null
 */
public record InterfaceStatus(String name, InterfaceKind kind, int address, int prefixLength, boolean adminUp,
        boolean lineProtocolUp, int mtu, MacAddress mac, String description, String link,
        InterfaceCounters.Snapshot counters) {

    /** IOS's Status column: {@code up}, {@code down} or {@code administratively down}. */
    public String statusText() {
        return !adminUp ? "administratively down" : lineProtocolUp ? "up" : "down";
    }

    /** IOS's Protocol column. */
    public String protocolText() {
        return adminUp && lineProtocolUp ? "up" : "down";
    }
}
