package iosim.dataplane;

import io.netty.buffer.ByteBuf;
import io.netty.util.concurrent.ScheduledFuture;
import iosim.dataplane.packet.IcmpHeader;
import iosim.dataplane.packet.Ipv4Header;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Outstanding ping (ICMP echo) and traceroute (UDP) probes of one node, matched against echo
 * replies and the ICMP errors that quote them. Event-loop only.
 */
final class IcmpProbes {
    static final int TRACE_BASE_PORT = 33434;

    /** {@code payload}: the echo's data after the ICMP header (null for traceroute probes). */
    private record Pending(CompletableFuture<ProbeResult> result, long sentNanos, ScheduledFuture<?> timer,
                           byte[] payload) {}

    private final Node node;
    private final Map<Integer, Pending> echoes = new HashMap<>();
    private final Map<Integer, Pending> traces = new HashMap<>();
    private final int identifier;
    private int sequence;
    private int tracePort = 0;

    IcmpProbes(Node node) {
        this.node = node;
        this.identifier = (node.name().hashCode() & 0x7fff) | 1;
    }

    void ping(PingRequest req, CompletableFuture<ProbeResult> result) {
        int seq = sequence = (sequence + 1) & 0xffff;
        int key = (identifier << 16) | seq;
        PacketPipeline p = node.pipeline();
        ByteBuf b = p.allocatePacket(req.size());
        Ipv4Header.write(b, req.tos(), req.size(), p.nextIpId(), req.dontFragment() ? 0x4000 : 0, req.ttl(),
                Ipv4Header.PROTO_ICMP, req.source(), req.destination());
        int ic = b.writerIndex();
        b.writeByte(IcmpHeader.ECHO_REQUEST);
        b.writeByte(0);
        b.writeShort(0);
        b.writeShort(identifier);
        b.writeShort(seq);
        byte[] payload = fill(req.pattern(), req.size() - Ipv4Header.MIN_LENGTH - IcmpHeader.LENGTH);
        b.writeBytes(payload);
        IcmpHeader.fillChecksum(b, ic, req.size() - Ipv4Header.MIN_LENGTH);
        register(echoes, key, result, req.timeout(), payload);
        if (!p.sendLocal(b, true) && !result.isDone()) {
            complete(echoes, key, new ProbeResult.NotSent("no route to host"));
        }
    }

    void trace(int destination, int source, int ttl, Duration timeout, CompletableFuture<ProbeResult> result) {
        int srcPort = 49152 + (tracePort = (tracePort + 1) % 16384);
        PacketPipeline p = node.pipeline();
        ByteBuf empty = io.netty.buffer.Unpooled.wrappedBuffer(new byte[12]);
        ByteBuf b = UdpSocket.build(p, source, srcPort, destination, TRACE_BASE_PORT + (srcPort % 100), empty, true,
                ttl);
        register(traces, srcPort, result, timeout, null);
        if (!p.sendLocal(b, true) && !result.isDone()) {
            complete(traces, srcPort, new ProbeResult.NotSent("no route to host"));
        }
    }

    /** {@code length} octets of the 16-bit {@code pattern}, high octet first (IOS's 0xABCD: ab cd ab cd ...). */
    static byte[] fill(int pattern, int length) {
        byte[] d = new byte[Math.max(0, length)];
        for (int n = 0; n < d.length; n++) {
            d[n] = (byte) ((n & 1) == 0 ? pattern >>> 8 : pattern);
        }
        return d;
    }

    private void register(Map<Integer, Pending> map, int key, CompletableFuture<ProbeResult> result, Duration timeout,
                          byte[] payload) {
        ScheduledFuture<?> timer = node.eventLoop().schedule(() -> complete(map, key, new ProbeResult.Timeout()),
                timeout.toNanos(), TimeUnit.NANOSECONDS);
        Pending old = map.put(key, new Pending(result, node.nanoTime(), timer, payload));
        if (old != null) {
            old.timer.cancel(false);
            old.result.complete(new ProbeResult.Timeout());
        }
    }

    private void complete(Map<Integer, Pending> map, int key, ProbeResult r) {
        Pending p = map.remove(key);
        if (p != null) {
            p.timer.cancel(false);
            p.result.complete(r);
        }
    }

    private long rtt(Map<Integer, Pending> map, int key, long now) {
        Pending p = map.get(key);
        return p == null ? 0 : now - p.sentNanos;
    }

    /** The echo reply's data, {@code [from, to)} of {@code pkt}, is exactly {@code sent}. */
    private static boolean sameData(ByteBuf pkt, int from, int to, byte[] sent) {
        if (sent == null || to - from != sent.length || to > pkt.writerIndex()) {
            return false;
        }
        for (int n = 0; n < sent.length; n++) {
            if (pkt.getByte(from + n) != sent[n]) {
                return false;
            }
        }
        return true;
    }

    /** Looks at a received ICMP message (not echo request); does not release {@code pkt}. */
    void onIcmp(ByteBuf pkt, IcmpHeader icmp, long now) {
        int i = pkt.readerIndex();
        int hl = Ipv4Header.headerLength(pkt, i);
        int from = Ipv4Header.source(pkt, i);
        if (icmp.type() == IcmpHeader.ECHO_REPLY) {
            if (icmp.identifier() == identifier) {
                int key = (icmp.identifier() << 16) | icmp.sequence();
                Pending sent = echoes.get(key);
                boolean intact = sent == null || sameData(pkt, i + hl + IcmpHeader.LENGTH,
                        i + Ipv4Header.totalLength(pkt, i), sent.payload());
                complete(echoes, key, new ProbeResult.Reply(from, rtt(echoes, key, now), Ipv4Header.ttl(pkt, i),
                        Ipv4Header.totalLength(pkt, i), intact));
            }
            return;
        }
        if (!icmp.isError()) {
            return;
        }
        int q = i + hl + IcmpHeader.LENGTH;
        int qlen = pkt.writerIndex() - q;
        if (qlen < Ipv4Header.MIN_LENGTH + 8) {
            return;
        }
        int qhl = Ipv4Header.headerLength(pkt, q);
        if (qlen < qhl + 8) {
            return;
        }
        int qproto = Ipv4Header.protocol(pkt, q);
        Map<Integer, Pending> map;
        int key;
        if (qproto == Ipv4Header.PROTO_ICMP && pkt.getUnsignedByte(q + qhl) == IcmpHeader.ECHO_REQUEST
                && pkt.getUnsignedShort(q + qhl + 4) == identifier) {
            map = echoes;
            key = (identifier << 16) | pkt.getUnsignedShort(q + qhl + 6);
        } else if (qproto == Ipv4Header.PROTO_UDP) {
            map = traces;
            key = pkt.getUnsignedShort(q + qhl);
        } else {
            return;
        }
        long rtt = rtt(map, key, now);
        ProbeResult r = icmp.type() == IcmpHeader.TIME_EXCEEDED ? new ProbeResult.TimeExceeded(from, rtt)
                : new ProbeResult.Unreachable(from, icmp.type() == IcmpHeader.DEST_UNREACHABLE ? icmp.code() : -1, rtt,
                        icmp.restOfHeader() & 0xffff);
        complete(map, key, r);
    }
}
