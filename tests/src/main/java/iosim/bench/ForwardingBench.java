package iosim.bench;

import io.netty.buffer.ByteBuf;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import iosim.dataplane.EthernetInterface;
import iosim.dataplane.Node;
import iosim.dataplane.StaticRoute;
import iosim.dataplane.acl.AccessList;
import iosim.dataplane.acl.AclAction;
import iosim.dataplane.acl.AclEntry;
import iosim.dataplane.acl.AddressMatch;
import iosim.dataplane.acl.CompiledAcl;
import iosim.dataplane.acl.PortMatch;
import iosim.dataplane.link.InProcessWire;
import iosim.dataplane.link.Link;
import iosim.dataplane.packet.EthernetHeader;
import iosim.dataplane.packet.Ipv4Address;
import iosim.dataplane.packet.Ipv4Header;
import iosim.dataplane.packet.MacAddress;
import iosim.dataplane.packet.UdpHeader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Dataplane core figures: plain IPv4 forwarding across two routers in one JVM (each on its own
 * event loop, joined by an in-process wire), and ACL lookup cost at 10, 1 000 and 10 000
 * entries (compiled tuple-space lookup, with a linear scan beside it for contrast).
 */
public final class ForwardingBench implements Bench {

    @Override
    public String area() {
        return "dataplane";
    }

    @Override
    public List<Figure> run() throws Exception {
        List<Figure> out = new ArrayList<>();
        out.add(new Figure("IPv4 forwarding, 2 routers, 1 JVM, 64-byte UDP", forwardingPps(64), "pps",
                "plain forwarding (no target in the issue)"));
        out.add(new Figure("IPv4 forwarding, 2 routers, 1 JVM, 1400-byte UDP", forwardingPps(1400), "pps",
                "plain forwarding (no target in the issue)"));
        for (int n : new int[] {10, 1_000, 10_000}) {
            double[] ns = aclNanos(n);
            out.add(new Figure("ACL lookup, " + n + " entries (compiled)", ns[0], "ns/packet",
                    "must not grow linearly with entries"));
            out.add(new Figure("ACL lookup, " + n + " entries (linear scan, reference)", ns[1], "ns/packet",
                    "what linear growth looks like"));
        }
        return out;
    }

    // ---------------------------------------------------------------- forwarding

    /** A link that counts and frees frames. */
    private static final class Sink implements Link {
        final AtomicLong frames = new AtomicLong();

        public void send(ByteBuf frame) {
            frames.incrementAndGet();
            frame.release();
        }

        public void close() {}

        public String describe() {
            return "sink";
        }
    }

