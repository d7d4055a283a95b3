package iosim.ikev2.api;

/**
 * IKE fragmentation (RFC 7383) as this engine does it.
 *
 * @param enabled                  announce IKEV2_FRAGMENTATION_SUPPORTED in IKE_SA_INIT (both roles) and,
 *                                 when the peer announced it too, fragment large protected messages
 * @param ipPacketSize             largest IP packet an IKE message may make, IP and UDP headers (and the
 *                                 non-ESP marker on port 4500) included, like strongSwan's
 *                                 {@code charon.fragment_size} and IOS's {@code crypto ikev2 fragmentation mtu}
 * @param maxFragments             fragments of one inbound message we are willing to collect
 * @param maxReassemblyBytes       octets of one inbound message we are willing to hold while reassembling
 * @param reassemblyTimeoutMillis  an incomplete inbound message is dropped after this long
 */
public record FragmentationSettings(boolean enabled, int ipPacketSize, int maxFragments, int maxReassemblyBytes,
                                    long reassemblyTimeoutMillis) {
    /** strongSwan's defaults: on, 1280 octets. */
    public static final FragmentationSettings DEFAULT = new FragmentationSettings(true, 1280, 64, 64 * 1024, 30_000);
    public static final FragmentationSettings OFF = DEFAULT.withEnabled(false);

    private static final int IPV4_HEADER = 20;
    private static final int IPV6_HEADER = 40;
    private static final int UDP_HEADER = 8;
    private static final int NON_ESP_MARKER = 4;

    public FragmentationSettings {
        if (ipPacketSize < 128 || maxFragments < 1 || maxReassemblyBytes < 1 || reassemblyTimeoutMillis < 1) {
            throw new IllegalArgumentException("bad fragmentation settings");
        }
    }

    public FragmentationSettings withEnabled(boolean e) {
        return new FragmentationSettings(e, ipPacketSize, maxFragments, maxReassemblyBytes, reassemblyTimeoutMillis);
    }

    public FragmentationSettings withIpPacketSize(int size) {
        return new FragmentationSettings(enabled, size, maxFragments, maxReassemblyBytes, reassemblyTimeoutMillis);
    }

    /**
     * The largest IKE message (header to last ICV octet) that fits in one IP packet from
     * {@code ipv6} or IPv4, with the non-ESP marker when neither port is 500.
     */
    public int maxMessageSize(boolean ipv6, boolean nonEspMarker) {
        return ipPacketSize - (ipv6 ? IPV6_HEADER : IPV4_HEADER) - UDP_HEADER - (nonEspMarker ? NON_ESP_MARKER : 0);
    }
}
