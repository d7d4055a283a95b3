package iosim.ikev2.engine;

import iosim.ikev2.api.EngineCounters;
import iosim.ikev2.api.EngineSettings;
import iosim.ikev2.api.FragmentationSettings;
import iosim.ikev2.sa.EngineContext;
import iosim.ikev2.sa.TaskManager;
import iosim.ike.crypto.RandomSource;
import iosim.ike.time.Scheduler;
import iosim.ikev2.api.ChildSessionParams;
import iosim.ike.net.Datagram;
import iosim.ikev2.api.IkeEventListener;
import iosim.ikev2.api.IkeSaSnapshot;
import iosim.ikev2.api.IkeSessionParams;
import iosim.ikev2.message.DecodeResult;
import iosim.ikev2.message.ExchangeType;
import iosim.ikev2.message.IkeHeader;
import iosim.ikev2.message.NotifyPayload;
import iosim.ikev2.message.NotifyType;
import iosim.ikev2.sa.ChildSa;
import iosim.ikev2.sa.IkeSa;
import iosim.ikev2.sa.IkeSaState;
import iosim.ikev2.task.ChildCreateTask;
import iosim.ikev2.task.ChildDeleteTask;
import iosim.ikev2.task.DpdTask;
import iosim.ikev2.task.IkeDeleteTask;
import iosim.ikev2.task.IkeInitTask;
import iosim.ikev2.task.IkeRekeyTask;
import iosim.ikev2.task.NotifyTask;
import iosim.ikev2.task.ProposalCodec;
import iosim.ikev2.task.Tasks;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The IKEv2 engine of one router: datagrams in ({@link #receive}), datagrams out (the sink
 * given at construction), events out (the listener), commands in. Single-threaded: every
 * method must be called on the thread that runs the {@link Scheduler}'s tasks; nothing here
 * locks. Malformed or unexpected datagrams are counted in {@link #counters()} and dropped; no
 * exception escapes {@link #receive}.
 */
public final class IkeEngine {
    private final EngineContext ctx;
    private final InitResponder initResponder;
    private final Map<String, IkeSessionParams> peers = new LinkedHashMap<>();

    public IkeEngine(Scheduler scheduler, RandomSource random, long seed, Consumer<Datagram> out,
                     IkeEventListener listener, EngineSettings settings) {
        this.ctx = new EngineContext(scheduler, new Random(seed), random, out, listener, settings, new Tasks());
        this.initResponder = new InitResponder(ctx);
    }

    /** A production engine: secure randomness. */
    public static IkeEngine create(Scheduler scheduler, Consumer<Datagram> out, IkeEventListener listener) {
        return create(scheduler, out, listener, EngineSettings.DEFAULT);
    }

    /** A production engine with these settings (cookies, fragmentation ...). */
    public static IkeEngine create(Scheduler scheduler, Consumer<Datagram> out, IkeEventListener listener,
                                   EngineSettings settings) {
        RandomSource r = RandomSource.secure();
        return new IkeEngine(scheduler, r, r.nextLong(), out, listener, settings);
    }

    /**
     * Changes RFC 7383 fragmentation at run time (IOS's {@code crypto ikev2 fragmentation [mtu N]}):
     * IKE SAs set up from now on announce it or not; an existing SA keeps what its IKE_SA_INIT
     * negotiated, and its fragments take the new size from now on.
     */
    public void setFragmentation(FragmentationSettings f) {
        ctx.setFragmentation(f);
    }

    /**
     * Changes the number of half-open IKE SAs from which IKE_SA_INIT requests must carry a COOKIE
     * (RFC 7296 2.6; IOS's {@code crypto ikev2 cookie-challenge N}), from the next request on.
     */
    public void setCookieThreshold(int halfOpenSas) {
        ctx.setCookieThreshold(halfOpenSas);
    }

    /**
     * The Vendor ID payloads (their data, opaque to the engine) sent in every IKE_SA_INIT request
     * and response from now on; the peer's are in {@link iosim.ikev2.api.IkeSaSnapshot#peerVendorIds()}.
     */
    public void setVendorIds(List<byte[]> vendorIds) {
        ctx.setVendorIds(vendorIds);
    }

    /**
     * MOBIKE (RFC 4555) as responder, for IKE SAs set up from now on: answer an initiator's
     * MOBIKE_SUPPORTED and follow its UPDATE_SA_ADDRESSES (IOS-XE FlexVPN servers do by default).
     */
    public void setMobike(boolean on) {
        ctx.setMobike(on);
    }

    /** The fragmentation IKE SAs set up from now on use. */
    public FragmentationSettings fragmentation() {
        return ctx.settings().fragmentation();
    }

    /** Accept IKE_SA_INIT from {@code params.remote()}'s address with these parameters (replaces by name). */
    public void addPeer(IkeSessionParams params) {
        peers.put(params.name(), params);
    }

    public void removePeer(String name) {
        peers.remove(name);
        ctx.setResponderChildren(name, List.of());
        ctx.setRemoteAccess(name, null);
        ctx.setEapClient(name, null);
    }

    /**
     * The Child SAs session {@code name} accepts when the peer asks for one (IKE_AUTH or
     * CREATE_CHILD_SA, on an IKE SA of either role), in preference order: the first template whose
     * proposals and selectors match the request is narrowed to (RFC 7296 2.9). Without templates the
     * session's {@link IkeSessionParams#child()} is the only one; an empty list goes back to that.
     */
    public void setResponderChildren(String name, List<ChildSessionParams> templates) {
        ctx.setResponderChildren(name, templates);
    }

    /**
     * Makes session {@code name} a remote-access gateway (null: back to normal): its peers
     * authenticate with EAP against {@code policy}'s credentials and get attributes from its
     * authorizer; we still authenticate with the session's PSK. For IKE SAs set up from now on.
     */
    public void setRemoteAccess(String name, iosim.ikev2.api.RemoteAccessPolicy policy) {
        ctx.setRemoteAccess(name, policy);
    }

    /**
     * Makes session {@code name} initiate as a remote-access client (null: back to normal): no
     * AUTH of ours in the first IKE_AUTH, EAP with these credentials, a CFG_REQUEST.
     */
    public void setEapClient(String name, iosim.ikev2.api.EapClientParams client) {
        ctx.setEapClient(name, client);
    }

    /** Starts IKE_SA_INIT towards {@code params.remote()}; returns our SPI of the new IKE SA. */
    public long initiate(IkeSessionParams params) {
        peers.putIfAbsent(params.name(), params);
        IkeSa sa = new IkeSa(params, true, ctx.now());
        sa.setSpiI(ctx.spis().allocateIkeSpi());
        TaskManager tm = new TaskManager(ctx, sa);
        ctx.register(tm);
        tm.queue(new IkeInitTask(tm));
        return sa.spiI();
    }

    /** One datagram from the network (IKE message without the non-ESP marker). */
    public void receive(Datagram d) {
        ctx.counters().received++;
        try {
            dispatch(d);
        } catch (RuntimeException e) {
            ctx.counters().internalErrors++;
        }
    }

    private void dispatch(Datagram d) {
        Optional<IkeHeader> oh = ctx.codec().header(d.data());
        if (oh.isEmpty()) {
            ctx.counters().malformedDropped++;
            return;
        }
        IkeHeader h = oh.get();
        if (h.exchangeType() == ExchangeType.IKE_SA_INIT && !h.response()) {
            if (h.responderSpi() != 0 || !h.initiator()) {
                ctx.counters().malformedDropped++;
                return;
            }
            if (ctx.codec().decodePlain(d.data()) instanceof DecodeResult.Ok ok) {
                initResponder.handle(ok.message(), d, peerFor(d.source().getAddress(), d.destination().getAddress()));
            } else {
                ctx.counters().malformedDropped++;
            }
            return;
        }
        long localSpi = h.initiator() ? h.responderSpi() : h.initiatorSpi();
        TaskManager tm = ctx.manager(localSpi);
        if (tm == null) {
            ctx.counters().unknownSpiDropped++;
            return;
        }
        IkeSa sa = tm.sa();
        if (h.initiator() == sa.initiator()) {
            ctx.counters().malformedDropped++;
            return;
        }
        if (h.exchangeType() == ExchangeType.IKE_SA_INIT) {
            if (sa.state() == IkeSaState.CONNECTING && sa.keys() == null
                    && ctx.codec().decodePlain(d.data()) instanceof DecodeResult.Ok ok) {
                tm.handleResponse(ok.message(), d);
            } else {
                ctx.counters().unexpectedResponseDropped++;
            }
            return;
        }
        if (sa.spiR() != 0 && (h.initiatorSpi() != sa.spiI() || h.responderSpi() != sa.spiR())) {
            ctx.counters().unknownSpiDropped++;
            return;
        }
        // the outer message first: a malformed header or SK/SKF payload is not an ICV failure
        if (!(ctx.codec().decodePlain(d.data()) instanceof DecodeResult.Ok outer)) {
            ctx.counters().malformedDropped++;
            return;
        }
        DecodeResult r = ctx.codec().decodeProtected(d.data(), outer.message(), sa);
        if (r instanceof DecodeResult.Ok ok) {
            sa.setLastPeerActivity(ctx.now());
            if (h.response()) {
                tm.handleResponse(ok.message(), d);
            } else {
                tm.handleRequest(ok.message(), d);
            }
        } else if (r instanceof DecodeResult.Fragment f) {
            if (!sa.peerFragmentationSupported()) {
                ctx.counters().fragmentsDropped++; // RFC 7383 was not negotiated on this SA
                return;
            }
            sa.setLastPeerActivity(ctx.now());
            if (h.response()) {
                tm.handleResponseFragment(f, d);
            } else {
                tm.handleRequestFragment(f, d);
            }
        } else if (r instanceof DecodeResult.Error e && e.authenticated() && e.hasNotify() && !h.response()) {
            sa.setLastPeerActivity(ctx.now());
            tm.answerMalformedRequest(h, e, d);
        } else if (r instanceof DecodeResult.Error e && !e.authenticated()) {
            ctx.counters().authenticationFailedDropped++;
        } else {
            ctx.counters().malformedDropped++;
        }
    }

    /**
     * The parameters for an IKE_SA_INIT from {@code remote} received on {@code local}: a peer with
     * both addresses first (a router with several interfaces has one session per interface for the
     * same peer, each with its own local identity), then one with the remote address, then a wildcard.
     */
    private IkeSessionParams peerFor(InetAddress remote, InetAddress local) {
        IkeSessionParams byRemote = null;
        for (IkeSessionParams p : peers.values()) {
            if (p.remote().getAddress().equals(remote)) {
                if (p.local().getAddress().equals(local)) {
                    return p;
                }
                if (byRemote == null) {
                    byRemote = p;
                }
            }
        }
        if (byRemote != null) {
            return byRemote;
        }
        for (IkeSessionParams p : peers.values()) {
            if (p.remote().getAddress().isAnyLocalAddress()) {
                return p;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ commands

    private Optional<TaskManager> established(long localSpi) {
        TaskManager tm = ctx.manager(localSpi);
        return tm != null && tm.sa().state() == IkeSaState.ESTABLISHED ? Optional.of(tm) : Optional.empty();
    }

    public boolean rekeyIke(long localSpi) {
        return established(localSpi).map(tm -> {
            tm.queue(new IkeRekeyTask(tm));
            return true;
        }).orElse(false);
    }

    public boolean rekeyChild(long localSpi, int inboundSpi) {
        return established(localSpi).map(tm -> {
            ChildSa c = tm.sa().childByInboundSpi(inboundSpi);
            if (c == null) {
                return false;
            }
            tm.queue(ChildCreateTask.rekey(tm, c));
            return true;
        }).orElse(false);
    }

    public boolean createChild(long localSpi, ChildSessionParams params) {
        return established(localSpi).map(tm -> {
            tm.queue(ChildCreateTask.create(tm, params));
            return true;
        }).orElse(false);
    }

    public boolean deleteChild(long localSpi, int inboundSpi) {
        return established(localSpi).map(tm -> {
            ChildSa c = tm.sa().childByInboundSpi(inboundSpi);
            if (c == null) {
                return false;
            }
            tm.queue(new ChildDeleteTask(tm, c, "deleted locally"));
            return true;
        }).orElse(false);
    }

    /** Deletes the IKE SA (and its Child SAs) with an INFORMATIONAL Delete; a half-open one is just dropped. */
    public boolean deleteIke(long localSpi) {
        TaskManager tm = ctx.manager(localSpi);
        if (tm == null) {
            return false;
        }
        if (tm.sa().state() == IkeSaState.CONNECTING) {
            tm.lifecycle().destroy("deleted locally");
        } else {
            tm.queue(new IkeDeleteTask(tm, "deleted locally"));
        }
        return true;
    }

    /** Sends a liveness check now. */
    public boolean dpd(long localSpi) {
        return established(localSpi).map(tm -> {
            tm.useRetransmitForNext(tm.sa().params().dpd().retransmit());
            tm.queue(new DpdTask(tm));
            return true;
        }).orElse(false);
    }

    /**
     * The dataplane got ESP with an SPI it does not know from {@code peer}: tell the peer with
     * INVALID_SPI over an IKE SA with it (RFC 7296 2.21.4). Returns false if there is none.
     */
    public boolean reportInvalidSpi(InetAddress peer, int spi) {
        for (TaskManager tm : ctx.managers()) {
            if (tm.sa().state() == IkeSaState.ESTABLISHED && tm.sa().remote().getAddress().equals(peer)) {
                NotifyPayload n = new NotifyPayload(iosim.ikev2.message.ProtocolId.ESP, new byte[0],
                        NotifyType.INVALID_SPI.value(), ProposalCodec.spiBytes(spi));
                tm.lifecycle().failure(NotifyType.INVALID_SPI.name(), false,
                        String.format("ESP from %s with unknown SPI 0x%08X", peer.getHostAddress(), spi));
                tm.queue(new NotifyTask(tm, List.of(n), "INVALID_SPI"));
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ state

    public List<IkeSaSnapshot> snapshots() {
        List<IkeSaSnapshot> out = new ArrayList<>();
        for (TaskManager tm : ctx.managers()) {
            out.add(tm.sa().snapshot(ctx.now()));
        }
        out.sort((a, b) -> Long.compareUnsigned(a.localSpi(), b.localSpi()));
        return out;
    }

    /** The keys of every IKE SA that has them (iosim's lab key export for Wireshark; secrets). */
    public List<iosim.ikev2.api.IkeSaSecrets> secrets() {
        List<iosim.ikev2.api.IkeSaSecrets> out = new ArrayList<>();
        for (TaskManager tm : ctx.managers()) {
            if (tm.sa().keys() != null) {
                out.add(new iosim.ikev2.api.IkeSaSecrets(tm.sa().spiI(), tm.sa().spiR(), tm.sa().keys()));
            }
        }
        return out;
    }

    public Optional<IkeSaSnapshot> snapshot(long localSpi) {
        TaskManager tm = ctx.manager(localSpi);
        return tm == null ? Optional.empty() : Optional.of(tm.sa().snapshot(ctx.now()));
    }

    public int ikeSaCount() {
        return ctx.ikeSaCount();
    }

    /** For tests in this package: the shared services and SA table. */
    EngineContext context() {
        return ctx;
    }

    public EngineCounters counters() {
        return ctx.counters();
    }
}
