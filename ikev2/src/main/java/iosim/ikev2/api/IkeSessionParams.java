package iosim.ikev2.api;

import iosim.ike.time.Lifetime;
import iosim.ike.time.RetransmitSettings;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * Everything the engine needs to run one IKE peering (IOS profile + keyring + proposals
 * compiled by the controller). The same record serves the initiator and the responder side.
 *
 * @param name              a label for events and show output (e.g. the tunnel interface)
 * @param local             our address and IKE port (500)
 * @param remote            the peer's address and IKE port
 * @param nattPort          our and the peer's NAT-T port (4500) used after a NAT is detected
 * @param localId           identity we send
 * @param remoteId          identity the peer must present (null: accept any)
 * @param localPsk          pre-shared key we authenticate with
 * @param remotePsk         pre-shared key the peer must authenticate with
 * @param ikeProposals      IKE proposals in preference order (responders pick in this order)
 * @param child             the first Child SA, negotiated in IKE_AUTH
 * @param ikeLifetime       IKE SA lifetime (soft: rekey, hard: delete)
 * @param dpd               liveness checks
 * @param natKeepaliveMillis interval of NAT keepalives when we are behind a NAT (0 = never)
 * @param retransmit        request retransmission schedule
 * @param initialContact    send INITIAL_CONTACT in IKE_AUTH
 * @param forceNatt         pretend a NAT is present (like strongSwan's encap=yes)
 * @param auth              authentication methods both ways, with certificates when signatures are used
 */
public record IkeSessionParams(String name, InetSocketAddress local, InetSocketAddress remote, int nattPort,
                               Identity localId, Identity remoteId, byte[] localPsk, byte[] remotePsk,
                               List<IkeProposal> ikeProposals, ChildSessionParams child, Lifetime ikeLifetime,
                               DpdSettings dpd, long natKeepaliveMillis, RetransmitSettings retransmit,
                               boolean initialContact, boolean forceNatt, AuthPolicy auth) {
    public IkeSessionParams {
        auth = auth == null ? AuthPolicy.PSK : auth;
        ikeProposals = List.copyOf(ikeProposals);
        localPsk = localPsk.clone();
        remotePsk = remotePsk.clone();
        if (ikeProposals.isEmpty()) {
            throw new IllegalArgumentException("no IKE proposal");
        }
    }

    /** Pre-shared keys both ways ({@link AuthPolicy#PSK}). */
    public IkeSessionParams(String name, InetSocketAddress local, InetSocketAddress remote, int nattPort,
                            Identity localId, Identity remoteId, byte[] localPsk, byte[] remotePsk,
                            List<IkeProposal> ikeProposals, ChildSessionParams child, Lifetime ikeLifetime,
                            DpdSettings dpd, long natKeepaliveMillis, RetransmitSettings retransmit,
                            boolean initialContact, boolean forceNatt) {
        this(name, local, remote, nattPort, localId, remoteId, localPsk, remotePsk, ikeProposals, child, ikeLifetime,
                dpd, natKeepaliveMillis, retransmit, initialContact, forceNatt, AuthPolicy.PSK);
    }

    /** A builder-ish start with defaults: port 4500, daily IKE lifetime, no DPD, 20 s keepalives. */
    public static IkeSessionParams of(String name, InetSocketAddress local, InetSocketAddress remote,
                                      Identity localId, Identity remoteId, byte[] psk,
                                      List<IkeProposal> ikeProposals, ChildSessionParams child) {
        return new IkeSessionParams(name, local, remote, 4500, localId, remoteId, psk, psk, ikeProposals, child,
                Lifetime.IKE_DEFAULT, DpdSettings.OFF, 20_000, RetransmitSettings.DEFAULT, true, false);
    }

    public IkeSessionParams withPsks(byte[] local, byte[] remote) {
        return new IkeSessionParams(name, this.local, this.remote, nattPort, localId, remoteId, local, remote,
                ikeProposals, child, ikeLifetime, dpd, natKeepaliveMillis, retransmit, initialContact, forceNatt, auth);
    }

    public IkeSessionParams withIkeProposals(List<IkeProposal> p) {
        return new IkeSessionParams(name, local, remote, nattPort, localId, remoteId, localPsk, remotePsk,
                p, child, ikeLifetime, dpd, natKeepaliveMillis, retransmit, initialContact, forceNatt, auth);
    }

    public IkeSessionParams withChild(ChildSessionParams c) {
        return new IkeSessionParams(name, local, remote, nattPort, localId, remoteId, localPsk, remotePsk,
                ikeProposals, c, ikeLifetime, dpd, natKeepaliveMillis, retransmit, initialContact, forceNatt, auth);
    }

    public IkeSessionParams withIkeLifetime(Lifetime l) {
        return new IkeSessionParams(name, local, remote, nattPort, localId, remoteId, localPsk, remotePsk,
                ikeProposals, child, l, dpd, natKeepaliveMillis, retransmit, initialContact, forceNatt, auth);
    }

    public IkeSessionParams withDpd(DpdSettings d) {
        return new IkeSessionParams(name, local, remote, nattPort, localId, remoteId, localPsk, remotePsk,
                ikeProposals, child, ikeLifetime, d, natKeepaliveMillis, retransmit, initialContact, forceNatt, auth);
    }

    public IkeSessionParams withRetransmit(RetransmitSettings r) {
        return new IkeSessionParams(name, local, remote, nattPort, localId, remoteId, localPsk, remotePsk,
                ikeProposals, child, ikeLifetime, dpd, natKeepaliveMillis, r, initialContact, forceNatt, auth);
    }

    public IkeSessionParams withForceNatt(boolean f) {
        return new IkeSessionParams(name, local, remote, nattPort, localId, remoteId, localPsk, remotePsk,
                ikeProposals, child, ikeLifetime, dpd, natKeepaliveMillis, retransmit, initialContact, f, auth);
    }

    public IkeSessionParams withInitialContact(boolean ic) {
        return new IkeSessionParams(name, local, remote, nattPort, localId, remoteId, localPsk, remotePsk,
                ikeProposals, child, ikeLifetime, dpd, natKeepaliveMillis, retransmit, ic, forceNatt, auth);
    }

    public IkeSessionParams withAuth(AuthPolicy a) {
        return new IkeSessionParams(name, local, remote, nattPort, localId, remoteId, localPsk, remotePsk,
                ikeProposals, child, ikeLifetime, dpd, natKeepaliveMillis, retransmit, initialContact, forceNatt, a);
    }

    @Override
    public byte[] localPsk() {
        return localPsk.clone();
    }

    @Override
    public byte[] remotePsk() {
        return remotePsk.clone();
    }
}
