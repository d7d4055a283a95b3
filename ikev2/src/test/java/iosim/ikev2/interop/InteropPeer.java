package iosim.ikev2.interop;

import iosim.ike.time.Lifetime;
import iosim.ike.time.RetransmitSettings;
import iosim.ikev2.api.ChildSessionParams;
import iosim.ikev2.api.DpdSettings;
import iosim.ikev2.api.Identity;
import iosim.ikev2.api.IkeEvent;
import iosim.ikev2.api.IkeSaSnapshot;
import iosim.ikev2.api.IkeSessionParams;
import iosim.ikev2.api.IpsecMode;
import iosim.ikev2.api.TrafficSelectorSpec;
import iosim.ikev2.api.EngineSettings;
import iosim.ikev2.api.FragmentationSettings;
import iosim.ikev2.engine.IkeEngine;
import iosim.ikev2.udp.UdpIkeService;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The engine side of the strongSwan interop tests, run as a child JVM inside netns "left":
 * binds 500/4500 on --local, answers or initiates towards --remote, prints one line per engine
 * event on stdout and takes commands on stdin (initiate, rekey-child, rekey-ike, delete-child,
 * delete-ike, dpd, sas, counters, half-open (a bare IKE_SA_INIT that leaves the peer a half-open SA), quit). Options: --ike (comma-separated proposals), --esp, --psk,
 * --remote-psk, --local-ts, --remote-ts, --dpd-ms, --fragment-size (IP packet size, RFC 7383),
 * --fragmentation no, certificates: --cert --key --ca [--crl] [--rfc7427 yes] (CertificatePeer), --cookie-threshold (half-open SAs above which we demand COOKIEs), --max-seconds. Exits on quit, on stdin EOF, or after --max-seconds.
 * Remote-access gateway mode: --ra METHODS (comma-separated mschapv2|md5|gtc) accepts any peer
 * authenticating with EAP against --users (user:password,...), --query-identity yes|no, and
 * hands out --pool PREFIX (PREFIX1 ... PREFIX9); prints RELEASED user address when one comes back.
 * --mobike yes answers MOBIKE (RFC 4555) and prints MOVED when a peer updates its addresses.
 */
