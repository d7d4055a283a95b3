package iosim.ospf;

import iosim.ospf.packet.Lsa;
import iosim.ospf.packet.LsaHeader;
import iosim.ospf.packet.LsaType;
import iosim.ospf.packet.RouterLsa;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A synthetic area for measuring SPF: {@code routers} router-LSAs, each router joined by
 * point-to-point links to its ring neighbour and to {@code extraLinks} random others, each with
 * a stub /32. {@link #runOnce()} computes the tree and the routing table as a process does.
 */
public final class SpfWorkload {
    private final Lsdb db = new Lsdb();
    private final Lsdb externals = new Lsdb();
    private final int root;

    public SpfWorkload(int routers, int extraLinks, long seed) {
        Random rnd = new Random(seed);
        List<List<int[]>> adj = new ArrayList<>();
        for (int i = 0; i < routers; i++) {
            adj.add(new ArrayList<>());
        }
        for (int i = 0; i < routers; i++) {
            link(adj, i, (i + 1) % routers, 1 + rnd.nextInt(20));
            for (int k = 0; k < extraLinks; k++) {
                int j = rnd.nextInt(routers);
                if (j != i) {
                    link(adj, i, j, 1 + rnd.nextInt(20));
                }
            }
        }
        for (int i = 0; i < routers; i++) {
            List<RouterLsa.Link> links = new ArrayList<>();
            for (int[] l : adj.get(i)) {
                links.add(new RouterLsa.Link(rid(l[0]), 0x0a000000 | (i << 8) | (l[0] & 0xff), RouterLsa.PTP, l[1]));
            }
            links.add(new RouterLsa.Link(rid(i), 0xffffffff, RouterLsa.STUB, 1));
            db.install(Lsa.build(1, 2, LsaType.ROUTER, rid(i), rid(i), LsaHeader.INITIAL_SEQ,
                    new RouterLsa(false, false, false, links).encode()), 0);
        }
        root = rid(0);
    }

    private static void link(List<List<int[]>> adj, int a, int b, int cost) {
        adj.get(a).add(new int[] {b, cost});
        adj.get(b).add(new int[] {a, cost});
    }

    private static int rid(int i) {
        return 0x01000000 + i + 1;
    }

    public int lsaCount() {
        return db.size();
    }

    /** One SPF and route calculation; returns the number of routes. */
    public int runOnce() {
        Spf.RootLinks links = new Spf.RootLinks() {
            @Override
            public String ifaceFor(int address) {
                return "if" + (address & 0xff);
            }

            @Override
            public int neighborAddress(String ifName, int rid) {
                return rid;
            }
        };
        Spf.Result r = Spf.run(0, db, root, links, 0);
        return RouteCalculation.compute(List.of(new RouteCalculation.AreaInput(0, r, db)), externals, root, false, 0).size();
    }
}
