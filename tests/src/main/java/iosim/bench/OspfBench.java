package iosim.bench;

import iosim.ospf.InterfaceSpec;
import iosim.ospf.NeighborState;
import iosim.ospf.NetworkType;
import iosim.ospf.ProcessSpec;
import iosim.ospf.SpfWorkload;
import iosim.ospf.sim.SimNetwork;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * OSPF: a generated 200-router area converging in virtual time (point-to-point links, a ring
 * plus random chords, every router with a loopback), measured as virtual time to full routing
 * tables and the CPU the whole simulation took; and SPF plus route calculation over 1 000
 * router-LSAs.
 */
public final class OspfBench implements Bench {
    private static final int ROUTERS = 200;

    @Override
    public String area() {
        return "ospf";
    }

    @Override
    public List<Figure> run() {
        List<Figure> out = new ArrayList<>();
        converge(out);
        spf(out);
        return out;
    }

    private static void converge(List<Figure> out) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        SimNetwork net = new SimNetwork(1);
        Random rnd = new Random(7);
        List<List<InterfaceSpec>> ifs = new ArrayList<>();
        for (int i = 0; i < ROUTERS; i++) {
            ifs.add(new ArrayList<>());
            ifs.get(i).add(InterfaceSpec.broadcast("Lo0", rid(i), 32, 0, 1).withNetworkType(NetworkType.LOOPBACK));
        }
        int link = 0;
        for (int i = 0; i < ROUTERS; i++) {
            int[] peers = {(i + 1) % ROUTERS, rnd.nextInt(ROUTERS)};
            for (int j : peers) {
                if (j == i) {
                    continue;
                }
                int net30 = 0x0a000000 | (link << 2);
                String seg = "l" + link++;
                String ai = "Tu" + ifs.get(i).size();
                String bi = "Tu" + ifs.get(j).size();
                ifs.get(i).add(InterfaceSpec.broadcast(ai, net30 | 1, 30, 0, 1 + rnd.nextInt(10))
                        .withNetworkType(NetworkType.POINT_TO_POINT));
                ifs.get(j).add(InterfaceSpec.broadcast(bi, net30 | 2, 30, 0, 1 + rnd.nextInt(10))
                        .withNetworkType(NetworkType.POINT_TO_POINT));
                net.attach(seg, net.router("R" + i), ai, net30 | 1);
                net.attach(seg, net.router("R" + j), bi, net30 | 2);
            }
        }
        long cpu0 = mx.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        for (int i = 0; i < ROUTERS; i++) {
            SimNetwork.Router r = net.router("R" + i);
            r.recordEvents = false;
            r.apply(ProcessSpec.of(1, rid(i), ifs.get(i)));
        }
        long convergedAt = -1;
        for (int step = 0; step < 1200; step++) {
            net.advance(100);
            if (allConverged(net)) {
                convergedAt = net.scheduler().nowMillis();
                break;
            }
        }
        long cpu = mx.getCurrentThreadCpuTime() - cpu0;
        long wall = System.nanoTime() - wall0;
        out.add(new Figure("200-router area: virtual time to every full table", convergedAt / 1000.0, "s",
                "hello 10 s; ptp needs no DR wait; MinLSInterval 5 s, RxmtInterval 5 s"));
        out.add(new Figure("200-router area: CPU for the whole convergence (1 thread)", cpu / 1e6, "ms",
                "no target in issue 13"));
        out.add(new Figure("200-router area: wall time of the simulation", wall / 1e6, "ms", ""));
        out.add(new Figure("200-router area: OSPF packets exchanged", net.packets(), "packets", ""));
        // one more minute of steady state (hellos only)
        long c1 = mx.getCurrentThreadCpuTime();
        net.advance(60_000);
        out.add(new Figure("200-router area: CPU per minute of steady state", (mx.getCurrentThreadCpuTime() - c1) / 1e6,
                "ms", ""));
    }

    private static boolean allConverged(SimNetwork net) {
        for (SimNetwork.Router r : net.routers()) {
            long loops = r.routes().stream().filter(x -> x.prefixLength() == 32).count();
            if (loops < ROUTERS - 1) {
                return false;
            }
            if (r.process.neighbors().stream().anyMatch(n -> n.state() != NeighborState.FULL)) {
                return false;
            }
        }
        return true;
    }

    private static void spf(List<Figure> out) {
        SpfWorkload w = new SpfWorkload(1000, 2, 3);
        for (int i = 0; i < 200; i++) {
            w.runOnce(); // warm-up
        }
        int n = 500;
        long t0 = System.nanoTime();
        int routes = 0;
        for (int i = 0; i < n; i++) {
            routes = w.runOnce();
        }
        double us = (System.nanoTime() - t0) / 1e3 / n;
        out.add(new Figure("SPF + route table, " + w.lsaCount() + " router-LSAs (" + routes + " routes)", us, "us",
                "IOS default spf-start 50 ms"));
    }

    private static int rid(int i) {
        return 0x0b000000 + i + 1;
    }
}
