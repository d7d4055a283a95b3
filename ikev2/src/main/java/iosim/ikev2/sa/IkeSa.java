package iosim.ikev2.sa;

import iosim.ike.time.Scheduler;
import iosim.ikev2.api.ChildSaSnapshot;
import iosim.ikev2.api.Identity;
import iosim.ikev2.api.IkeSaSnapshot;
import iosim.ikev2.api.IkeSessionParams;
import iosim.ikev2.crypto.IkeSaKeys;
import iosim.ikev2.crypto.SkKeys;
import iosim.ikev2.task.NegotiatedIkeAlgorithms;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * One IKE SA: SPIs, negotiated algorithms and keys, addresses (after a NAT-T float the
 * 4500 ports), NAT state, message IDs and its Child SAs. Owned by the engine thread; the
 * fields are the engine's working state. Material only needed during setup (nonces, the
 * IKE_SA_INIT messages) is dropped once IKE_AUTH is done.
 */
public final class IkeSa {
    public final IkeSessionParams params;
    /** True if we are the original initiator of this IKE SA (the I flag we send). */
    public final boolean initiator;
    public long spiI;
    public long spiR;
    public IkeSaState state = IkeSaState.CONNECTING;
    public NegotiatedIkeAlgorithms algorithms;
    public IkeSaKeys keys;
    /** SK payload protection for what we send and what we receive (set with the keys). */
    public SkKeys outboundProtection;
    public SkKeys inboundProtection;
    public InetSocketAddress local;
    public InetSocketAddress remote;
    public boolean natLocal;
    public boolean natRemote;
    /** The peer announced IKEV2_FRAGMENTATION_SUPPORTED in IKE_SA_INIT and so did we (RFC 7383 2.3). */
    public boolean peerFragmentationSupported;
    public Identity remoteId;
    public final MessageIdWindow window = new MessageIdWindow();
    public final List<ChildSa> children = new ArrayList<>(1);
    public final long createdAt;
    public long establishedAt;
    public long lastPeerActivity;

    // setup material, cleared after IKE_AUTH
    public byte[] nonceI;
    public byte[] nonceR;
    public byte[] initRequest;
    public byte[] initResponse;

    public Scheduler.Timer rekeyTimer;
    public Scheduler.Timer hardTimer;
    public Scheduler.Timer dpdTimer;
    public Scheduler.Timer keepaliveTimer;
    public Scheduler.Timer halfOpenTimer;

    public IkeSa(IkeSessionParams params, boolean initiator, long createdAt) {
        this.params = params;
        this.initiator = initiator;
        this.createdAt = createdAt;
        this.lastPeerActivity = createdAt;
        this.local = params.local();
        this.remote = params.remote();
    }

    public long localSpi() {
        return initiator ? spiI : spiR;
    }

    public long remoteSpi() {
        return initiator ? spiR : spiI;
    }

    public boolean natDetected() {
        return natLocal || natRemote;
    }

    public String name() {
        return params.name();
    }

    public void clearSetupMaterial() {
        nonceI = null;
        nonceR = null;
        initRequest = null;
        initResponse = null;
    }

    public ChildSa childByInboundSpi(int spi) {
        for (ChildSa c : children) {
            if (c.inboundSpi() == spi) {
                return c;
            }
        }
        return null;
    }

    public ChildSa childByOutboundSpi(int spi) {
        for (ChildSa c : children) {
            if (c.outboundSpi() == spi) {
                return c;
            }
        }
        return null;
    }

    public void cancelTimers() {
        for (Scheduler.Timer t : new Scheduler.Timer[] {rekeyTimer, hardTimer, dpdTimer, keepaliveTimer, halfOpenTimer}) {
            if (t != null) {
                t.cancel();
            }
        }
        rekeyTimer = hardTimer = dpdTimer = keepaliveTimer = halfOpenTimer = null;
    }

    public IkeSaSnapshot snapshot(long now) {
        List<ChildSaSnapshot> kids = new ArrayList<>();
        for (ChildSa c : children) {
            kids.add(c.snapshot(now));
        }
        long life = params.ikeLifetime().hardMillis();
        long since = establishedAt > 0 ? establishedAt : createdAt;
        long age = now - since;
        return new IkeSaSnapshot(name(), localSpi(), remoteSpi(), initiator, state.name(), local, remote,
                params.localId(), remoteId, algorithms == null ? null : algorithms.encryption(),
                algorithms == null ? null : algorithms.prf(), algorithms == null ? null : algorithms.integrity(),
                algorithms == null ? null : algorithms.group(), "PSK", life,
                life == 0 ? -1 : Math.max(0, life - age), age, natLocal, natRemote, natDetected(),
                window.nextRequestId(), window.expectedPeerRequestId(), List.copyOf(kids), peerFragmentationSupported);
    }
}
