package iosim.bench;

import iosim.ike.crypto.RandomSource;
import iosim.ike.time.Lifetime;
import iosim.ike.time.VirtualScheduler;
import iosim.ikev2.api.ChildProposal;
import iosim.ikev2.api.ChildSessionParams;
import iosim.ikev2.api.ConfigAttributes;
import iosim.ike.net.Datagram;
import iosim.ikev2.api.EapClientParams;
import iosim.ikev2.api.EapMethod;
import iosim.ikev2.api.EncryptionAlgorithm;
import iosim.ikev2.api.EngineSettings;
import iosim.ikev2.api.Identity;
import iosim.ikev2.api.IkeEvent;
import iosim.ikev2.api.IkeProposal;
import iosim.ikev2.api.IkeSessionParams;
import iosim.ikev2.api.IntegrityAlgorithm;
import iosim.ikev2.api.IpsecMode;
import iosim.ikev2.api.KeyExchangeGroup;
import iosim.ikev2.api.PrfAlgorithm;
import iosim.ikev2.api.RemoteAccessAuthorizer;
import iosim.ikev2.api.RemoteAccessPolicy;
import iosim.ikev2.api.TrafficSelectorSpec;
import iosim.ikev2.engine.IkeEngine;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Remote-access gateway figures (issue 19): IKEv2 sessions with EAP-MSCHAPv2, a CFG_REPLY address
 * and the first Child SA per second, with 1 000 in-JVM clients (one client engine holding a
 * session per client address) against one gateway engine, all on one thread and a virtual
 * clock; and the gateway's heap per established session (measured after the clients' engine is
 * dropped). The Windows client's offer (AES-CBC-256/SHA-256/group 2) and group 19.
 */
public final class RemoteAccessBench implements Bench {
    private static final int CLIENTS = 1000;
    private static final InetAddress GW = addr("198.51.100.1");

    @Override
    public String area() {
        return "ra";
    }

    @Override
    public List<Figure> run() {
        List<Figure> out = new ArrayList<>();
        round(KeyExchangeGroup.ECP_256, 100, null); // warm-up
        out.addAll(round(KeyExchangeGroup.MODP_1024, CLIENTS, "Windows' offer, aes-cbc-256/sha256/group 2"));
        out.addAll(round(KeyExchangeGroup.ECP_256, CLIENTS, "aes-cbc-256/sha256/group 19"));
        return out;
    }

    private static List<Figure> round(KeyExchangeGroup group, int clients, String label) {
        VirtualScheduler clock = new VirtualScheduler();
        ArrayDeque<Datagram> toGw = new ArrayDeque<>();
        ArrayDeque<Datagram> toClients = new ArrayDeque<>();
        int[] up = {0};
        IkeProposal prop = IkeProposal.of(EncryptionAlgorithm.AES_CBC_256, PrfAlgorithm.HMAC_SHA2_256,
                IntegrityAlgorithm.HMAC_SHA2_256_128, group);
        ChildSessionParams child = new ChildSessionParams(
                List.of(ChildProposal.esp(EncryptionAlgorithm.AES_CBC_256, IntegrityAlgorithm.HMAC_SHA2_256_128)),
                List.of(TrafficSelectorSpec.anyIpv4()), List.of(TrafficSelectorSpec.anyIpv4()), Lifetime.CHILD_DEFAULT,
                IpsecMode.TUNNEL);
        byte[] psk = "bench-gateway-key".getBytes(StandardCharsets.US_ASCII);
        IkeEngine gw = new IkeEngine(clock, RandomSource.secure(), 1, toClients::add, e -> { },
                EngineSettings.DEFAULT.withCookieThreshold(Integer.MAX_VALUE));
        gw.addPeer(IkeSessionParams.of("RA", new InetSocketAddress(GW, 500), new InetSocketAddress(addr("0.0.0.0"), 500),
                Identity.fqdn("gw.bench"), null, psk, List.of(prop), child));
        int[] next = {0};
        gw.setRemoteAccess("RA", new RemoteAccessPolicy(List.of(EapMethod.MSCHAPV2), true, 30_000,
                u -> Optional.of("pw-" + u), new RemoteAccessAuthorizer() {
                    @Override
                    public Decision authorize(String user, Identity id, InetSocketAddress peer, boolean wants) {
                        int n = next[0]++;
                        return Decision.grant(new ConfigAttributes(addr("10.200." + (n / 250) + "." + (n % 250 + 1)),
                                addr("255.255.255.255"), List.of(addr("10.0.0.53")), List.of(), List.of(), null));
                    }

                    @Override
                    public void release(String user, ConfigAttributes a) {
                    }
                }));
        IkeEngine clientsEngine = new IkeEngine(clock, RandomSource.secure(), 2, toGw::add, e -> {
            if (e instanceof IkeEvent.IkeSaUp) {
                up[0]++;
            }
        }, EngineSettings.DEFAULT);
        long heapBefore = usedHeap();
        long start = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            String name = "c" + i;
            clientsEngine.setEapClient(name, new EapClientParams("user" + i, "pw-user" + i, true));
            clientsEngine.initiate(IkeSessionParams.of(name,
                    new InetSocketAddress(addr("100.64." + (i / 250) + "." + (i % 250 + 1)), 500),
                    new InetSocketAddress(GW, 500), Identity.fqdn("user" + i), Identity.fqdn("gw.bench"), psk,
                    List.of(prop), child));
            if (i % 20 == 19) {
                pump(gw, clientsEngine, toGw, toClients);
            }
        }
        pump(gw, clientsEngine, toGw, toClients);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (label == null) {
            return List.of();
        }
        int established = gw.ikeSaCount();
        clientsEngine = null;
        toGw.clear();
        toClients.clear();
        long heapAfter = usedHeap();
        double perSession = established == 0 ? 0 : (heapAfter - heapBefore) / (double) established;
        return List.of(
                new Figure("RA sessions/s, " + label + " (EAP-MSCHAPv2 + CFG + Child SA; " + up[0] + "/" + clients
                        + " up)", up[0] / seconds, "sessions/s", "issue 19: measure (no target given)"),
                new Figure("gateway heap per RA session, " + label + " (" + established + " sessions)",
                        perSession / 1024.0, "KiB", "issue 19: measure with 1 000 clients"));
    }

    private static void pump(IkeEngine gw, IkeEngine clients, ArrayDeque<Datagram> toGw, ArrayDeque<Datagram> toClients) {
        int n = 0;
        while ((!toGw.isEmpty() || !toClients.isEmpty()) && n++ < 10_000_000) {
            Datagram d = toGw.poll();
            if (d != null) {
                gw.receive(d);
            }
            d = toClients.poll();
            if (d != null) {
                clients.receive(d);
            }
        }
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return r.totalMemory() - r.freeMemory();
    }

    private static InetAddress addr(String s) {
        try {
            return InetAddress.getByName(s);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
