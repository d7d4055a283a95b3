package iosim.dataplane.ipsec.spd;

import java.util.Objects;

/**
 * One ordered entry of an interface's SPD. For a crypto map, each {@code permit} line of the
 * match ACL of map entry {@code mapTag mapSeq} is one PROTECT entry (one IOS "flow" with its own
 * counters and SA pair) and each {@code deny} line a BYPASS entry; a VTI has one PROTECT entry
 * with {@link AddressRangeSelector#any()}.
 *
 * @param id       unique within the interface; SA pairs are installed against it
 * @param action   protect, bypass or discard
 * @param selector the packets it covers
 * @param peer     the IPsec peer (tunnel endpoint) for PROTECT, else 0
 * @param mapTag   crypto map name (e.g. "CMAP" or "Tunnel0-head-0"), for show and events
 * @param mapSeq   crypto map entry sequence number
 */
public record SpdEntry(String id, SpdAction action, TrafficSelector selector, int peer, String mapTag, int mapSeq) {

    public SpdEntry {
        Objects.requireNonNull(id);
        Objects.requireNonNull(action);
        Objects.requireNonNull(selector);
        mapTag = mapTag == null ? "" : mapTag;
    }

    public static SpdEntry protect(String id, TrafficSelector selector, int peer, String mapTag, int mapSeq) {
        return new SpdEntry(id, SpdAction.PROTECT, selector, peer, mapTag, mapSeq);
    }

    public static SpdEntry bypass(String id, TrafficSelector selector) {
        return new SpdEntry(id, SpdAction.BYPASS, selector, 0, "", 0);
    }
}
