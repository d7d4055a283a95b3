package iosim.ikev2.api;

import java.net.InetAddress;
import java.util.List;

/**
 * What a remote-access gateway hands a client in its CFG_REPLY (RFC 7296 3.15), or what a
 * client received: the internal address and netmask, DNS and NBNS (WINS) servers, the protected
 * subnets (split tunnel; empty: everything) and the DNS domain. Any part may be absent (null or empty).
 */
public record ConfigAttributes(InetAddress address, InetAddress netmask, List<InetAddress> dns,
                               List<InetAddress> nbns, List<TrafficSelectorSpec> subnets, String domain) {
    public ConfigAttributes {
        dns = dns == null ? List.of() : List.copyOf(dns);
        nbns = nbns == null ? List.of() : List.copyOf(nbns);
        subnets = subnets == null ? List.of() : List.copyOf(subnets);
    }

    public static final ConfigAttributes NONE = new ConfigAttributes(null, null, List.of(), List.of(), List.of(), null);
}
