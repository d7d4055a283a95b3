package iosim.dataplane;

/**
 * A tunnel interface's GRE encapsulation ({@code tunnel mode gre ip}, RFC 2784/2890).
 *
 * @param keyed            {@code tunnel key}: every packet carries {@code key}, and only packets with
 *                         that key are taken by the tunnel
 * @param key              the key (unsigned 32 bits)
 * @param checksum         {@code tunnel checksum}: outgoing packets carry a GRE checksum
 * @param keepaliveSeconds {@code keepalive N}: a keepalive every N seconds (0: none, IOS's default on tunnels)
 * @param keepaliveRetries {@code keepalive N R}: the line protocol goes down once R keepalives went unanswered
 * @param protectedOnly    {@code tunnel protection}: GRE arriving unencrypted is dropped (only what the
 *                         tunnel's IPsec decrypted is taken; keepalive replies, which the peer routes back
 *                         outside its tunnel, excepted)
 * @param multipoint       {@code tunnel mode gre multipoint}: no fixed destination; each next hop's NBMA
 *                         (transport) address comes from the tunnel's mappings ({@link Node#setNbmaMappings}),
 *                         multicast and broadcast go to each of its multicast NBMA addresses, and GRE from
 *                         any address with the tunnel's source and key is taken
 */
public record GreSettings(boolean keyed, long key, boolean checksum, int keepaliveSeconds, int keepaliveRetries,
                          boolean protectedOnly, boolean multipoint) {

    /** Plain GRE: no key, no checksum, no keepalives. */
    public static final GreSettings PLAIN = new GreSettings(false, 0, false, 0, 0, false, false);

    /** Unprotected point-to-point GRE. */
    public GreSettings(boolean keyed, long key, boolean checksum, int keepaliveSeconds, int keepaliveRetries) {
        this(keyed, key, checksum, keepaliveSeconds, keepaliveRetries, false, false);
    }

    /** Point-to-point GRE. */
    public GreSettings(boolean keyed, long key, boolean checksum, int keepaliveSeconds, int keepaliveRetries,
                       boolean protectedOnly) {
        this(keyed, key, checksum, keepaliveSeconds, keepaliveRetries, protectedOnly, false);
    }

    public GreSettings {
        if (key < 0 || key > 0xffff_ffffL) {
            throw new IllegalArgumentException("key " + key);
        }
        if (keepaliveSeconds < 0 || keepaliveRetries < 0) {
            throw new IllegalArgumentException("keepalive " + keepaliveSeconds + " " + keepaliveRetries);
        }
    }

    /** The bytes GRE adds in front of a packet: the outer IPv4 header and the GRE header. */
    public int overhead() {
        return 20 + iosim.dataplane.packet.GreHeader.length(checksum, keyed, false);
    }
}
