package iosim.shell.controller;

import iosim.dataplane.Node;
import iosim.dataplane.NodeInterface;
import iosim.dataplane.PingRequest;
import iosim.dataplane.ProbeResult;
import iosim.dataplane.ipsec.Ipv4Addresses;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@code ping} and {@code traceroute} on the live dataplane with IOS's output: one character per
 * probe as it completes ({@code !}, {@code .}, {@code U} ...), 70 per line, then the success-rate
 * line; traceroute prints one line per hop.
 */
public final class PingRunner {
    private final Node node;

    public PingRunner(Node node) {
        this.node = node;
    }

    /** Options of {@code ping}; {@code source} is an interface name, an address, or null. */
    public record Options(String destination, String source, int repeat, int size, int timeoutSeconds, boolean df) {
        public static Options of(String dest) {
            return new Options(dest, null, 5, 100, 2, false);
        }
    }

    /** Runs the pings, writing output pieces to {@code out} as IOS does; returns the replies counted. */
    public int ping(Options o, Consumer<String> out) {
        int dst = Ipv4Addresses.parse(o.destination());
        int src = 0;
        if (o.source() != null) {
            src = sourceAddress(o.source());
            if (src == -1) {
                out.accept("% Invalid source interface - " + o.source() + "\n");
                return 0;
            }
        }
        out.accept("Type escape sequence to abort.\n");
        out.accept("Sending " + o.repeat() + ", " + o.size() + "-byte ICMP Echos to " + o.destination() + ", timeout is "
                + o.timeoutSeconds() + " seconds:\n");
        if (src != 0) {
            out.accept("Packet sent with a source address of " + Ipv4Addresses.format(src) + " \n");
        }
        int ok = 0;
        long min = Long.MAX_VALUE;
        long max = 0;
        long sum = 0;
        for (int i = 0; i < o.repeat(); i++) {
            PingRequest req = PingRequest.to(dst).withSize(o.size()).withSource(src).withDontFragment(o.df())
                    .withTimeout(Duration.ofSeconds(o.timeoutSeconds()));
            ProbeResult r;
            try {
                r = node.ping(req).get(o.timeoutSeconds() + 5L, TimeUnit.SECONDS);
            } catch (Exception e) {
                r = new ProbeResult.Timeout();
            }
            out.accept(String.valueOf(r.pingChar()));
            if ((i + 1) % 70 == 0 && i + 1 < o.repeat()) {
                out.accept("\n");
            }
            if (r instanceof ProbeResult.Reply rep) {
                ok++;
                long ms = Math.max(1, Math.round(rep.rttNanos() / 1e6));
                min = Math.min(min, ms);
                max = Math.max(max, ms);
                sum += ms;
            }
        }
        out.accept("\n");
        int pct = o.repeat() == 0 ? 0 : ok * 100 / o.repeat();
        String line = "Success rate is " + pct + " percent (" + ok + "/" + o.repeat() + ")";
        if (ok > 0) {
            line += ", round-trip min/avg/max = " + min + "/" + (sum / ok) + "/" + max + " ms";
        }
        out.accept(line + "\n");
        return ok;
    }

    /** {@code traceroute A [source X]}: up to 30 hops, 3 probes each, 3 s timeout. */
    public void traceroute(String destination, String source, Consumer<String> out) {
        int dst = Ipv4Addresses.parse(destination);
        int src = source == null ? 0 : sourceAddress(source);
        out.accept("Type escape sequence to abort.\n");
        out.accept("Tracing the route to " + destination + "\n");
        out.accept("VRF info: (vrf in name/id, vrf out name/id)\n");
        for (int ttl = 1; ttl <= 30; ttl++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%3d", ttl));
            int shown = 0;
            boolean done = false;
            for (int p = 0; p < 3; p++) {
                ProbeResult r;
                try {
                    r = node.traceProbe(dst, Math.max(0, src), ttl, Duration.ofSeconds(3)).get(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    r = new ProbeResult.Timeout();
                }
                int from = fromOf(r);
                long rtt = rttOf(r);
                if (from == 0) {
                    line.append(shown == 0 && p == 0 ? "  *" : " *");
                } else {
                    if (shown != from) {
                        line.append(' ').append(Ipv4Addresses.format(from));
                        shown = from;
                    }
                    line.append(' ').append(Math.max(1, Math.round(rtt / 1e6))).append(" msec");
                    if (from == dst || r instanceof ProbeResult.Unreachable) {
                        done = true;
                    }
                }
            }
            out.accept(line + " \n");
            if (done) {
                return;
            }
        }
    }

    private static int fromOf(ProbeResult r) {
        if (r instanceof ProbeResult.TimeExceeded t) {
            return t.from();
        }
        if (r instanceof ProbeResult.Unreachable u) {
            return u.from();
        }
        return r instanceof ProbeResult.Reply rep ? rep.from() : 0;
    }

    private static long rttOf(ProbeResult r) {
        if (r instanceof ProbeResult.TimeExceeded t) {
            return t.rttNanos();
        }
        if (r instanceof ProbeResult.Unreachable u) {
            return u.rttNanos();
        }
        return r instanceof ProbeResult.Reply rep ? rep.rttNanos() : -1;
    }

    private int sourceAddress(String source) {
        if (Character.isDigit(source.charAt(0))) {
            int a = Ipv4Addresses.parse(source);
            return node.isLocalAddress(a) ? a : -1;
        }
        NodeInterface i = node.iface(source);
        return i == null || !i.hasAddress() ? -1 : i.address();
    }
}
