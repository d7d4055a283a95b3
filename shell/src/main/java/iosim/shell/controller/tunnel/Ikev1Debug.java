package iosim.shell.controller.tunnel;

import iosim.ikev1.api.Ikev1Event;
import iosim.ikev1.api.IsakmpSaSnapshot;
import java.net.InetSocketAddress;

/** The {@code debug crypto isakmp} narrative {@link Ikev1Keying} feeds (the text lives in the controller). */
public interface Ikev1Debug {
    /** Whether {@code debug crypto isakmp} is on (datagram lines are built only then). */
    boolean on();

    /** A datagram we send, with the ISAKMP SA it belongs to (null: none yet). */
    void sent(InetSocketAddress to, InetSocketAddress from, IsakmpSaSnapshot sa);

    /** A datagram we received, with its ISAKMP SA (null: none yet). */
    void received(InetSocketAddress from, InetSocketAddress to, IsakmpSaSnapshot sa);

    /** Every engine event, before the keying acts on it. */
    void event(Ikev1Event e);
}
