package iosim.shell.controller.tunnel;

import iosim.ikev2.api.ChildSaKeys;

/** The debug narrative a tunnel feeds ({@code debug crypto ipsec} and the IKEv2 lookup lines). */
public interface TunnelDebug {
    /** {@code IPSEC(sa_request)}: traffic for {@code f} asks for an SA. */
    void saRequest(PeerIntent p, PeerIntent.Flow f);

    /** The keyring and policy lookup before we start a keying SA. */
    void beforeInitiate(PeerIntent p);

    /** The {@code IPSEC(create_sa)} pair of an installed Child SA with conn ids {@code connId}, +1. */
    void createSa(ChildSaKeys k, int connId, long lifetimeSeconds, long lifetimeKilobytes);

    /** One free {@code debug crypto ipsec} line. */
    void ipsec(String text);
}
