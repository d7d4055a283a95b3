package iosim.shell.controller.tunnel;

import iosim.dataplane.ipsec.IpsecEngine;
import iosim.dataplane.ipsec.IpsecEvent;
import iosim.dataplane.ipsec.SaKeys;
import iosim.dataplane.ipsec.SaLifetime;
import iosim.dataplane.ipsec.SaPairHandle;
import iosim.dataplane.ipsec.SaPairSpec;
import iosim.dataplane.ipsec.UdpEncapsulation;
import iosim.dataplane.ipsec.crypto.EncryptionAlgorithm;
import iosim.dataplane.ipsec.crypto.EspTransform;
import iosim.dataplane.ipsec.crypto.IntegrityAlgorithm;
import iosim.ike.crypto.RandomSource;
import iosim.ike.time.Scheduler;
import iosim.ikev1.api.ChildKeys;
import iosim.ikev1.api.EspProposal;
import iosim.ikev1.api.Ikev1Event;
import iosim.ikev1.api.IsakmpSaSnapshot;
import iosim.ikev1.engine.Ikev1Engine;
import iosim.ikev1.engine.Ikev1Settings;
import iosim.ike.net.Datagram;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The IKEv1 keying of the controller (was {@code Ikev1Sessions}; to become a {@code Keying} of
 * {@code Tunnel}s as docs/TUNNELS.md describes):
 * owns the router's {@link Ikev1Engine}, gives it the compiled {@link Ikev1Intent}s, starts
 * Quick Modes on the dataplane's acquires for IKEv1 SPD entries, installs and removes the
 * negotiated SA pairs, and turns engine events into syslog and {@code debug crypto isakmp}
 * lines. Runs on the router's event loop only.
 */
public final class Ikev1Keying {
    /** {@code debug crypto isakmp}. */
    public static final String DEBUG_FLAG = "isakmp";
    private final IpsecEngine ipsec;
    private final Consumer<String> syslog;
    private final Ikev1Debug debug;
    private final Ikev1Engine engine;
    private final ConnIds ids;
    private final Scheduler scheduler;
    private Map<String, Ikev1Intent> intents = new LinkedHashMap<>();
    /** Installed SA pairs by our inbound SPI. */
    private final Map<Integer, SaPairHandle> pairs = new HashMap<>();
    /** Acquires for an entry already being negotiated are not repeated. */
    private final Map<String, Long> pending = new HashMap<>();

    /**
     * @param debug the {@code debug crypto isakmp} narrative (sees datagrams and every engine event)
     * @param ids   the router's conn ids (the IPsec SA pairs installed get theirs)
     */
    public Ikev1Keying(Scheduler scheduler, Consumer<Datagram> out, IpsecEngine ipsec, Consumer<String> syslog,
                       Ikev1Debug debug, ConnIds ids) {
        this.ids = ids;
        this.ipsec = ipsec;
        this.syslog = syslog;
        this.debug = debug;
        this.scheduler = scheduler;
        double scale = 1000.0 / LifetimeScale.millisPerSecond();
        Ikev1Settings settings = Ikev1Settings.DEFAULT.withTimeScale(scale)
                .withRetransmit(Math.max(50, LifetimeScale.millis(2)), 5);
        this.engine = new Ikev1Engine(scheduler, RandomSource.secure(), d -> {
            if (debug.on()) {
                debug.sent(d.destination(), d.source(), saOf(d));
            }
            out.accept(d);
        }, this::onEvent, settings);
    }

    public boolean hasIntents() {
        return !intents.isEmpty();
    }

    /** True for an ISAKMP (IKEv1) datagram: major version 1 in the header's version octet. */
    public static boolean isIkev1(Datagram d) {
        return d.data().length >= 28 && (d.data()[17] & 0xf0) == 0x10;
    }

    public void receive(Datagram d) {
        if (debug.on()) {
            debug.received(d.source(), d.destination(), saOf(d));
        }
        engine.receive(d);
    }

    /** The ISAKMP SA a datagram belongs to, by its initiator cookie (null: none yet). */
    private IsakmpSaSnapshot saOf(Datagram d) {
        if (d.data().length < 8) {
            return null;
        }
        long icookie = java.nio.ByteBuffer.wrap(d.data(), 0, 8).getLong();
        for (IsakmpSaSnapshot s : engine.snapshots()) {
            if (s.initiatorCookie() == icookie) {
                return s;
            }
        }
        return null;
    }

    public void apply(List<Ikev1Intent> next, boolean aggressiveModeDisabled) {
        Map<String, Ikev1Intent> byName = new LinkedHashMap<>();
        next.forEach(i -> byName.put(i.sessionName(), i));
        for (Ikev1Intent old : intents.values()) {
            if (!byName.containsKey(old.sessionName())) {
                engine.removePeer(old.sessionName());
                for (IsakmpSaSnapshot s : engine.snapshots()) {
                    if (s.peerName().equals(old.sessionName()) && !s.deleted()) {
                        engine.delete(s.connectionId());
                    }
                }
            }
        }
        for (Ikev1Intent i : byName.values()) {
            Ikev1Intent before = intents.get(i.sessionName());
            if (before == null || !before.params().equals(i.params())) {
                engine.addPeer(i.params());
            }
        }
        engine.setAggressiveModeDisabled(aggressiveModeDisabled);
        intents = byName;
    }

