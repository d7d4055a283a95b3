package iosim.shell.controller;

import iosim.shell.controller.tunnel.PeerIntent;
import iosim.shell.controller.tunnel.TunnelSnapshot;
import iosim.shell.controller.tunnel.LifetimeScale;

import iosim.dataplane.ipsec.IpsecFlowSnapshot;
import iosim.dataplane.ipsec.Ipv4Addresses;
import iosim.ikev2.api.IkeSaSnapshot;
import iosim.shell.cli.LiveExec;
import iosim.config.RunningConfig;
import iosim.shell.controller.show.CryptoConfigText;
import iosim.shell.controller.show.CryptoSessionText;
import iosim.shell.controller.show.IkeSaText;
import iosim.shell.controller.show.IpsecSaText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The live exec commands of a router (show crypto ..., clear crypto ..., ping, traceroute),
 * as text. Called from the CLI thread; reads snapshots taken on the router's loop. Never throws
 * to the user: a router that does not answer yields an IOS-style error line.
 */
public final class ControllerExec implements LiveExec {
    private final RouterRuntime rt;

    ControllerExec(RouterRuntime rt) {
        this.rt = rt;
    }

    // ---- show ---------------------------------------------------------------------------------

    /** {@code show crypto ikev2 sa [remote A] [detailed]}. */
    @Override
    public String showIkev2Sa(boolean detailed, String remoteOrNull) {
        List<IkeSaSnapshot> sas = rt.onLoop(() -> rt.ike().snapshots());
        List<IkeSaSnapshot> shown = new ArrayList<>();
        for (IkeSaSnapshot s : sas) {
            if (remoteOrNull == null || s.remoteAddress().getAddress().getHostAddress().equals(remoteOrNull)) {
                shown.add(s);
            }
        }
        shown.sort(java.util.Comparator.comparingInt(s -> rt.index().ikeSa(s.localSpi())));
        int fragmentMtu = rt.onLoop(() -> rt.ike().fragmentation().enabled() ? rt.ike().fragmentation().ipPacketSize() : 0);
        return IkeSaText.render(shown, detailed, spi -> rt.index().ikeSa(spi), 5, s -> dpdSeconds(s.sessionName()),
                fragmentMtu);
    }

    /** {@code show crypto ikev2 session [detailed]}. */
    @Override
    public String showIkev2Session(boolean detailed) {
        List<IkeSaSnapshot> sas = new ArrayList<>(rt.onLoop(() -> rt.ike().snapshots()));
        sas.sort(java.util.Comparator.comparingInt(s -> rt.index().ikeSa(s.localSpi())));
        int fragmentMtu = rt.onLoop(() -> rt.ike().fragmentation().enabled() ? rt.ike().fragmentation().ipPacketSize() : 0);
        return iosim.shell.controller.show.IkeSessionText.render(sas, detailed, spi -> rt.index().ikeSa(spi), 5,
                s -> dpdSeconds(s.sessionName()), fragmentMtu);
    }

    /** The session's DPD {interval, retry} in configured seconds ({0, 0}: off), for the detailed show. */
    private int[] dpdSeconds(String session) {
        for (PeerIntent p : rt.crypto().peers()) {
            if (p.sessionName().equals(session)) {
                long interval = p.onDemandDpdMillis() > 0 ? p.onDemandDpdMillis() : p.params().dpd().intervalMillis();
                long mps = LifetimeScale.millisPerSecond();
                return interval <= 0 ? new int[] {0, 0}
                        : new int[] {(int) (interval / mps), (int) (p.params().dpd().retryMillis() / mps)};
            }
        }
        return new int[] {0, 0};
    }

    /** {@code show crypto isakmp sa [detail]}: the IKEv1 (ISAKMP) SAs, in conn-id order. */
    @Override
    public String showIsakmpSa(boolean detail) {
        return rt.onLoop(() -> rt.ikev1().showSa(detail));
    }

    /** {@code clear crypto isakmp [CONN-ID]}: deletes the ISAKMP SA(s), telling the peer. Silent, as IOS. */
    @Override
    public void clearIsakmp(Long connIdOrNull) {
        rt.onLoop(() -> {
            if (connIdOrNull == null) {
                rt.ikev1().clearAll();
            } else {
                rt.ikev1().clear(connIdOrNull);
            }
            return null;
        });
    }

