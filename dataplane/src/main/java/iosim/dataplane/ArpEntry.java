package iosim.dataplane;

import iosim.dataplane.packet.MacAddress;

/**
 * One line of {@code show ip arp}.
 *
 * @param ageMinutes minutes since learned, or -1 for the router's own addresses ("-")
 * @param mac null for an incomplete entry
 */
public record ArpEntry(int address, int ageMinutes, MacAddress mac, String interfaceName) {}