    /** Handles the dataplane events that belong to IKEv1 entries; false for the others. */
    public boolean onIpsecEvent(IpsecEvent e) {
        if (e instanceof IpsecEvent.Acquire a) {
            for (Ikev1Intent i : intents.values()) {
                if (!i.interfaceName().equals(a.interfaceName())) {
                    continue;
                }
                for (Ikev1Intent.Flow f : i.flows()) {
                    if (f.entry().id().equals(a.entry().id())) {
                        Long since = pending.get(f.entry().id());
                        long now = System.nanoTime() / 1_000_000;
                        if (since == null || now - since > LifetimeScale.millis(10)) {
                            pending.put(f.entry().id(), now);
                            engine.connect(i.sessionName(), f.quickMode());
                        }
                        return true;
                    }
                }
            }
            return false;
        }
        if (e instanceof IpsecEvent.SoftLifetimeExpired s && pairs.containsKey((int) s.sa().spi())) {
            engine.rekeyChild((int) s.sa().spi());
            return true;
        }
        if (e instanceof IpsecEvent.HardLifetimeExpired h && pairs.containsKey((int) h.sa().spi())) {
            engine.deleteChild((int) h.sa().spi());
            return true;
        }
        return false;
    }

    public List<IsakmpSaSnapshot> snapshots() {
        return engine.snapshots();
    }

    /** {@code show crypto isakmp sa [detail]} from this moment's snapshots (call on the loop). */
    public String showSa(boolean detail) {
        List<IsakmpSaSnapshot> sas = new java.util.ArrayList<>(engine.snapshots());
        sas.sort(java.util.Comparator.comparingLong(IsakmpSaSnapshot::connectionId));
        long now = scheduler.nowMillis();
        long mps = LifetimeScale.millisPerSecond();
        return iosim.shell.controller.show.IsakmpSaText.render(sas, detail, s -> (s.expiresMillis() - now) / mps);
    }

    /**
     * {@code show crypto session}: one session per IKEv1 peer, with its newest ISAKMP SA (null
     * when none) and its SPD entries' flows among {@code flows} (call on the loop).
     */
    public List<iosim.shell.controller.show.CryptoSessionText.Session> sessions(List<iosim.dataplane.ipsec.IpsecFlowSnapshot> flows) {
        List<iosim.shell.controller.show.CryptoSessionText.Session> out = new java.util.ArrayList<>();
        long now = scheduler.nowMillis();
        long mps = LifetimeScale.millisPerSecond();
        for (Ikev1Intent i : intents.values()) {
            IsakmpSaSnapshot best = null;
            for (IsakmpSaSnapshot s : engine.snapshots()) {
                if (s.peerName().equals(i.sessionName()) && !s.deleted()
                        && (best == null || s.established() && (!best.established() || s.connectionId() > best.connectionId()))) {
                    best = s;
                }
            }
            List<iosim.dataplane.ipsec.IpsecFlowSnapshot> mine = new java.util.ArrayList<>();
            for (iosim.dataplane.ipsec.IpsecFlowSnapshot f : flows) {
                for (Ikev1Intent.Flow pf : i.flows()) {
                    if (f.entryId().equals(pf.entry().id()) && f.interfaceName().equals(i.interfaceName())) {
                        mine.add(f);
                    }
                }
            }
            iosim.shell.controller.show.CryptoSessionText.Ikev1Sa v1 = best == null ? null
                    : new iosim.shell.controller.show.CryptoSessionText.Ikev1Sa(hostPort(best.local()),
                    hostPort(best.remote()), best.established(), !best.established(),
                    iosim.shell.controller.show.IsakmpSaText.connId(best),
                    (best.dpd() ? "D" : "") + (best.natDetected() ? "N" : ""), (best.expiresMillis() - now) / mps,
                    (now - best.createdMillis()) / mps);
            out.add(new iosim.shell.controller.show.CryptoSessionText.Session(i.interfaceName(), null, i.peer(), 0,
                    null, mine, v1));
        }
        return out;
    }

    private static String hostPort(java.net.InetSocketAddress a) {
        return a.getAddress().getHostAddress() + "/" + a.getPort();
    }

    /** {@code clear crypto session [remote A]}: the ISAKMP SAs with that peer (all: null), with Deletes. */
    public Void clearPeer(Integer remoteOrNull) {
        for (IsakmpSaSnapshot s : engine.snapshots()) {
            if (!s.deleted() && (remoteOrNull == null || bits(s.remote().getAddress()) == remoteOrNull)) {
                engine.delete(s.connectionId());
            }
        }
        return null;
    }

    /** {@code clear crypto sa [peer A]}: the IPsec SAs (Quick Mode pairs) only, with Deletes. */
    public Void clearChildren(Integer peerOrNull) {
        for (ChildKeys k : engine.childSas()) {
            if (peerOrNull == null || bits(k.remoteAddress().getAddress()) == peerOrNull) {
                engine.deleteChild(k.inboundSpi());
            }
        }
        return null;
    }