    /** {@code show crypto ipsec sa [detail]}, optionally filtered by peer, interface or map. */
    @Override
    public String showIpsecSa(boolean detail, String peer, String ifName, String map) {
        List<IpsecFlowSnapshot> flows = rt.onLoop(() -> rt.ipsec().snapshot());
        Predicate<IpsecFlowSnapshot> f = x -> (peer == null || Ipv4Addresses.format(x.peer()).equals(peer))
                && (ifName == null || x.interfaceName().equalsIgnoreCase(ifName))
                && (map == null || x.mapTag().equals(map));
        return IpsecSaText.render(flows, detail, f, rt.index());
    }

    /** {@code show ip route}. */
    @Override
    public String showIpRoute() {
        return RoutingText.routes(snapshot(rt.node().routes()));
    }

    /** show ip route variants, show ip ospf ..., show ip protocols, clear ip ospf process. */
    @Override
    public iosim.shell.cli.RoutingExec routing() {
        return new RoutingShow(rt);
    }

    /** {@code show ip arp}. */
    @Override
    public String showIpArp() {
        return RoutingText.arp(snapshot(rt.node().arpTable()));
    }

    /** {@code show ip nat translations}. */
    @Override
    public String showIpNatTranslations() {
        return RoutingText.nat(snapshot(rt.node().natTranslations()));
    }