    private static double forwardingPps(int size) throws Exception {
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        try {
            Node r1 = new Node("R1", group.next());
            Node r2 = new Node("R2", group.next());
            EthernetInterface in = eth(r1, "Gi0/0", "10.0.1.1", 24);
            EthernetInterface r1out = eth(r1, "Gi0/1", "10.0.12.1", 24);
            EthernetInterface r2in = eth(r2, "Gi0/0", "10.0.12.2", 24);
            EthernetInterface r2out = eth(r2, "Gi0/1", "10.0.3.1", 24);
            Sink feed = new Sink();
            Sink sink = new Sink();
            in.attach(feed);
            r2out.attach(sink);
            InProcessWire.connect(r1out, r2in);
            r1.addStaticRoute(StaticRoute.via("10.0.3.0/24", "10.0.12.2")).get(5, TimeUnit.SECONDS);
            r1.addStaticArp(Ipv4Address.parse("10.0.12.2"), r2in.mac(), "Gi0/1").get(5, TimeUnit.SECONDS);
            r2.addStaticArp(Ipv4Address.parse("10.0.3.2"), MacAddress.parse("02:00:00:00:03:02"), "Gi0/1")
                    .get(5, TimeUnit.SECONDS);
            r2.call(() -> null).get(5, TimeUnit.SECONDS);
            byte[] template = frame(in.mac(), size);
            // warm-up, then measure
            pump(r1, in, template, sink, 1_000_000_000L);
            long start = System.nanoTime();
            long before = sink.frames.get();
            pump(r1, in, template, sink, 2_000_000_000L);
            long delivered = sink.frames.get() - before;
            double secs = (System.nanoTime() - start) / 1e9;
            r1.close().get(5, TimeUnit.SECONDS);
            r2.close().get(5, TimeUnit.SECONDS);
            return delivered / secs;
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    /** Feeds frames into R1 in batches on its loop, keeping at most a bounded number in flight. */
    private static void pump(Node r1, EthernetInterface in, byte[] template, Sink sink, long nanos) {
        final int batch = 256;
        final long maxInFlight = 8_192;
        AtomicLong injected = new AtomicLong(sink.frames.get());
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
            if (injected.get() - sink.frames.get() > maxInFlight) {
                java.util.concurrent.locks.LockSupport.parkNanos(20_000); // leave the cores to the routers
                continue;
            }
            injected.addAndGet(batch);
            r1.execute(() -> {
                for (int i = 0; i < batch; i++) {
                    ByteBuf f = r1.allocator().buffer(template.length + Node.HEADROOM);
                    f.writerIndex(Node.HEADROOM).readerIndex(Node.HEADROOM);
                    f.writeBytes(template);
                    in.deliverFrame(f);
                }
            });
        }
        long drainUntil = System.nanoTime() + 2_000_000_000L;
        while (sink.frames.get() < injected.get() && System.nanoTime() < drainUntil) {
            java.util.concurrent.locks.LockSupport.parkNanos(100_000);
        }
    }

    private static EthernetInterface eth(Node n, String name, String addr, int len) throws Exception {
        EthernetInterface e = n.addEthernet(name, MacAddress.randomLocal()).get(5, TimeUnit.SECONDS);
        n.setAddress(name, Ipv4Address.parse(addr), len).get(5, TimeUnit.SECONDS);
        n.setAdminUp(name, true).get(5, TimeUnit.SECONDS);
        return e;
    }

    private static byte[] frame(MacAddress to, int ipSize) {
        ByteBuf b = io.netty.buffer.Unpooled.buffer();
        new EthernetHeader(to, MacAddress.parse("02:00:00:00:01:02"), EthernetHeader.TYPE_IPV4).write(
                b.writeZero(EthernetHeader.LENGTH), 0);
        int src = Ipv4Address.parse("10.0.1.2");
        int dst = Ipv4Address.parse("10.0.3.2");
        Ipv4Header.write(b, 0, ipSize, 1, 0, 64, Ipv4Header.PROTO_UDP, src, dst);
        int u = b.writerIndex();
        b.writeShort(40000).writeShort(9).writeShort(ipSize - 20).writeShort(0).writeZero(ipSize - 28);
        UdpHeader.fillChecksum(b, u, ipSize - 20, src, dst);
        byte[] out = new byte[b.readableBytes()];
        b.readBytes(out);
        return out;
    }

    // ---------------------------------------------------------------- ACL

    /** A realistic list: hosts, /24s and /16s, eq ports and ranges, ip/udp/tcp/esp, about a dozen shapes. */
    static AccessList acl(int n) {
        Random rnd = new Random(n);
        List<AclEntry> entries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int base = Ipv4Address.parse("10.0.0.0") + (i << 8);
            AddressMatch src = switch (i % 3) {
                case 0 -> AddressMatch.host(base + 1);
                case 1 -> new AddressMatch(base, 0xff);
                default -> new AddressMatch(base & 0xffff0000, 0xffff);
            };
            AddressMatch dst = i % 4 == 0 ? AddressMatch.ANY : AddressMatch.host(Ipv4Address.parse("172.16.0.0") + i);
            int proto = new int[] {17, 6, -1, 50}[i % 4];
            PortMatch dp = (proto == 17 || proto == 6)
                    ? (i % 5 == 0 ? PortMatch.range(1000, 2000 + rnd.nextInt(100)) : PortMatch.eq(1 + rnd.nextInt(60000)))
                    : PortMatch.ANY;
            entries.add(new AclEntry((i + 1) * 10, i % 7 == 0 ? AclAction.DENY : AclAction.PERMIT, proto, src,
                    PortMatch.ANY, dst, dp, -1, -1, false));
        }
        return new AccessList("BENCH" + n, false, entries);
    }

    /** ns per lookup for [compiled, linear], over packets that miss every entry (the worst case: implicit deny). */
    private static double[] aclNanos(int n) {
        CompiledAcl c = acl(n).compile();
        int[][] pkts = new int[1024][];
        Random rnd = new Random(1);
        for (int i = 0; i < pkts.length; i++) {
            // sources from an unused range: no entry matches, every shape is probed
            pkts[i] = new int[] {17, Ipv4Address.parse("192.168.0.0") + rnd.nextInt(65536),
                Ipv4Address.parse("172.16.0.0") + rnd.nextInt(n), 40000, 500 + rnd.nextInt(10)};
        }
        long sink = 0;
        double compiled = 0;
        double linear = 0;
        for (int round = 0; round < 3; round++) {
            long iters = 2_000_000;
            long t0 = System.nanoTime();
            for (long k = 0; k < iters; k++) {
                int[] p = pkts[(int) (k & 1023)];
                sink += c.firstMatch(p[0], p[1], p[2], p[3], p[4], 0, false);
            }
            compiled = (System.nanoTime() - t0) / (double) iters;
            long liters = Math.max(2_000, 20_000_000L / n);
            t0 = System.nanoTime();
            for (long k = 0; k < liters; k++) {
                int[] p = pkts[(int) (k & 1023)];
                sink += c.firstMatchLinear(p[0], p[1], p[2], p[3], p[4], 0, false);
            }
            linear = (System.nanoTime() - t0) / (double) liters;
        }
        if (sink == 42) {
            System.err.print("");
        }
        return new double[] {compiled, linear};
    }
}