    /** IOS {@code clear crypto isakmp}: every ISAKMP SA, with Deletes; the IPsec SAs stay. */
    public void clearAll() {
        for (IsakmpSaSnapshot s : engine.snapshots()) {
            engine.deleteIsakmp(s.connectionId());
        }
    }

    /** IOS {@code clear crypto isakmp ID}: the ISAKMP SA only (its IPsec SAs stay). */
    public boolean clear(long connectionId) {
        return engine.deleteIsakmp(connectionId);
    }

    private void onEvent(Ikev1Event e) {
        debug.event(e);
        if (e instanceof Ikev1Event.Phase2Up u) {
            install(u.child());
        } else if (e instanceof Ikev1Event.Phase2Deleted d) {
            SaPairHandle h = pairs.remove(d.child().inboundSpi());
            if (h != null) {
                ipsec.removeSaPair(h);
                ids.forgetIpsecPair(h.peer(), h.inboundSpi(), h.outboundSpi());
            }
        } else if (e instanceof Ikev1Event.Phase2Failed f) {
            pending.clear();
        } else if (e instanceof Ikev1Event.Phase1Failed f) {
            pending.clear();
        } else if (e instanceof Ikev1Event.BadMessage b) {
            syslog.accept("%CRYPTO-4-IKMP_BAD_MESSAGE: IKE message from " + b.remote().getAddress().getHostAddress()
                    + " failed its sanity check or is malformed");
        }
    }

    private void install(ChildKeys k) {
        Ikev1Intent intent = intents.get(k.peerName());
        if (intent == null) {
            return;
        }
        Ikev1Intent.Flow flow = null;
        for (Ikev1Intent.Flow f : intent.flows()) {
            if (f.quickMode().local().contains(k.local()) && f.quickMode().remote().contains(k.remote())) {
                flow = f;
                break;
            }
        }
        if (flow == null) {
            return;
        }
        pending.remove(flow.entry().id());
        UdpEncapsulation encap = k.udpEncapsulation()
                ? new UdpEncapsulation(k.localAddress().getPort(), k.remoteAddress().getPort()) : null;
        try {
            SaPairSpec spec = new SaPairSpec(intent.interfaceName(), flow.entry().id(),
                    iosim.dataplane.ipsec.IpsecProtocol.ESP, iosim.dataplane.ipsec.IpsecMode.TUNNEL,
                    bits(k.localAddress().getAddress()), bits(k.remoteAddress().getAddress()),
                    encap, transform(k.transform()), flow.entry().selector(),
                    Integer.toUnsignedLong(k.inboundSpi()), new SaKeys(k.inboundEncryptionKey(), k.inboundAuthKey()),
                    Integer.toUnsignedLong(k.outboundSpi()), new SaKeys(k.outboundEncryptionKey(), k.outboundAuthKey()),
                    intent.replayWindow(), false, SaLifetime.of(flow.lifetimeSeconds(), flow.lifetimeKilobytes()),
                    k.pfs() == null ? 0 : k.pfs().id());
            SaPairHandle h = ipsec.installSaPair(spec);
            ids.ipsecPair(h.peer(), h.inboundSpi(), h.outboundSpi());
            pairs.put(k.inboundSpi(), h);
        } catch (RuntimeException ex) {
            syslog.accept("%CRYPTO-4-RECVD_PKT_INV_SPI: could not install IPsec SA: " + ex.getMessage());
        }
    }

    private static int bits(java.net.InetAddress a) {
        byte[] b = a.getAddress();
        return (b[0] & 0xff) << 24 | (b[1] & 0xff) << 16 | (b[2] & 0xff) << 8 | (b[3] & 0xff);
    }

    /** The negotiated IKEv1 ESP transform as the dataplane's. */
    static EspTransform transform(EspProposal p) {
        EncryptionAlgorithm enc = switch (p.cipher()) {
            case DES -> EncryptionAlgorithm.DES_CBC;
            case TDES -> EncryptionAlgorithm.TDES_CBC;
            case NULL -> EncryptionAlgorithm.NULL;
            case AES -> EncryptionAlgorithm.AES_CBC;
        };
        int bits = switch (p.cipher()) {
            case DES -> 64;
            case TDES -> 192;
            case NULL -> 0;
            case AES -> p.keyBits();
        };
        IntegrityAlgorithm integ = switch (p.auth()) {
            case NONE -> IntegrityAlgorithm.NONE;
            case HMAC_MD5 -> IntegrityAlgorithm.HMAC_MD5_96;
            case HMAC_SHA1 -> IntegrityAlgorithm.HMAC_SHA1_96;
            case HMAC_SHA2_256 -> IntegrityAlgorithm.HMAC_SHA2_256_128;
            case HMAC_SHA2_384 -> IntegrityAlgorithm.HMAC_SHA2_384_192;
            case HMAC_SHA2_512 -> IntegrityAlgorithm.HMAC_SHA2_512_256;
        };
        return new EspTransform(enc, bits, integ);
    }
}
