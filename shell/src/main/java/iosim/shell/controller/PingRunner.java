package iosim.shell.controller;

import iosim.dataplane.Node;
import iosim.dataplane.NodeInterface;
import iosim.dataplane.PingRequest;
import iosim.dataplane.ProbeResult;
import iosim.dataplane.ipsec.Ipv4Addresses;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
        return ping(o, o.size(), 1, false, false, out);
    }

    /**
     * The extended form: {@code repeat} echoes at each size from {@code o.size()} to
     * {@code sweepMax} in steps of {@code step} (IOS's "Sweep range of sizes"), each printed as a
     * character or, {@code verbose}, as a {@code Reply to request N (T ms)} line.
     */
    public int ping(Options o, int sweepMax, int step, boolean verbose, boolean validate, Consumer<String> out) {
        return ping(o, sweepMax, step, verbose, validate, 0, PingRequest.DEFAULT_PATTERN, out);
    }

    /**
     * As above, with the extended dialog's type of service and data pattern. With
     * {@code validate}, a reply whose data is not what the echo carried is not a success: it
     * prints {@code ?} (verbose: {@code Reply to request N (T ms) -- bad data}) and the echoes
     * with bad data are counted after the success rate.
     */
    public int ping(Options o, int sweepMax, int step, boolean verbose, boolean validate, int tos, int pattern,
                    Consumer<String> out) {
        int dst = Ipv4Addresses.parse(o.destination());
        int src = 0;
        if (o.source() != null) {
            src = sourceAddress(o.source());
            if (src == -1) {
                out.accept("% Invalid source interface - " + o.source() + "\n");
                return 0;
            }
        }
        boolean sweep = sweepMax != o.size();
        long total = (long) o.repeat() * ((sweepMax - o.size()) / Math.max(1, step) + 1);
        out.accept("Type escape sequence to abort.\n");
        out.accept("Sending " + total + ", " + (sweep ? "[" + o.size() + ".." + sweepMax + "]" : o.size())
                + "-byte ICMP Echos to " + o.destination() + ", timeout is " + o.timeoutSeconds() + " seconds:\n");
        if (src != 0) {
            out.accept("Packet sent with a source address of " + Ipv4Addresses.format(src) + " \n");
        }
        if (o.df()) {
            out.accept("Packet sent with the DF bit set\n");
        }
        if (validate) {
            out.accept("Reply data will be validated\n");
        }
        long ok = 0;
        long badData = 0;
        long min = Long.MAX_VALUE;
        long max = 0;
        long sum = 0;
        long sent = 0;
        for (int size = o.size(); size <= sweepMax; size += Math.max(1, step)) {
            for (int i = 0; i < o.repeat(); i++) {
                PingRequest req = PingRequest.to(dst).withSize(size).withSource(src).withDontFragment(o.df())
                        .withTimeout(Duration.ofSeconds(o.timeoutSeconds())).withTos(tos).withPattern(pattern);
                ProbeResult r;
                try {
                    r = node.ping(req).get(o.timeoutSeconds() + 5L, TimeUnit.SECONDS);
                } catch (Exception e) {
                    r = new ProbeResult.Timeout();
                }
                long ms = r instanceof ProbeResult.Reply rep ? Math.max(1, Math.round(rep.rttNanos() / 1e6)) : -1;
                boolean bad = validate && r instanceof ProbeResult.Reply rep && !rep.dataIntact();
                if (bad) {
                    badData++;
                    out.accept(verbose ? "Reply to request " + sent + " (" + ms + " ms)" + (sweep ? " (size " + size + ")" : "")
                            + " -- bad data\n" : "?");
                    ms = -1;
                } else if (verbose) {
                    out.accept(verboseLine(sent, r, ms, sweep ? size : -1));
                } else {
                    out.accept(String.valueOf(r.pingChar()));
                }
                if (!verbose) {
                    if ((sent + 1) % 70 == 0 && sent + 1 < total) {
                        out.accept("\n");
                    }
                }
                sent++;
                if (ms >= 0) {
                    ok++;
                    min = Math.min(min, ms);
                    max = Math.max(max, ms);
                    sum += ms;
                }
            }
        }
        if (!verbose) {
            out.accept("\n");
        }
        long pct = total == 0 ? 0 : ok * 100 / total;
        String line = "Success rate is " + pct + " percent (" + ok + "/" + total + ")";
        if (ok > 0) {
            line += ", round-trip min/avg/max = " + min + "/" + (sum / ok) + "/" + max + " ms";
        }
        out.accept(line + "\n");
        if (badData > 0) {
            out.accept(badData + " replies with bad data\n");
        }
        return (int) ok;
    }

    private static String verboseLine(long n, ProbeResult r, long ms, int size) {
        String sz = size < 0 ? "" : " (size " + size + ")";
        if (ms >= 0) {
            return "Reply to request " + n + " (" + ms + " ms)" + sz + "\n";
        }
        if (r instanceof ProbeResult.Timeout) {
            return "Request " + n + " timed out" + sz + "\n";
        }
        return "Request " + n + " failed (" + r.pingChar() + ")" + sz + "\n";
    }

    /**
     * {@code traceroute A [source X]}: up to 30 hops, 3 probes each, 3 s timeout. The probes are
     * routed like any packet the router sends, so a crypto map whose ACL matches the source
     * encrypts them. Ends at the hop where the destination answers or any probe is unreachable.
     */
    public void traceroute(String destination, String source, Consumer<String> out) {
        int dst = Ipv4Addresses.parse(destination);
        int src = 0;
        if (source != null) {
            src = sourceAddress(source);
            if (src == -1) {
                out.accept("% Invalid source interface - " + source + "\n");
                return;
            }
        }
        out.accept("Type escape sequence to abort.\n");
        out.accept("Tracing the route to " + destination + "\n");
        out.accept("VRF info: (vrf in name/id, vrf out name/id)\n");
        for (int ttl = 1; ttl <= 30; ttl++) {
            List<ProbeResult> hop = new ArrayList<>(3);
            for (int p = 0; p < 3; p++) {
                ProbeResult r;
                try {
                    r = node.traceProbe(dst, src, ttl, Duration.ofSeconds(3)).get(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    r = new ProbeResult.Timeout();
                }
                hop.add(r);
            }
            out.accept(hopLine(ttl, hop) + "\n");
            if (lastHop(hop, dst)) {
                return;
            }
        }
    }

    /**
     * One hop's line as IOS prints it: {@code "  2 10.1.1.2 1 msec *  2 msec"}; another router's
     * answer on a continuation line indented to the address column; {@code " * "} per timeout and
     * {@code " !H "} (N, P, A, ...) per unreachable from a router that is not the destination.
     */
    static String hopLine(int ttl, List<ProbeResult> probes) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%3d ", ttl));
        int shown = 0;
        for (ProbeResult r : probes) {
            int from = fromOf(r);
            if (from == 0) {
                line.append(" * ");
                continue;
            }
            if (from != shown) {
                if (shown != 0) {
                    line.append("\n    "); // another router answered: a continuation line
                }
                line.append(Ipv4Addresses.format(from));
                shown = from;
            }
            String mark = mark(r);
            if (mark != null) {
                line.append(" !").append(mark).append(' ');
            } else {
                line.append(' ').append(Math.round(rttOf(r) / 1e6)).append(" msec");
            }
        }
        return line.toString();
    }

    /** The destination answered (port unreachable from it, or a reply), or some router said unreachable. */
    static boolean lastHop(List<ProbeResult> probes, int dst) {
        for (ProbeResult r : probes) {
            if (fromOf(r) == dst || r instanceof ProbeResult.Unreachable) {
                return true;
            }
        }
        return false;
    }

    /** IOS's traceroute letter for an ICMP unreachable from a router on the path; null when it is the answer. */
    private static String mark(ProbeResult r) {
        if (!(r instanceof ProbeResult.Unreachable u)) {
            return null;
        }
        return switch (u.code()) {
            case 0 -> "N";
            case 1 -> "H";
            case 2 -> "P";
            case 3 -> null; // port unreachable: the destination's answer, timed like a reply
            case 4 -> "M";
            case 9, 10, 13 -> "A";
            default -> "?";
        };
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
