package iosim.shell.lab;

/**
 * A simple host: one interface with an address and a default gateway; it answers ping.
 * Addresses as dotted quads, {@code prefix} 0-32, {@code gateway} may be null.
 */
public record HostSpec(String name, String address, int prefix, String gateway, int line) {
}
