package iosim.ikev2.sa;

import iosim.ikev2.api.ChildSaSnapshot;
import iosim.ikev2.api.Identity;
import iosim.ikev2.api.IkeSaSnapshot;
import iosim.ikev2.api.IkeSessionParams;
import iosim.ikev2.crypto.IkeSaKeys;
import iosim.ikev2.crypto.SkKeys;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One IKE SA: SPIs, negotiated algorithms and keys, addresses (after a NAT-T float the
 * 4500 ports), NAT state, message IDs and its Child SAs. Owned by the engine thread and
 * changed only through its methods (its timers are its {@link SaLifecycle}'s). Material only
 * needed during setup (nonces, the IKE_SA_INIT messages) is dropped once IKE_AUTH is done.
 */
public final class IkeSa {
    private final IkeSessionParams params;
    private final boolean initiator;
    private final long createdAt;
    private final MessageIdWindow window = new MessageIdWindow();
    private final List<ChildSa> children = new ArrayList<>(1);
    private long spiI;
    private long spiR;
    private IkeSaState state = IkeSaState.CONNECTING;
    private NegotiatedIkeAlgorithms algorithms;
    private IkeSaKeys keys;
    private SkKeys outboundProtection;
    private SkKeys inboundProtection;
    private InetSocketAddress local;
    private InetSocketAddress remote;
    private boolean natLocal;
    private boolean natRemote;
    private boolean peerFragmentationSupported;
    private Identity remoteId;
    private List<byte[]> peerVendorIds = List.of();
    private List<Integer> peerSignatureHashes = List.of();
    private String localAuth = "PSK";
    private String peerAuth = "PSK";
    private long establishedAt;
    private long lastPeerActivity;

    // setup material, cleared after IKE_AUTH
    private EapExchange eap;
    private boolean mobike;
    private iosim.ikev2.api.RemoteAccessInfo remoteAccess;
    private Runnable remoteAccessRelease;
    private byte[] nonceI;
    private byte[] nonceR;
    private byte[] initRequest;
    private byte[] initResponse;

    public IkeSa(IkeSessionParams params, boolean initiator, long createdAt) {
        this.params = params;
        this.initiator = initiator;
        this.createdAt = createdAt;
        this.lastPeerActivity = createdAt;
        this.local = params.local();
        this.remote = params.remote();
    }

    public IkeSessionParams params() {
        return params;
    }

    /** True if we are the original initiator of this IKE SA (the I flag we send). */
    public boolean initiator() {
        return initiator;
    }

    public String name() {
        return params.name();
    }

    public long spiI() {
        return spiI;
    }

    public long spiR() {
        return spiR;
    }

    public void setSpiI(long spi) {
        this.spiI = spi;
    }

    public void setSpiR(long spi) {
        this.spiR = spi;
    }

    public long localSpi() {
        return initiator ? spiI : spiR;
    }

    public long remoteSpi() {
        return initiator ? spiR : spiI;
    }

    public IkeSaState state() {
        return state;
    }

    public void setState(IkeSaState state) {
        this.state = state;
    }

    /** IKE_AUTH (or the rekey that made this SA) completed at {@code now}. */
    public void markEstablished(long now) {
        state = IkeSaState.ESTABLISHED;
        establishedAt = now;
        lastPeerActivity = now;
    }

    public NegotiatedIkeAlgorithms algorithms() {
        return algorithms;
    }

    public void setAlgorithms(NegotiatedIkeAlgorithms algorithms) {
        this.algorithms = algorithms;
    }

    public IkeSaKeys keys() {
        return keys;
    }

    /** The SA's keys; the SK payload protection for each direction follows from them and our role. */
    public void setKeys(IkeSaKeys keys) {
        this.keys = keys;
        this.outboundProtection = keys.outbound(initiator);
        this.inboundProtection = keys.inbound(initiator);
    }

    /** SK payload protection for what we send. */
    public SkKeys outboundProtection() {
        return outboundProtection;
    }

    /** SK payload protection for what we receive. */
    public SkKeys inboundProtection() {
        return inboundProtection;
    }

    public InetSocketAddress local() {
        return local;
    }

    public InetSocketAddress remote() {
        return remote;
    }

    public void setLocal(InetSocketAddress local) {
        this.local = local;
    }

    public void setRemote(InetSocketAddress remote) {
        this.remote = remote;
    }

    public boolean natLocal() {
        return natLocal;
    }

    public boolean natRemote() {
        return natRemote;
    }

    public void setNatLocal(boolean natLocal) {
        this.natLocal = natLocal;
    }

    public void setNatRemote(boolean natRemote) {
        this.natRemote = natRemote;
    }

    public boolean natDetected() {
        return natLocal || natRemote;
    }

    /** The peer announced IKEV2_FRAGMENTATION_SUPPORTED in IKE_SA_INIT and so did we (RFC 7383 2.3). */
    public boolean peerFragmentationSupported() {
        return peerFragmentationSupported;
    }

    public void setPeerFragmentationSupported(boolean supported) {
        this.peerFragmentationSupported = supported;
    }

    public Identity remoteId() {
        return remoteId;
    }

    public void setRemoteId(Identity remoteId) {
        this.remoteId = remoteId;
    }

    /** The data of the Vendor ID payloads the peer sent in IKE_SA_INIT. */
    public List<byte[]> peerVendorIds() {
        return peerVendorIds;
    }

    public void setPeerVendorIds(List<byte[]> ids) {
        this.peerVendorIds = List.copyOf(ids);
    }

    /** RFC 7427 hash identifiers from the peer's SIGNATURE_HASH_ALGORITHMS notify (empty if none). */
    public List<Integer> peerSignatureHashes() {
        return peerSignatureHashes;
    }

    public void setPeerSignatureHashes(List<Integer> hashes) {
        this.peerSignatureHashes = List.copyOf(hashes);
    }

    /** How we and the peer authenticated, as IOS names it: PSK, RSA or ECDSA. */
    public void setAuthMethods(String local, String peer) {
        this.localAuth = local;
        this.peerAuth = peer;
    }

    public MessageIdWindow window() {
        return window;
    }

    public long createdAt() {
        return createdAt;
    }

    public long establishedAt() {
        return establishedAt;
    }

    public long lastPeerActivity() {
        return lastPeerActivity;
    }

    /** Something authenticated arrived from the peer at {@code now} (or a DPD check was started). */
    public void setLastPeerActivity(long now) {
        this.lastPeerActivity = now;
    }

    public byte[] nonceI() {
        return nonceI;
    }

    public byte[] nonceR() {
        return nonceR;
    }

    public void setNonceI(byte[] nonce) {
        this.nonceI = nonce;
    }

    public void setNonceR(byte[] nonce) {
        this.nonceR = nonce;
    }

    /** Our or the peer's IKE_SA_INIT request as sent (signed into the AUTH payloads). */
    public byte[] initRequest() {
        return initRequest;
    }

    public byte[] initResponse() {
        return initResponse;
    }

    public void setInitRequest(byte[] message) {
        this.initRequest = message;
    }

    public void setInitResponse(byte[] message) {
        this.initResponse = message;
    }

    /** Both sides announced MOBIKE (RFC 4555) in IKE_AUTH. */
    public boolean mobike() {
        return mobike;
    }

    public void setMobike(boolean on) {
        mobike = on;
    }

    /** The EAP conversation of IKE_AUTH in progress (either role), or null. */
    public EapExchange eap() {
        return eap;
    }

    public void setEap(EapExchange eap) {
        this.eap = eap;
    }

    /** The remote-access facts of this SA (EAP identity, attributes), or null. */
    public iosim.ikev2.api.RemoteAccessInfo remoteAccess() {
        return remoteAccess;
    }

    /**
     * Records the remote-access facts; {@code release} (may be null) gives the attributes back
     * when this SA is destroyed while it owns them (see {@link #takeRemoteAccessFrom}).
     */
    public void setRemoteAccess(iosim.ikev2.api.RemoteAccessInfo info, Runnable release) {
        this.remoteAccess = info;
        this.remoteAccessRelease = release;
    }

    /** A rekeyed SA's successor takes over the duty to release its attributes. */
    public void takeRemoteAccessFrom(IkeSa old) {
        this.remoteAccess = old.remoteAccess;
        this.remoteAccessRelease = old.remoteAccessRelease;
        old.remoteAccessRelease = null;
    }

    /** Gives the remote-access attributes back (once) if this SA owns them. */
    void releaseRemoteAccess() {
        Runnable r = remoteAccessRelease;
        remoteAccessRelease = null;
        if (r != null) {
            r.run();
        }
    }

    public void clearSetupMaterial() {
        eap = null;
        nonceI = null;
        nonceR = null;
        initRequest = null;
        initResponse = null;
    }

    /** The Child SAs, read-only (added and removed through {@link SaLifecycle}). */
    public List<ChildSa> children() {
        return Collections.unmodifiableList(children);
    }

    void addChild(ChildSa child) {
        children.add(child);
    }

    boolean removeChild(ChildSa child) {
        return children.remove(child);
    }

    public boolean hasChild(ChildSa child) {
        return children.contains(child);
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
                algorithms == null ? null : algorithms.group(), localAuth, life,
                life == 0 ? -1 : Math.max(0, life - age), age, natLocal, natRemote, natDetected(),
                window.nextRequestId(), window.expectedPeerRequestId(), List.copyOf(kids), peerFragmentationSupported,
                peerVendorIds.stream().map(byte[]::clone).toList(), remoteAccess, peerAuth);
    }
}
