package iosim.dataplane.ipsec;

import iosim.dataplane.ipsec.IpsecEvent.Direction;
import iosim.dataplane.ipsec.IpsecEvent.LifetimeKind;
import iosim.dataplane.ipsec.IpsecEvent.SaRef;
import iosim.dataplane.ipsec.crypto.SequenceBytes;
import iosim.dataplane.ipsec.spd.InterfacePolicy;
import iosim.dataplane.ipsec.spd.SpdAction;
import iosim.dataplane.ipsec.spd.SpdEntry;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The IPsec dataplane of one router: per-interface SPDs, the SAD, ESP/AH processing, lifetimes
 * and events. Every method must be called on the router's event loop (no locks); events are
 * delivered synchronously on it. Time comes from an injected millisecond clock (virtual in
 * tests); the owner calls {@link #checkLifetimes()} about once a second.
 */
public final class IpsecEngine {
    /** How long after an acquire a flow without SA stays quiet before raising another. */
    public static final long ACQUIRE_RETRY_MILLIS = 10_000;
    /** How often the owner should call {@link #checkLifetimes()}. */
    public static final long LIFETIME_CHECK_INTERVAL_MILLIS = 1_000;

    private final ByteBufAllocator alloc;
    private final LongSupplier clockMillis;
    private final Consumer<IpsecEvent> events;
    private final Map<String, InterfacePolicy> policies = new LinkedHashMap<>();
    private final Map<String, Map<String, Flow>> flows = new LinkedHashMap<>();
    private final SadTable<InboundSa> sad = new SadTable<>();
    /** Per interface: its SPD entries as an array and the flow of each PROTECT entry at the same index. */
    private final Map<String, SpdView> views = new HashMap<>();
    private final int headroom;
    private int nextIpId = 1;
    /** Fragment a DF-clear packet too big for its SA before encrypting it (IOS's default), or the ESP packet after. */
    private volatile boolean fragmentBeforeEncryption = true;
    private volatile DfBitPolicy dfBit = DfBitPolicy.COPY;
    private long invalidSpi, natKeepalives, malformed, cleartextDropped, ikeOnNatT, internalErrors;

    public IpsecEngine(ByteBufAllocator alloc, LongSupplier clockMillis, Consumer<IpsecEvent> events) {
        this(alloc, clockMillis, events, 0);
    }

    /**
     * @param headroom bytes left free in front of every packet this engine builds (so a link
     *                 header can be prepended without copying)
     */
    public IpsecEngine(ByteBufAllocator alloc, LongSupplier clockMillis, Consumer<IpsecEvent> events, int headroom) {
        this.headroom = headroom;
        this.alloc = alloc;
        this.clockMillis = clockMillis;
        this.events = events;
    }

    // ---------------------------------------------------------------- configuration

    /**
     * Sets (or replaces) the SPD of one interface. Flows of entries that keep their id keep their
     * SAs and counters; SAs of entries that disappeared are removed (keys wiped).
     */
    public void setInterfacePolicy(InterfacePolicy policy) {
        policies.put(policy.interfaceName(), policy);
        Map<String, Flow> old = flows.getOrDefault(policy.interfaceName(), Map.of());
        Map<String, Flow> now = new LinkedHashMap<>();
        for (SpdEntry e : policy.entries()) {
            if (e.action() != SpdAction.PROTECT) {
                continue;
            }
            Flow f = old.get(e.id());
            if (f == null) {
                f = new Flow(policy.interfaceName(), e);
            }
            f.entry = e;
            now.put(e.id(), f);
        }
        for (Map.Entry<String, Flow> e : old.entrySet()) {
            if (!now.containsKey(e.getKey())) {
                removeFlowSas(e.getValue());
            }
        }
        flows.put(policy.interfaceName(), now);
        views.put(policy.interfaceName(), SpdView.of(policy, now));
    }

    /** Removes an interface's SPD (e.g. {@code no crypto map}) and all its SAs. */
    public void removeInterfacePolicy(String interfaceName) {
        policies.remove(interfaceName);
        views.remove(interfaceName);
        Map<String, Flow> old = flows.remove(interfaceName);
        if (old != null) {
            old.values().forEach(this::removeFlowSas);
        }
    }

    /**
     * Installs a negotiated SA pair on the flow of its PROTECT entry. If the flow already has an
     * outbound SA this is a rekey (make-before-break): the new outbound SA is used from now on;
     * the old inbound SA stays accepted until {@link #removeSaPair} removes the old pair.
     */
    public SaPairHandle installSaPair(SaPairSpec spec) {
        Flow flow = flow(spec.interfaceName(), spec.entryId());
        if (flow == null) {
            throw new IllegalArgumentException("no PROTECT entry " + spec.entryId() + " on " + spec.interfaceName());
        }
        long key = sadKey(spec.inboundSpi(), spec.localAddress());
        if (sad.containsKey(key)) {
            throw new IllegalArgumentException(String.format("inbound SPI 0x%X already installed", spec.inboundSpi()));
        }
        long now = clockMillis.getAsLong();
        InboundSa in = new InboundSa(spec, flow.counters, now);
        OutboundSa out = new OutboundSa(spec, flow.counters, now);
        sad.put(key, in);
        flow.inbound.add(in);
        if (flow.current != null) {
            flow.retiredOutbound.add(flow.current);
        }
        flow.current = out;
        flow.acquireRaisedAtMillis = Long.MIN_VALUE;
        return new SaPairHandle(spec.interfaceName(), spec.entryId(), spec.inboundSpi(), spec.outboundSpi(),
                spec.localAddress(), spec.remoteAddress());
    }

    /** Removes both SAs of a pair (those still present) and wipes their keys. */
    public void removeSaPair(SaPairHandle handle) {
        Flow flow = flow(handle.interfaceName(), handle.entryId());
        InboundSa in = sad.get(sadKey(handle.inboundSpi(), handle.localAddress()));
        if (in != null && flow != null && flow.inbound.contains(in)) {
            removeInbound(flow, in);
        }
        if (flow != null) {
            for (OutboundSa o : flow.allOutbound()) {
                if (o.spi == handle.outboundSpi() && o.spec.remoteAddress() == handle.peer()) {
                    removeOutbound(flow, o);
                }
            }
        }
    }

    /** {@code clear crypto sa}: removes every SA (peer 0) or those towards one peer. */
    public void clearSas(int peerOrZero) {
        for (Map<String, Flow> m : flows.values()) {
            for (Flow f : m.values()) {
                for (InboundSa in : List.copyOf(f.inbound)) {
                    if (peerOrZero == 0 || in.spec.remoteAddress() == peerOrZero) {
                        removeInbound(f, in);
                    }
                }
                for (OutboundSa o : f.allOutbound()) {
                    if (peerOrZero == 0 || o.spec.remoteAddress() == peerOrZero) {
                        removeOutbound(f, o);
                    }
                }
            }
        }
    }

    /** {@code clear crypto sa counters}. */
    public void clearCounters() {
        for (Map<String, Flow> m : flows.values()) {
            m.values().forEach(f -> f.counters.clear());
        }
        invalidSpi = natKeepalives = malformed = cleartextDropped = ikeOnNatT = internalErrors = 0;
    }

    private void removeFlowSas(Flow f) {
        List.copyOf(f.inbound).forEach(in -> removeInbound(f, in));
        f.allOutbound().forEach(o -> removeOutbound(f, o));
    }

    private void removeInbound(Flow f, InboundSa in) {
        sad.remove(sadKey(in.spi, in.spec.localAddress()));
        f.inbound.remove(in);
        in.destroy();
    }

    private void removeOutbound(Flow f, OutboundSa o) {
        if (f.current == o) {
            f.current = null;
        }
        f.retiredOutbound.remove(o);
        o.destroy();
    }

    private Flow flow(String interfaceName, String entryId) {
        Map<String, Flow> m = flows.get(interfaceName);
        return m == null ? null : m.get(entryId);
    }

    private static long sadKey(long spi, int destination) {
        return SadTable.key(spi, destination);
    }

    /** The fast-path form of one interface's SPD: entries in order, each PROTECT entry's flow beside it. */
    private record SpdView(InterfacePolicy policy, SpdEntry[] entries, Flow[] flows) {
        static SpdView of(InterfacePolicy policy, Map<String, Flow> flows) {
            SpdEntry[] e = policy.entries().toArray(new SpdEntry[0]);
            Flow[] f = new Flow[e.length];
            for (int i = 0; i < e.length; i++) {
                f[i] = flows.get(e[i].id());
            }
            return new SpdView(policy, e, f);
        }
    }

    // ---------------------------------------------------------------- outbound

    /**
     * Applies the SPD of {@code interfaceName} to an IPv4 packet about to leave it. On
     * {@link OutboundResult.Protected} and {@link OutboundResult.Dropped} the packet was released.
     */
    /**
     * Where a DF-clear packet too big for its SA is fragmented: before encryption (true, IOS's
     * default: {@link OutboundResult.FragmentFirst}) or, as one ESP packet, after it (false).
     */
    public void setFragmentBeforeEncryption(boolean before) {
        this.fragmentBeforeEncryption = before;
    }

    /** The outer DF bit of tunnel-mode packets (IOS's default: copied from the inner packet). */
    public void setDfBit(DfBitPolicy policy) {
        this.dfBit = policy;
    }

    public OutboundResult processOutbound(String interfaceName, ByteBuf packet) {
        SpdView view = views.get(interfaceName);
        if (view == null) {
            return OutboundResult.BYPASS;
        }
        InterfacePolicy policy = view.policy;
        PacketTuple t = PacketTuple.parse(packet);
        if (t == null || t.isIkeOrIpsecOf(policy.localAddress())) {
            return OutboundResult.BYPASS;
        }
        int index = firstMatch(view.entries, t, false);
        SpdEntry entry = index < 0 ? null : view.entries[index];
        if (entry == null || entry.action() == SpdAction.BYPASS) {
            return OutboundResult.BYPASS;
        }
        if (entry.action() == SpdAction.DISCARD) {
            packet.release();
            return new OutboundResult.Dropped(DropReason.POLICY_DISCARD);
        }
        Flow flow = view.flows[index];
        OutboundSa sa = flow.current;
        if (sa == null) {
            flow.counters.noSaSend++;
            packet.release();
            long now = clockMillis.getAsLong();
            if (flow.acquireRaisedAtMillis == Long.MIN_VALUE || now - flow.acquireRaisedAtMillis >= ACQUIRE_RETRY_MILLIS) {
                flow.acquireRaisedAtMillis = now;
                events.accept(new IpsecEvent.Acquire(interfaceName, entry, t.src(), t.dst(), t.protocol()));
            }
            return new OutboundResult.Dropped(DropReason.NO_SA);
        }
        int innerLen = packet.readableBytes();
        int plaintextMtu = IpsecFlowSnapshot.plaintextMtu(sa.spec, policy.ipMtu());
        if (innerLen > plaintextMtu) {
            if ((packet.getByte(packet.readerIndex() + 6) & 0x40) == 0) {
                if (fragmentBeforeEncryption) {
                    return new OutboundResult.FragmentFirst(plaintextMtu);
                }
            } else if (dfBit != DfBitPolicy.CLEAR || sa.spec.mode() != IpsecMode.TUNNEL) {
                // DF set: fragmentation needed (with df-bit clear the inner DF is ignored instead:
                // the packet is encrypted whole and the outer packet fragmented)
                ByteBuf icmp = IcmpTooBig.build(packet, policy.localAddress(), plaintextMtu, alloc, headroom, nextIpId());
                flow.counters.tooBigSend++;
                packet.release();
                return new OutboundResult.TooBig(icmp, plaintextMtu);
            }
        }
        long seq = sa.takeSequence();
        if (seq < 0) {
            flow.counters.replayRolloverSend++;
            packet.release();
            return new OutboundResult.Dropped(DropReason.SEQUENCE_EXHAUSTED);
        }
        ByteBuf out = null;
        try {
            out = sa.spec.protocol() == IpsecProtocol.ESP
                    ? EspCodec.encapsulate(sa, seq, packet, alloc, nextIpId(), headroom)
                    : AhCodec.encapsulate(sa, seq, packet, alloc, nextIpId(), headroom);
        } catch (RuntimeException e) {
            flow.counters.internalErrSend++;
            return new OutboundResult.Dropped(DropReason.MALFORMED);
        } finally {
            if (out != packet) {
                packet.release();       // built into a new buffer (else the packet became the ESP packet)
            }
        }
        if (sa.spec.mode() == IpsecMode.TUNNEL) {
            dfBit.apply(out);
        }
        FlowCounters c = flow.counters;
        c.encaps++;
        if (sa.spec.protocol() == IpsecProtocol.ESP
                && sa.transform().encryption() != iosim.dataplane.ipsec.crypto.EncryptionAlgorithm.NULL) {
            c.encrypt++;
        }
        c.digest++;
        c.bytesOut += innerLen;
        if (sa.crossesExhaustionMark()) {
            events.accept(new IpsecEvent.SequenceNumberExhausted(ref(flow, sa, Direction.OUTBOUND), seq));
        }
        LifetimeKind kind = sa.lifetime.addBytes(innerLen);
        if (kind != null) {
            lifetimeReached(flow, sa, Direction.OUTBOUND, kind);
        }
        return new OutboundResult.Protected(out, sa.spec.remoteAddress());
    }

    private int nextIpId() {
        int id = nextIpId;
        nextIpId = (id + 1) & 0xffff;
        return id;
    }

    /** Index of the first entry matching {@code t}, or -1. */
    private static int firstMatch(SpdEntry[] entries, PacketTuple t, boolean mirrored) {
        for (int i = 0; i < entries.length; i++) {
            SpdEntry e = entries[i];
            boolean m = mirrored ? t.matchesMirrored(e.selector()) : t.matches(e.selector());
            if (m) {
                return i;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- inbound

    /**
     * Handles an IPv4 packet received on {@code interfaceName} (reassembled, addressed to this
     * router or not): ESP, AH and UDP/4500 are processed; a cleartext packet that the interface's
     * SPD says must arrive protected is dropped; anything else is {@link InboundResult#NOT_IPSEC}.
     */
    public InboundResult processInbound(String interfaceName, ByteBuf packet) {
        try {
            return inbound(interfaceName, packet);
        } catch (RuntimeException e) {
            // a bug or a provider failure must cost one packet, never the router
            internalErrors++;
            if (packet.refCnt() > 0) {
                packet.release();
            }
            return new InboundResult.Dropped(DropReason.MALFORMED);
        }
    }

    private InboundResult inbound(String interfaceName, ByteBuf packet) {
        if (packet.readableBytes() < Ipv4Header.MIN_LENGTH) {
            return InboundResult.NOT_IPSEC;
        }
        int ri = packet.readerIndex();
        int hl = (packet.getByte(ri) & 0x0f) * 4;
        int total = packet.getUnsignedShort(ri + 2);
        int proto = packet.getUnsignedByte(ri + 9);
        boolean fragment = (packet.getUnsignedShort(ri + 6) & 0x3fff) != 0;
        if ((packet.getByte(ri) & 0xf0) != 0x40 || hl < Ipv4Header.MIN_LENGTH || total < hl
                || total > packet.readableBytes() || fragment) {
            return InboundResult.NOT_IPSEC;
        }
        if (proto == Ipv4Header.PROTO_ESP) {
            packet = writableHeapCopy(packet);
            int ip = packet.arrayOffset() + packet.readerIndex();
            return processEsp(packet, ip, ip + hl, total - hl, false);
        }
        if (proto == Ipv4Header.PROTO_AH) {
            packet = writableHeapCopy(packet);
            int ip = packet.arrayOffset() + packet.readerIndex();
            return processAh(packet, ip, ip + hl, total);
        }
        if (proto == Ipv4Header.PROTO_UDP && total - hl >= EspCodec.UDP_HEADER
                && packet.getUnsignedShort(ri + hl + 2) == UdpEncapsulation.NAT_T_PORT) {
            return processNatTPort(packet, ri, hl, total);
        }
        SpdView view = views.get(interfaceName);
        if (view != null) {
            PacketTuple t = PacketTuple.parse(packet);
            if (t != null && !t.isIkeOrIpsecOf(view.policy.localAddress())) {
                int i = firstMatch(view.entries, t, true);
                if (i >= 0 && view.entries[i].action() == SpdAction.PROTECT) {
                    cleartextDropped++;
                    packet.release();
                    return new InboundResult.Dropped(DropReason.CLEARTEXT_NOT_ALLOWED);
                }
            }
        }
        return InboundResult.NOT_IPSEC;
    }

    private InboundResult processNatTPort(ByteBuf packet, int ri, int hl, int total) {
        int udp = ri + hl;
        int payload = udp + EspCodec.UDP_HEADER;
        int payloadLen = total - hl - EspCodec.UDP_HEADER;
        if (payloadLen == 1 && packet.getUnsignedByte(payload) == 0xff) {
            natKeepalives++;
            packet.release();
            return new InboundResult.Dropped(DropReason.NAT_KEEPALIVE);
        }
        if (payloadLen >= 4 && packet.getInt(payload) == 0) {
            ikeOnNatT++;
            return new InboundResult.IkeOnNatTPort(packet.slice(payload + 4, payloadLen - 4),
                    packet.getInt(ri + 12), packet.getUnsignedShort(udp), packet.getInt(ri + 16),
                    packet.getUnsignedShort(udp + 2));
        }
        if (payloadLen < EspCodec.ESP_HEADER) {
            malformed++;
            packet.release();
            return new InboundResult.Dropped(DropReason.MALFORMED);
        }
        packet = writableHeapCopy(packet);
        int ip = packet.arrayOffset() + packet.readerIndex();
        return processEsp(packet, ip, ip + hl + EspCodec.UDP_HEADER, payloadLen, true);
    }

    private InboundSa lookup(byte[] a, int ip, int spiOffset) {
        return sad.get((long) SequenceBytes.getInt(a, spiOffset) << 32 | (Ipv4Header.destination(a, ip) & 0xffffffffL));
    }

    private InboundResult processEsp(ByteBuf packet, int ip, int esp, int espLen, boolean udpEncapsulated) {
        byte[] a = packet.array();
        if (espLen < EspCodec.ESP_HEADER) {
            malformed++;
            return drop(packet, DropReason.MALFORMED);
        }
        InboundSa sa = lookup(a, ip, esp);
        if (sa == null || sa.spec.protocol() != IpsecProtocol.ESP) {
            invalidSpi++;
            return drop(packet, DropReason.UNKNOWN_SPI);
        }
        FlowCounters c = sa.counters;
        long seq = sa.replay.check(SequenceBytes.getInt(a, esp + 4));
        if (seq < 0) {
            if (!sa.esn() && sa.replay.highest() == 0xffffffffL) {
                c.replayRolloverRecv++;     // the peer wrapped a non-ESN sequence number: it must rekey
            }
            c.replayFailedRecv++;
            return drop(packet, seq == ReplayWindow.REPLAYED ? DropReason.REPLAYED : DropReason.TOO_OLD);
        }
        DropReason r = EspCodec.open(sa, a, esp, espLen, seq);
        if (r != null) {
            if (r == DropReason.AUTH_FAILED) {
                c.verifyFailed++;
            } else {
                c.invalidLenRecv++;
            }
            return drop(packet, r);
        }
        sa.replay.update(seq);
        r = EspCodec.strip(sa, packet, ip, esp, espLen);
        return finishInbound(sa, packet, r);
    }

    private InboundResult processAh(ByteBuf packet, int ip, int ah, int total) {
        byte[] a = packet.array();
        if (total - (ah - ip) < AhCodec.AH_FIXED) {
            malformed++;
            return drop(packet, DropReason.MALFORMED);
        }
        InboundSa sa = lookup(a, ip, ah + 4);
        if (sa == null || sa.spec.protocol() != IpsecProtocol.AH) {
            invalidSpi++;
            return drop(packet, DropReason.UNKNOWN_SPI);
        }
        FlowCounters c = sa.counters;
        int ahLen = AhCodec.headerLength(sa, a, ah, total - (ah - ip));
        if (ahLen < 0) {
            c.invalidLenRecv++;
            return drop(packet, DropReason.INVALID_LENGTH);
        }
        long seq = sa.replay.check(SequenceBytes.getInt(a, ah + 8));
        if (seq < 0) {
            c.replayFailedRecv++;
            return drop(packet, seq == ReplayWindow.REPLAYED ? DropReason.REPLAYED : DropReason.TOO_OLD);
        }
        DropReason r = AhCodec.verify(sa, a, ip, ah, total, seq);
        if (r != null) {
            c.verifyFailed++;
            return drop(packet, r);
        }
        sa.replay.update(seq);
        return finishInbound(sa, packet, AhCodec.strip(sa, packet, ip, ah, ahLen, total));
    }

    private InboundResult finishInbound(InboundSa sa, ByteBuf packet, DropReason stripped) {
        FlowCounters c = sa.counters;
        if (stripped != null) {
            switch (stripped) {
                case BAD_PADDING -> {
                    c.badPaddingRecv++;
                    c.decapsFailedRecv++;
                }
                case INVALID_PROTOCOL -> c.invalidProtRecv++;
                case INVALID_LENGTH -> c.invalidLenRecv++;
                default -> { } // DUMMY_PACKET: discarded by design, not an error
            }
            return drop(packet, stripped);
        }
        if (sa.mode() == IpsecMode.TUNNEL) {
            PacketTuple inner = PacketTuple.parse(packet);
            if (inner == null || !inner.matchesMirrored(sa.spec.selectors())) {
                c.invalidIdentityRecv++;
                return drop(packet, DropReason.INVALID_IDENTITY);
            }
        }
        int len = packet.readableBytes();
        c.decaps++;
        if (sa.spec.protocol() == IpsecProtocol.ESP
                && sa.transform().encryption() != iosim.dataplane.ipsec.crypto.EncryptionAlgorithm.NULL) {
            c.decrypt++;
        }
        c.verify++;
        c.bytesIn += len;
        LifetimeKind kind = sa.lifetime.addBytes(len);
        if (kind != null) {
            Flow flow = flow(sa.spec.interfaceName(), sa.spec.entryId());
            if (flow != null) {
                lifetimeReached(flow, sa, Direction.INBOUND, kind);
            }
        }
        return new InboundResult.Decapsulated(packet, sa.spec.interfaceName());
    }

    private static InboundResult drop(ByteBuf packet, DropReason reason) {
        packet.release();
        return new InboundResult.Dropped(reason);
    }

    /** Decryption works in place: make sure we own a writable array-backed buffer. */
    private ByteBuf writableHeapCopy(ByteBuf packet) {
        if (packet.hasArray() && !packet.isReadOnly() && packet.refCnt() == 1) {
            return packet;
        }
        ByteBuf copy = alloc.heapBuffer(packet.readableBytes());
        copy.writeBytes(packet, packet.readerIndex(), packet.readableBytes());
        packet.release();
        return copy;
    }

    // ---------------------------------------------------------------- lifetimes

    /** Raises soft/hard time expiries; hard-expired SAs are removed. Call about once a second. */
    public void checkLifetimes() {
        long now = clockMillis.getAsLong();
        List<Runnable> raised = new ArrayList<>();
        for (Map<String, Flow> m : flows.values()) {
            for (Flow f : m.values()) {
                for (InboundSa in : f.inbound) {
                    LifetimeKind k = in.lifetime.checkTime(now);
                    if (k != null) {
                        raised.add(() -> lifetimeReached(f, in, Direction.INBOUND, k));
                    }
                }
                for (OutboundSa o : f.allOutbound()) {
                    LifetimeKind k = o.lifetime.checkTime(now);
                    if (k != null) {
                        raised.add(() -> lifetimeReached(f, o, Direction.OUTBOUND, k));
                    }
                }
            }
        }
        raised.forEach(Runnable::run);
    }

    private void lifetimeReached(Flow flow, SecurityAssociation sa, Direction dir, LifetimeKind kind) {
        SaRef ref = ref(flow, sa, dir);
        if (sa.lifetime.lastState() == LifetimeTracker.State.HARD) {
            if (sa instanceof InboundSa in) {
                if (flow.inbound.contains(in)) {
                    removeInbound(flow, in);
                }
            } else {
                removeOutbound(flow, (OutboundSa) sa);
            }
            events.accept(new IpsecEvent.HardLifetimeExpired(ref, kind));
        } else {
            events.accept(new IpsecEvent.SoftLifetimeExpired(ref, kind));
        }
    }

    private static SaRef ref(Flow flow, SecurityAssociation sa, Direction dir) {
        return new SaRef(flow.interfaceName, flow.entry.id(), dir, sa.spi, sa.spec.remoteAddress());
    }

    // ---------------------------------------------------------------- read side

    /** Router-wide counters of packets that belong to no flow. */
    public GlobalIpsecCounters globalCounters() {
        return new GlobalIpsecCounters(invalidSpi, natKeepalives, malformed, cleartextDropped, ikeOnNatT,
                internalErrors);
    }

    /** Immutable snapshots of every flow, per interface in configuration order, for show commands. */
    public List<IpsecFlowSnapshot> snapshot() {
        long now = clockMillis.getAsLong();
        List<IpsecFlowSnapshot> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, Flow>> m : flows.entrySet()) {
            InterfacePolicy policy = policies.get(m.getKey());
            for (Flow f : m.getValue().values()) {
                out.add(IpsecFlowSnapshot.of(policy, f, now));
            }
        }
        return out;
    }

    /** Every SA still installed (inbound and outbound), e.g. for key export. */
    public List<SecurityAssociation> liveSas() {
        List<SecurityAssociation> out = new ArrayList<>();
        for (Map<String, Flow> m : flows.values()) {
            for (Flow f : m.values()) {
                out.addAll(f.inbound);
                out.addAll(f.allOutbound());
            }
        }
        return out;
    }

    /** The inbound SA with this SPI and destination, or null. */
    public InboundSa inboundSa(long spi, int destination) {
        return sad.get(sadKey(spi, destination));
    }

    /** The current outbound SA of a flow, or null. */
    public OutboundSa currentOutboundSa(String interfaceName, String entryId) {
        Flow f = flow(interfaceName, entryId);
        return f == null ? null : f.current;
    }
}