    private static <T> List<T> snapshot(java.util.concurrent.CompletableFuture<List<T>> f) {
        try {
            return f.get(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return List.of();
        }
    }

    /** {@code show interfaces [IF]}: live line protocol, counters, rates. */
    @Override
    public String showInterfaces(String ifNameOrNull) {
        return new InterfaceShow(rt, rt.interfaceLoad()).show(ifNameOrNull);
    }

    /** {@code show interfaces summary}: live drops and rates. */
    @Override
    public java.util.List<SummaryRow> interfaceSummary() {
        return new InterfaceShow(rt, rt.interfaceLoad()).summary();
    }

    /** Status/Protocol columns of {@code show ip interface brief}. */
    @Override
    public java.util.Map<String, LineState> lineStates() {
        return new InterfaceShow(rt, rt.interfaceLoad()).lineStates();
    }

    /** {@code clear counters [IF]}. */
    @Override
    public void clearCounters(String ifNameOrNull) {
        new InterfaceShow(rt, rt.interfaceLoad()).clear(ifNameOrNull);
    }

    /** {@code show crypto ikev2 stats [exchange]}. */
    @Override
    public String showIkev2Stats(boolean exchange) {
        var stats = rt.onLoop(() -> IkeStatsSource.take(rt));
        return exchange ? iosim.shell.controller.show.IkeStatsText.renderExchange(stats)
                : iosim.shell.controller.show.IkeStatsText.render(stats);
    }

    /** {@code clear crypto ikev2 stats}. */
    @Override
    public void clearIkev2Stats() {
        rt.onLoop(() -> {
            rt.ikeStats().clear();
            return null;
        });
    }

    /** {@code show crypto session [detail]}. */
    @Override
    public String showCryptoSession(boolean detail) {
        return CryptoSessionText.render(rt.onLoop(this::sessions), detail);
    }

    /** One session per tunnel (its keying SA in use, else the newest the engine has for it) and per IKEv1 peer; on the loop. */
    private List<CryptoSessionText.Session> sessions() {
        List<IkeSaSnapshot> sas = rt.ike().snapshots();
        List<IpsecFlowSnapshot> flows = rt.ipsec().snapshot();
        List<CryptoSessionText.Session> out = new ArrayList<>();
        for (TunnelSnapshot t : rt.tunnels().snapshots()) {
            IkeSaSnapshot ike = null;
            for (IkeSaSnapshot s : sas) {
                if (s.localSpi() == t.saId() && t.saId() != 0) {
                    ike = s;
                    break;
                }
                if (s.sessionName().equals(t.session())) {
                    ike = s;
                }
            }
            List<IpsecFlowSnapshot> mine = new ArrayList<>();
            for (IpsecFlowSnapshot f : flows) {
                if (f.interfaceName().equals(t.interfaceName()) && t.entryIds().contains(f.entryId())) {
                    mine.add(f);
                }
            }
            out.add(new CryptoSessionText.Session(t.interfaceName(), t.profile(), t.peer(),
                    ike == null ? 0 : rt.index().ikeSa(ike.localSpi()), ike, mine));
        }
        out.addAll(rt.ikev1().sessions(flows));
        return out;
    }

    /**
     * {@code show crypto ikev2 proposal|policy|profile [NAME]}, {@code show crypto ipsec
     * transform-set|profile [NAME]}, {@code show crypto map [tag NAME]}: {@code kind} is the words
     * after {@code show crypto} ({@code "ikev2 proposal"}, ..., {@code "map"}).
     */
    @Override
    public String showCryptoConfig(String kind, String nameOrNull) {
        RunningConfig c = rt.config();
        return switch (kind) {
            case "ikev2 proposal" -> CryptoConfigText.proposals(c, nameOrNull);
            case "ikev2 policy" -> CryptoConfigText.policies(c, nameOrNull);
            case "ikev2 profile" -> CryptoConfigText.profiles(c, nameOrNull);
            case "ipsec transform-set" -> CryptoConfigText.transformSets(c, nameOrNull);
            case "ipsec profile" -> CryptoConfigText.ipsecProfiles(c, nameOrNull);
            case "map" -> CryptoConfigText.cryptoMaps(c, nameOrNull);
            case "isakmp policy" -> iosim.shell.controller.show.IsakmpConfigText.policies(c.isakmp().policies().values());
            case "isakmp default policy" -> iosim.shell.controller.show.IsakmpConfigText.defaultPolicies();
            case "isakmp key" -> iosim.shell.controller.show.IsakmpConfigText.keys(c.isakmp().keys());
            case "engine connections active" -> iosim.shell.controller.show.EngineConnectionsText.render(
                    rt.onLoop(() -> rt.ipsec().snapshot()), rt.onLoop(() -> rt.ike().snapshots()),
                    rt.index());
            default -> null;
        };
    }

    /** Why configured crypto is not active (incomplete maps, missing keys), and the last failures. */
    public List<String> problems() {
        List<String> out = new ArrayList<>(rt.crypto().problems());
        rt.onLoop(() -> rt.tunnels().failures()).forEach((k, v) -> out.add(k + ": " + v));
        return out;
    }

    // ---- clear --------------------------------------------------------------------------------

    /** {@code clear crypto session [remote A]}: IKE and IPsec SAs, with Delete. Silent, as IOS. */
    @Override
    public void clearSession(String remoteOrNull) {
        Integer r = remoteOrNull == null ? null : Ipv4Addresses.parse(remoteOrNull);
        rt.onLoop(() -> rt.ikev2().clearSas(r));
        rt.onLoop(() -> rt.ikev1().clearPeer(r));
    }

    /** {@code clear crypto sa [peer A]}: IPsec SAs only. */
    @Override
    public void clearSa(String peerOrNull) {
        Integer r = peerOrNull == null ? null : Ipv4Addresses.parse(peerOrNull);
        rt.onLoop(() -> rt.tunnels().clearChildren(r));
        rt.onLoop(() -> rt.ikev1().clearChildren(r));
    }

    /** {@code clear crypto sa counters}. */
    @Override
    public void clearSaCounters() {
        rt.onLoop(() -> {
            rt.ipsec().clearCounters();
            return null;
        });
    }

    /** {@code clear crypto ikev2 sa [remote A]}. */
    @Override
    public void clearIkev2Sa(String remoteOrNull) {
        clearSession(remoteOrNull);
    }

    // ---- ping, traceroute ------------------------------------------------------------------------

    @Override
    public String ping(String dest, int repeat, int size, int timeoutSeconds, String sourceOrNull) {
        StringBuilder sb = new StringBuilder();
        ping(new PingRunner.Options(dest, sourceOrNull, repeat, size, timeoutSeconds, false), sb::append);
        return sb.toString();
    }

    /** {@code ping} with all options (keywords or the extended dialog), streamed to {@code out}. */
    @Override
    public void ping(iosim.shell.cli.PingSpec s, Consumer<String> out) {
        new PingRunner(rt.node()).ping(new PingRunner.Options(s.destination(), s.source(), s.repeat(), s.size(),
                s.timeoutSeconds(), s.df()), s.sweepMax(), s.sweepStep(), s.verbose(), s.validate(), s.tos(),
                s.pattern(), out);
    }

    @Override
    public String traceroute(String dest, String sourceOrNull) {
        StringBuilder sb = new StringBuilder();
        traceroute(dest, sourceOrNull, sb::append);
        return sb.toString();
    }

    public int ping(PingRunner.Options o, Consumer<String> out) {
        return new PingRunner(rt.node()).ping(o, out);
    }

    public void traceroute(String dest, String source, Consumer<String> out) {
        new PingRunner(rt.node()).traceroute(dest, source, out);
    }

    @Override
    public iosim.shell.cli.CapturePoints captures() {
        return rt.captures();
    }
}
