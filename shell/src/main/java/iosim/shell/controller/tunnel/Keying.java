package iosim.shell.controller.tunnel;

/**
 * What a {@link Tunnel} asks of its key exchange (on the router's loop). SAs are named by the id
 * the keying handed out ({@code start}) or reported ({@link KeyingEvent}); Child SA pairs by our
 * inbound SPI. Results come back as {@link KeyingEvent}s through {@link TunnelTable#onKeying}.
 */
public interface Keying {
    /** The peer may now negotiate with us (responder), or its parameters changed. */
    void configure(PeerIntent intent);

    /** The tunnel is gone from the configuration: forget its peer. */
    void remove(String session);

    /** Starts a keying SA that carries {@code flow}'s Child SA; returns the new SA's id. */
    long start(PeerIntent intent, PeerIntent.Flow flow);

    /** Asks for one more Child SA (another ACL line) on an established SA. */
    void addChild(long saId, PeerIntent.Flow flow);

    void rekeyChild(long saId, int inboundSpi);

    void deleteChild(long saId, int inboundSpi);

    void deleteSa(long saId);

    /** A liveness check now (on-demand DPD). */
    void dpd(long saId);
}
