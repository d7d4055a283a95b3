package iosim.shell.lab;

/**
 * One end of a lab link: a router's Ethernet interface ({@code SITE-A GigabitEthernet0/0}) or a
 * host (its only interface; {@code ifName} is null). {@code line} is where the lab file names it.
 */
public record Endpoint(String node, String ifName, int line) {
    /** The text used in messages, e.g. {@code SITE-A GigabitEthernet0/0}. */
    public String label() {
        return ifName == null ? node : node + " " + ifName;
    }

    /** The identity used to find an interface used twice (node and interface, not the line). */
    public String key() {
        return label();
    }
}