public final class InteropPeer {
    private InteropPeer() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        InetAddress local = InetAddress.getByName(o.getOrDefault("local", "203.0.113.10"));
        InetAddress remote = InetAddress.getByName(o.getOrDefault("remote", "203.0.113.20"));
        byte[] psk = o.getOrDefault("psk", "lab-psk-0123456789abcdef").getBytes(StandardCharsets.UTF_8);
        byte[] remotePsk = o.containsKey("remote-psk") ? o.get("remote-psk").getBytes(StandardCharsets.UTF_8) : psk;
        ChildSessionParams child = new ChildSessionParams(List.of(SwanProposals.esp(o.getOrDefault("esp", "aes256gcm16"))),
                List.of(TrafficSelectorSpec.subnet(o.getOrDefault("local-ts", "192.168.1.0/24"))),
                List.of(TrafficSelectorSpec.subnet(o.getOrDefault("remote-ts", "10.0.0.0/24"))),
                Lifetime.CHILD_DEFAULT, IpsecMode.TUNNEL);
        boolean ra = o.containsKey("ra");
        if (ra) {
            remote = InetAddress.getByName("0.0.0.0");
        }
        IkeSessionParams psks = IkeSessionParams.of("sut", new InetSocketAddress(local, 500),
                        new InetSocketAddress(remote, 500), Identity.address(local), ra ? null : Identity.address(remote), psk,
                        Arrays.stream(o.getOrDefault("ike", "aes256-sha256-modp2048").split(","))
                                .map(SwanProposals::ike).toList(), child)
                .withPsks(psk, remotePsk)
                .withRetransmit(new RetransmitSettings(1000, 1.5, 3, 0))
                .withDpd(new DpdSettings(Long.parseLong(o.getOrDefault("dpd-ms", "0")), 1000, 3));
        IkeSessionParams params = o.containsKey("cert") ? CertificatePeer.apply(o, psks) : psks;
        EngineSettings settings = EngineSettings.DEFAULT;
        if (o.containsKey("fragment-size")) {
            settings = settings.withFragmentation(FragmentationSettings.DEFAULT.withIpPacketSize(
                    Integer.parseInt(o.get("fragment-size"))));
        } else if (o.getOrDefault("fragmentation", "yes").equals("no")) {
            settings = settings.withFragmentation(FragmentationSettings.OFF);
        }
        if (o.containsKey("cookie-threshold")) {
            settings = settings.withCookieThreshold(Integer.parseInt(o.get("cookie-threshold")));
        }
        UdpIkeService service = UdpIkeService.start(local, 500, 4500, e -> out.println(format(e)), settings);
        service.call(e -> {
            e.addPeer(params);
            if (ra) {
                e.setRemoteAccess("sut", RemoteAccessPeer.policy(o, out));
            }
            e.setMobike(o.getOrDefault("mobike", "no").equals("yes"));
            return null;
        }).get();
        warmUp(params);
        out.println("READY");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.parseLong(o.getOrDefault("max-seconds", "120")));
        Thread killer = new Thread(() -> {
            try {
                Thread.sleep(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException ignored) {
                return;
            }
            out.println("TIMEOUT");
            System.exit(3);
        });
        killer.setDaemon(true);
        killer.start();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            String cmd = line.trim();
            if (cmd.equals("quit")) {
                break;
            }
            if (cmd.equals("half-open")) {
                service.transport().send(halfOpenInit(params));
                out.println("OK half-open");
                continue;
            }
            service.call(e -> {
                command(e, params, cmd, out);
                return null;
            }).get();
        }
        service.close();
        out.println("BYE");
        System.exit(0);
    }

    /**
     * A bare IKE_SA_INIT request from our port 500 with a fresh SPI that no engine SA owns: the
     * peer answers it and keeps a half-open IKE SA (its answer is dropped here as an unknown SPI).
     */
    private static iosim.ike.net.Datagram halfOpenInit(IkeSessionParams params) {
        iosim.ike.crypto.RandomSource r = iosim.ike.crypto.RandomSource.secure();
        var group = params.ikeProposals().get(0).groups().get(0);
        byte[] ke = iosim.ike.crypto.DhGroup.ofId(group.ianaId()).orElseThrow().generateKeyPair(r).publicValue();
        var header = iosim.ikev2.message.IkeHeader.request(r.nextLong() | 1, 0,
                iosim.ikev2.message.ExchangeType.IKE_SA_INIT, 0, true);
        var message = new iosim.ikev2.message.IkeMessage(header, List.of(
                new iosim.ikev2.message.SaPayload(iosim.ikev2.task.ProposalCodec.ikeProposals(params.ikeProposals(),
                        new byte[0])),
                new iosim.ikev2.message.KePayload(group.ianaId(), ke),
                new iosim.ikev2.message.NoncePayload(r.bytes(32))));
        return new iosim.ike.net.Datagram(params.local(), params.remote(),
                iosim.ikev2.message.IkeMessageCodec.encode(message));
    }

    /** First use of a DH group in a cold JVM (class loading, signed-jar checks) can take seconds: do it before READY. */
    private static void warmUp(IkeSessionParams params) {
        iosim.ike.crypto.RandomSource r = iosim.ike.crypto.RandomSource.secure();
        params.ikeProposals().forEach(p -> p.groups().forEach(g -> {
            iosim.ike.crypto.DhGroup grp = iosim.ike.crypto.DhGroup.ofId(g.ianaId()).orElseThrow();
            try {
                grp.generateKeyPair(r).computeSharedSecret(grp.generateKeyPair(r).publicValue());
            } catch (iosim.ike.crypto.InvalidPeerKeyException e) {
                throw new IllegalStateException(e);
            }
        }));
    }

    private static void command(IkeEngine engine, IkeSessionParams params, String cmd, PrintStream out) {
        List<IkeSaSnapshot> sas = engine.snapshots().stream().filter(s -> s.state().equals("ESTABLISHED")).toList();
        IkeSaSnapshot first = sas.isEmpty() ? null : sas.get(0);
        boolean ok = switch (cmd) {
            case "initiate" -> engine.initiate(params) != 0;
            case "rekey-ike" -> first != null && engine.rekeyIke(first.localSpi());
            case "rekey-child" -> first != null && !first.children().isEmpty()
                    && engine.rekeyChild(first.localSpi(), first.children().get(0).inboundSpi());
            case "delete-child" -> first != null && !first.children().isEmpty()
                    && engine.deleteChild(first.localSpi(), first.children().get(0).inboundSpi());
            case "delete-ike" -> first != null && engine.deleteIke(first.localSpi());
            case "dpd" -> first != null && engine.dpd(first.localSpi());
            case "counters" -> {
                out.println("COUNTERS " + engine.counters());
                yield true;
            }
            case "sas" -> {
                engine.snapshots().forEach(s -> out.println("SA " + s.localSpiHex() + " " + s.state() + " children="
                        + s.children().size() + " nat=" + s.natTraversal() + " remote=" + s.remoteAddress()));
                yield true;
            }
            default -> false;
        };
        out.println((ok ? "OK " : "NOK ") + cmd);
    }

    static String format(IkeEvent e) {
        if (e instanceof IkeEvent.IkeSaUp u) {
            return "UP spi=" + u.sa().localSpiHex() + " nat=" + u.sa().natTraversal() + " remote=" + u.sa().remoteAddress()
                    + RemoteAccessPeer.describe(u.sa())
                    + (u.sa().authMethod().equals("PSK") && u.sa().peerAuthMethod().equals("PSK") ? ""
                    : " auth=" + u.sa().authMethod() + "/" + u.sa().peerAuthMethod() + " peer=" + u.sa().remoteId());
        } else if (e instanceof IkeEvent.IkeSaRekeyed r) {
            return String.format("IKE_REKEYED old=%016X new=%s prf=%s", r.oldLocalSpi(), r.sa().localSpiHex(),
                    r.sa().prf() == null ? "-" : r.sa().prf().displayName());
        } else if (e instanceof IkeEvent.IkeSaAddressesUpdated m) {
            return "MOVED old=" + m.oldRemote() + " new=" + m.sa().remoteAddress() + " children="
                    + m.children().stream().map(k -> k.remoteAddress().toString()).toList();
        } else if (e instanceof IkeEvent.IkeSaDown d) {
            return String.format("DOWN spi=%016X reason=%s", d.localSpi(), d.reason());
        } else if (e instanceof IkeEvent.ChildSaInstalled c) {
            return "CHILD_INSTALLED " + c.keys().describe();
        } else if (e instanceof IkeEvent.ChildSaRekeyed c) {
            return String.format("CHILD_REKEYED old=0x%08X %s", c.oldInboundSpi(), c.keys().describe());
        } else if (e instanceof IkeEvent.ChildSaRemoved c) {
            return String.format("CHILD_REMOVED in=0x%08X out=0x%08X reason=%s", c.inboundSpi(), c.outboundSpi(),
                    c.reason());
        } else if (e instanceof IkeEvent.ExchangeSent s) {
            return "SENT " + s.exchange().describe();
        } else if (e instanceof IkeEvent.ExchangeReceived r) {
            return "RECV " + r.exchange().describe();
        } else if (e instanceof IkeEvent.Failure f) {
            return "FAILURE notify=" + f.notifyName() + " byPeer=" + f.sentByPeer() + " reason=" + f.reason();
        }
        return e.toString();
    }
}
