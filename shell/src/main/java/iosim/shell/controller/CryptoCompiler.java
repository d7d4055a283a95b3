package iosim.shell.controller;

import iosim.shell.controller.tunnel.PeerIntent;
import iosim.shell.controller.tunnel.Ikev1Intent;
import iosim.shell.controller.tunnel.LifetimeScale;

import iosim.config.RunningConfig;
import iosim.config.model.AccessList;
import iosim.config.model.AclAction;
import iosim.config.model.AclRule;
import iosim.config.model.CryptoMap;
import iosim.config.model.CryptoMapEntry;
import iosim.config.model.Dpd;
import iosim.config.model.IkeIdentity;
import iosim.config.model.Ikev2Profile;
import iosim.config.model.InterfaceConfig;
import iosim.config.model.InterfaceName;
import iosim.config.model.IpsecPolicySettings;
import iosim.config.model.IpsecProfile;
import iosim.config.model.Ipv4;
import iosim.config.model.TransformSet;
import iosim.config.model.TunnelMode;
import iosim.dataplane.ipsec.spd.AddressRangeSelector;
import iosim.dataplane.ipsec.spd.InterfacePolicy;
import iosim.dataplane.ipsec.spd.SpdEntry;
import iosim.ike.time.RetransmitSettings;
import iosim.ikev2.api.ChildProposal;
import iosim.ikev2.api.ChildSessionParams;
import iosim.ikev2.api.DpdSettings;
import iosim.ikev2.api.EncryptionAlgorithm;
import iosim.ikev2.api.Identity;
import iosim.ikev2.api.IkeSessionParams;
import iosim.ikev2.api.AuthPolicy;
import iosim.ikev2.api.IntegrityAlgorithm;
import iosim.ikev2.api.IpsecMode;
import iosim.ikev2.api.IpsecProtocol;
import iosim.ikev2.api.KeyExchangeGroup;
import iosim.ikev2.api.TrafficSelectorSpec;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles the crypto part of a {@link RunningConfig}: crypto maps on interfaces (one SPD
 * PROTECT entry per ACL permit line, BYPASS per deny line) and IPsec VTIs (0.0.0.0/0) into
 * {@link CompiledCrypto}. Incomplete pieces are skipped (IOS keeps such a map disabled) and
 * reported in {@link CompiledCrypto#problems()}. Runs on the thread that owns the config.
 */
public final class CryptoCompiler {
    /** IOS's IKEv2 retransmission: about 2 s first, doubling, 5 tries. */
    public static final RetransmitSettings IOS_RETRANSMIT = new RetransmitSettings(2000, 2.0, 5, 0);
    /** {@link #IOS_RETRANSMIT}, scaled with {@link LifetimeScale} in tests. */
    private static RetransmitSettings retransmit() {
        return LifetimeScale.millisPerSecond() == 1000 ? IOS_RETRANSMIT
                : new RetransmitSettings(LifetimeScale.millis(2), 2.0, 5, 0);
    }

    /** The smallest IP packet the IKEv2 engine fragments to (IOS accepts {@code mtu} down to 68). */
    static final int MIN_FRAGMENT_IP_PACKET = 128;

    /**
     * {@code crypto ikev2 fragmentation [mtu N]} as the engine's RFC 7383 setting: off unless
     * configured (IOS announces IKEV2_FRAGMENTATION_SUPPORTED only then); fragments of at most
     * N octets of IP packet (IOS's default 576), at least {@link #MIN_FRAGMENT_IP_PACKET}.
     */
    public static iosim.ikev2.api.FragmentationSettings fragmentation(RunningConfig config) {
        iosim.config.model.Ikev2Globals g = config.ikev2Globals();
        if (!g.fragmentation()) {
            return iosim.ikev2.api.FragmentationSettings.OFF;
        }
        return iosim.ikev2.api.FragmentationSettings.DEFAULT
                .withIpPacketSize(Math.max(MIN_FRAGMENT_IP_PACKET, g.effectiveFragmentationMtu()));
    }

    /**
     * {@code crypto ikev2 cookie-challenge N} as the engine's COOKIE threshold (RFC 7296 2.6): IOS
     * demands cookies only when configured, once N IKE SAs are half-open; without it, never.
     */
    public static int cookieThreshold(RunningConfig config) {
        Integer n = config.ikev2Globals().cookieChallenge();
        return n == null ? Integer.MAX_VALUE : n;
    }

    /** IOS declares a peer dead after 5 unanswered liveness checks, {@code retry} seconds apart. */
    static final int DPD_RETRIES = 5;

    private final RunningConfig config;
    private final CryptoLookups lookups;
    private final Map<String, InterfacePolicy> policies = new LinkedHashMap<>();
    private final List<PeerIntent> peers = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final List<Ikev1Intent> ikev1Peers = new ArrayList<>();
    private final Ikev1Compiler ikev1;

    private final CryptoMemo memo;

    private CryptoCompiler(RunningConfig config, CryptoMemo memo) {
        this.config = config;
        this.lookups = new CryptoLookups(config);
        this.memo = memo;
        this.ikev1 = new Ikev1Compiler(config, this, problems);
    }

    public static CompiledCrypto compile(RunningConfig config) {
        return compile(config, CryptoMemo.none());
    }

    /**
     * Compiles with {@code memo}: the pieces whose inputs did not change since the last compile
     * with the same memo are the same objects as then (see {@link CryptoMemo}).
     */
    static CompiledCrypto compile(RunningConfig config, CryptoMemo memo) {
        CryptoCompiler c = new CryptoCompiler(config, memo);
        for (InterfaceConfig itf : config.interfaces().values()) {
            if (itf.cryptoMap() != null) {
                c.cryptoMapOn(itf);
            }
            if (itf.tunnelProtection() != null) {
                c.vti(itf, itf.tunnelMode() == TunnelMode.GRE_IP);
            }
        }
        memo.endCompile();
        return new CompiledCrypto(c.policies, c.peers, c.problems, c.ikev1Peers);
    }

    // ---- crypto maps ------------------------------------------------------------------------

    private void cryptoMapOn(InterfaceConfig itf) {
        CryptoMap map = config.cryptoMaps().get(itf.cryptoMap());
        String ifName = itf.name().toString();
        if (map == null || itf.address() == null) {
            return;
        }
        Ipv4 local = itf.address().address();
        List<SpdEntry> entries = new ArrayList<>();
        Map<Ipv4, List<EntryPlan>> byPeer = new LinkedHashMap<>();
        for (CryptoMapEntry e : map.entries().values()) {
            AccessList v1Acl = e.isComplete() ? config.accessList(e.matchAddress()) : null;
            if (e.settings().ikev2Profile() == null && v1Acl != null) {
                // IOS: a crypto map entry without an ikev2 profile negotiates IKEv1. Not memoized: it
                // also depends on the crypto isakmp section, which the memo does not track.
                List<SpdEntry> v1 = new ArrayList<>();
                ikev1Peers.addAll(ikev1.entry(map.name(), e, ifName, local, v1Acl, v1));
                entries.addAll(v1);
                continue;
            }
            EntryPlan plan = memo.plan(map.name(), e, () -> mapEntry(map.name(), e));
            entries.addAll(plan.spd());
            if (plan.problem() != null) {
                problems.add(plan.problem());
                continue;
            }
            for (Ipv4 peer : e.peers()) {
                byPeer.computeIfAbsent(peer, k -> new ArrayList<>()).add(plan);
            }
        }
        String prefix = map.name() + "/" + ifName + "/";
        for (Map.Entry<Ipv4, List<EntryPlan>> m : byPeer.entrySet()) {
            Ipv4 peer = m.getKey();
            List<EntryPlan> plans = m.getValue();
            CryptoMemo.PeerResult r = memo.peer(prefix, peer, ifName, local, plans,
                    () -> mapPeer(map.name(), prefix + peer, ifName, local, peer, plans));
            problems.addAll(r.problems());
            if (r.intent() != null) {
                peers.add(r.intent());
            }
        }
        int mtu = ipMtu(itf);
        policies.put(ifName, memo.policy(ifName, local, mtu, entries,
                () -> new InterfacePolicy(ifName, local.bits(), mtu, ifName, entries)));
    }

    /**
     * A map entry compiled: its SPD entries (one per ACL line), the flows (one per permit line)
     * and the ikev2 profile its peers use; or the problem that leaves the entry out (IOS keeps
     * such an entry disabled).
     */
    record EntryPlan(int sequence, Ikev2Profile profile, List<PeerIntent.Flow> flows, List<SpdEntry> spd,
                     String problem) {
        static EntryPlan problem(int sequence, List<SpdEntry> spd, String problem) {
            return new EntryPlan(sequence, null, List.of(), List.copyOf(spd), problem);
        }
    }

    /**
     * A peer's session on one interface: the first entry listing it whose keys are found opens it
     * (the entries before it are reported), the entries after it add their flows.
     */
    private CryptoMemo.PeerResult mapPeer(String mapName, String session, String ifName, Ipv4 local, Ipv4 peer,
                                          List<EntryPlan> plans) {
        List<String> missing = new ArrayList<>();
        EntryPlan first = null;
        IkeSessionParams params = null;
        List<PeerIntent.Flow> flows = new ArrayList<>();
        for (EntryPlan p : plans) {
            if (first != null) {
                flows.addAll(p.flows());
                continue;
            }
            params = ikeParams(session, local, peer, p.profile(), p.flows().get(0).child());
            if (params == null) {
                missing.add("crypto map " + mapName + " " + p.sequence() + ": "
                        + missing(p.profile(), peer));
            } else {
                first = p;
                flows.addAll(p.flows());
            }
        }
        if (first == null) {
            return new CryptoMemo.PeerResult(null, missing);
        }
        return new CryptoMemo.PeerResult(new PeerIntent(params.name(), ifName, mapName, first.sequence(), peer.bits(),
                params, lookups.proposals(local).policyName(), first.profile().name(), flows, false,
                config.ipsecGlobals().effectiveReplayWindow(), onDemandDpdMillis(first.profile())), missing);
    }

    private EntryPlan mapEntry(String mapName, CryptoMapEntry e) {
        String where = "crypto map " + mapName + " " + e.sequence();
        List<SpdEntry> entries = new ArrayList<>();
        if (!e.isComplete()) {
            return EntryPlan.problem(e.sequence(), entries, where + ": incomplete (needs a peer and match address)");
        }
        AccessList acl = config.accessList(e.matchAddress());
        if (acl == null) {
            return EntryPlan.problem(e.sequence(), entries, where + ": access list " + e.matchAddress()
                    + " does not exist");
        }
        Ikev2Profile profile = profile(e.settings().ikev2Profile());
        if (profile == null) {
            return EntryPlan.problem(e.sequence(), entries, where + ": ikev2-profile " + e.settings().ikev2Profile()
                    + " does not exist");
        }
        List<ChildProposal> proposals = childProposals(e.settings());
        if (proposals.isEmpty()) {
            return EntryPlan.problem(e.sequence(), entries, where + ": no usable transform set");
        }
        IpsecMode mode = transportMode(e.settings()) ? IpsecMode.TRANSPORT : IpsecMode.TUNNEL;
        Ipv4 peer = e.peers().get(0);
        List<Integer> failover = e.peers().stream().map(Ipv4::bits).toList();
        long lifeSec = lifetimeSeconds(e.settings());
        long lifeKb = lifetimeKilobytes(e.settings());
        List<PeerIntent.Flow> flows = new ArrayList<>();
        for (Map.Entry<Integer, AclRule> r : acl.entries().entrySet()) {
            AclRule rule = r.getValue();
            if (rule.isRemark() || rule.isStandard()) {
                continue;
            }
            String id = mapName + "/" + e.sequence() + "/" + r.getKey();
            AddressRangeSelector sel = selector(rule);
            if (rule.action() == AclAction.DENY) {
                entries.add(SpdEntry.bypass(id, sel));
                continue;
            }
            SpdEntry spd = SpdEntry.protect(id, sel, peer.bits(), mapName, e.sequence());
            entries.add(spd);
            ChildSessionParams child = new ChildSessionParams(proposals, List.of(ts(rule.source(), rule.sourcePort(),
                    rule.protocol())), List.of(ts(rule.destination(), rule.destinationPort(), rule.protocol())),
                    LifetimeScale.engine(lifeSec), mode);
            flows.add(new PeerIntent.Flow(spd, child, failover, LifetimeScale.dataplaneSeconds(lifeSec), lifeKb,
                    !e.reverseRoute() ? PeerIntent.ReverseRoute.NONE : e.reverseRouteStatic()
                            ? PeerIntent.ReverseRoute.ALWAYS : PeerIntent.ReverseRoute.WHILE_UP));
        }
        if (flows.isEmpty()) {
            return EntryPlan.problem(e.sequence(), entries, where + ": access list " + acl.name()
                    + " has no permit line");
        }
        return new EntryPlan(e.sequence(), profile, flows, List.copyOf(entries), null);
    }

    private long lifetimeSeconds(IpsecPolicySettings s) {
        return s.lifetimeSeconds() != null ? s.lifetimeSeconds() : config.ipsecGlobals().effectiveLifetimeSeconds();
    }

    private long lifetimeKilobytes(IpsecPolicySettings s) {
        return s.kilobytesDisabled() ? 0 : s.lifetimeKilobytes() != null ? s.lifetimeKilobytes()
                : config.ipsecGlobals().effectiveLifetimeKilobytes();
    }

    // ---- VTI --------------------------------------------------------------------------------

    /** The interface's IP MTU: what the tunnel's plaintext MTU is computed from. */
    private static int ipMtu(InterfaceConfig itf) {
        return itf.ipMtu() == null ? 1500 : itf.ipMtu();
    }

    /**
     * {@code tunnel protection ipsec profile} on a VTI (selectors any/any, tunnel mode, the line
     * protocol follows the SA) or on a GRE tunnel ({@code gre}: the selectors are the tunnel's GRE
     * packets, {@code permit gre host SOURCE host DESTINATION}, in the transform set's mode,
     * transport by default; negotiated when GRE first needs it, like a crypto map peer).
     */
    private void vti(InterfaceConfig itf, boolean gre) {
        String ifName = itf.name().toString();
        String where = "interface " + ifName;
        IpsecProfile ipsec = config.ipsecProfiles().get(itf.tunnelProtection());
        Ipv4 source = tunnelSource(itf);
        if (ipsec == null || source == null || itf.tunnelDestination() == null) {
            problems.add(where + ": tunnel protection needs an ipsec profile, a tunnel source and destination");
            return;
        }
        Ikev2Profile profile = profile(ipsec.settings().ikev2Profile());
        if (profile == null) {
            problems.add(where + ": ipsec profile " + ipsec.name() + " has no ikev2-profile");
            return;
        }
        List<ChildProposal> proposals = childProposals(ipsec.settings());
        if (proposals.isEmpty()) {
            problems.add(where + ": no usable transform set");
            return;
        }
        Ipv4 peer = itf.tunnelDestination();
        long lifeSec = lifetimeSeconds(ipsec.settings());
        long lifeKb = lifetimeKilobytes(ipsec.settings());
        String tag = ifName + "-head-0";
        AddressRangeSelector selector = gre
                ? new AddressRangeSelector(source.bits(), -1, peer.bits(), -1, GRE_PROTOCOL, 0, 0)
                : AddressRangeSelector.any();
        SpdEntry spd = SpdEntry.protect(tag + "/1", selector, peer.bits(), tag, 1);
        ChildSessionParams child = gre
                ? new ChildSessionParams(proposals, List.of(greSelector(source)), List.of(greSelector(peer)),
                        LifetimeScale.engine(lifeSec), transportMode(ipsec.settings()) ? IpsecMode.TRANSPORT : IpsecMode.TUNNEL)
                : new ChildSessionParams(proposals, List.of(TrafficSelectorSpec.anyIpv4()),
                        List.of(TrafficSelectorSpec.anyIpv4()), LifetimeScale.engine(lifeSec), IpsecMode.TUNNEL);
        IkeSessionParams params = ikeParams(tag + "/" + peer, source, peer, profile, child);
        if (params == null) {
            problems.add(where + ": " + missing(profile, peer));
            return;
        }
        String egress = itf.tunnelSource().iface() != null ? itf.tunnelSource().iface().toString()
                : egressFor(source);
        policies.put(ifName, new InterfacePolicy(ifName, source.bits(), 1500, egress, List.of(spd)));
        peers.add(new PeerIntent(params.name(), ifName, tag, 1, peer.bits(), params,
                lookups.proposals(source).policyName(), profile.name(),
                List.of(new PeerIntent.Flow(spd, child, List.of(peer.bits()), LifetimeScale.dataplaneSeconds(lifeSec),
                        lifeKb, PeerIntent.ReverseRoute.NONE)), !gre, config.ipsecGlobals().effectiveReplayWindow(), onDemandDpdMillis(profile)));
    }

    private static final int GRE_PROTOCOL = 47;

    /** One end of a GRE tunnel as a traffic selector: the host, protocol 47, any port. */
    private static TrafficSelectorSpec greSelector(Ipv4 host) {
        return new TrafficSelectorSpec(inet(host), inet(host), GRE_PROTOCOL, 0, 65535);
    }

    private Ipv4 tunnelSource(InterfaceConfig itf) {
        if (itf.tunnelSource() == null) {
            return null;
        }
        if (itf.tunnelSource().address() != null) {
            return itf.tunnelSource().address();
        }
        InterfaceConfig src = config.iface(itf.tunnelSource().iface());
        return src == null || src.address() == null ? null : src.address().address();
    }

    private String egressFor(Ipv4 address) {
        for (InterfaceConfig i : config.interfaces().values()) {
            if (i.address() != null && i.address().address().equals(address)) {
                return i.name().toString();
            }
        }
        return null;
    }

    // ---- shared pieces -------------------------------------------------------------------------

    private Ikev2Profile profile(String name) {
        return name == null ? null : config.ikev2Profiles().get(name);
    }

    private Dpd dpd(Ikev2Profile profile) {
        return profile.dpd() != null ? profile.dpd() : config.ikev2Globals().dpd();
    }

    private long onDemandDpdMillis(Ikev2Profile profile) {
        Dpd d = dpd(profile);
        return d == null || d.periodic() ? 0 : LifetimeScale.millis(d.interval());
    }

    private IkeSessionParams ikeParams(String name, Ipv4 local, Ipv4 peer, Ikev2Profile profile,
                                       ChildSessionParams child) {
        CryptoLookups.RemoteIds ids = lookups.remoteIds(profile);
        PskLookup.Keys keys = PskLookup.find(lookups, profile, peer, ids.identityText(peer));
        CertificateAuth.Result certs = CertificateAuth.of(config, profile);
        certProblem = certs.problem();
        if (certs.problem() != null) {
            return null;
        }
        AuthPolicy auth = certs.psk() ? AuthPolicy.PSK : certs.policy();
        boolean needsPsk = !auth.local().signature() || auth.remote().contains(iosim.ikev2.api.AuthKind.PSK);
        if (keys == null && needsPsk) {
            return null;
        }
        if (keys == null) {
            keys = new PskLookup.Keys(new byte[0], new byte[0], null, null);
        }
        Identity localId = profile.identityLocal() != null && "dn".equals(profile.identityLocal().kind())
                && certs.certificate() != null ? iosim.ikev2.cert.CertificateIdentity.dn(certs.certificate())
                : identity(profile.identityLocal(), local);
        Identity remoteId = ids.expected(peer);
        Dpd dpd = dpd(profile);
        // periodic: the engine checks after every idle interval; on-demand: the controller asks for a
        // check when traffic goes out and nothing came back for an interval (OnDemandDpd), so the
        // engine only gets the retry schedule
        DpdSettings dpdSettings = dpd == null ? DpdSettings.OFF
                : new DpdSettings(dpd.periodic() ? LifetimeScale.millis(dpd.interval()) : 0,
                        LifetimeScale.millis(dpd.retry()), DPD_RETRIES);
        Integer keepalive = profile.natKeepalive() != null ? profile.natKeepalive() : config.ikev2Globals().natKeepalive();
        return new IkeSessionParams(name, new InetSocketAddress(inet(local), 500), new InetSocketAddress(inet(peer), 500),
                4500, localId, remoteId, keys.local(), keys.remote(),
                lookups.proposals(local).engineProposals(), child,
                LifetimeScale.engine(profile.effectiveLifetime()), dpdSettings,
                keepalive == null ? 20_000 : keepalive * 1000L, retransmit(), true, false, auth);
    }

    /** Why the last {@link #ikeParams} call found no usable certificate setup, or null. */
    private String certProblem;

    private String missing(Ikev2Profile profile, Ipv4 peer) {
        return certProblem != null ? certProblem : PskLookup.missing(config, profile, peer);
    }

    /**
     * The identity the peer must present: the profile's {@code match identity remote address}
     * equal to the peer's address, else the profile's only host-address identity, else its only
     * {@code fqdn}/{@code email}/{@code key-id} identity; anything wider ({@code any}, a subnet, a
     * {@code domain}, several names) lets any identity in (null), and the keyring decides.
     */
    static Identity remoteIdentity(Ikev2Profile profile, Ipv4 peer) {
        return CryptoLookups.RemoteIds.of(profile).expected(peer);
    }

    /** A {@code fqdn}/{@code email}/{@code key-id} identity as the engine's. */
    static Identity namedIdentity(IkeIdentity id) {
        return identity(id, null);
    }

    private static Identity identity(IkeIdentity id, Ipv4 local) {
        if (id != null && id.value() != null) {
            return switch (id.kind()) {
                case "fqdn" -> Identity.fqdn(id.value());
                case "email" -> Identity.email(id.value());
                case "key-id" -> Identity.keyId(id.value());
                default -> Identity.address(inet(Ipv4.parse(id.value()).orElse(local)));
            };
        }
        return Identity.address(inet(local));
    }

    private List<ChildProposal> childProposals(IpsecPolicySettings s) {
        List<ChildProposal> out = new ArrayList<>();
        KeyExchangeGroup pfs = CryptoNames.pfsGroup(s.pfsGroup());
        List<String> names = s.transformSets().isEmpty() ? List.of("default") : s.transformSets();
        for (String n : names) {
            TransformSet t = transformSet(n);
            if (t == null || t.ah() != null) {
                continue;
            }
            EncryptionAlgorithm enc = CryptoNames.espEncryption(t.espCipher(), t.effectiveKeySize());
            IntegrityAlgorithm integ = CryptoNames.espIntegrity(t.espAuth());
            if (enc == null || (!enc.aead() && integ == null)) {
                continue;
            }
            out.add(new ChildProposal(IpsecProtocol.ESP, List.of(enc), enc.aead() ? List.of() : List.of(integ),
                    pfs == null ? List.of() : List.of(pfs), false));
        }
        return out;
    }

    private boolean transportMode(IpsecPolicySettings s) {
        List<String> names = s.transformSets().isEmpty() ? List.of("default") : s.transformSets();
        TransformSet t = transformSet(names.get(0));
        return t != null && t.transportMode();
    }

    /** A configured transform set, or the smart-default {@code default} (esp-aes esp-sha-hmac, transport). */
    TransformSet transformSet(String name) {
        TransformSet t = config.transformSets().get(name);
        if (t == null && "default".equals(name)) {
            t = defaultTransformSet();
        }
        return t;
    }

    public static TransformSet defaultTransformSet() {
        TransformSet t = new TransformSet("default");
        t.setTransforms(null, "esp-aes", null, "esp-sha-hmac");
        t.setTransportMode(true);
        return t;
    }

    static AddressRangeSelector selector(AclRule rule) {
        int proto = Math.max(0, rule.protocol());
        int sp = rule.sourcePort() != null && "eq".equals(rule.sourcePort().operator()) ? rule.sourcePort().low() : 0;
        int dp = rule.destinationPort() != null && "eq".equals(rule.destinationPort().operator())
                ? rule.destinationPort().low() : 0;
        return new AddressRangeSelector(rule.source().address().bits(), ~rule.source().wildcard().bits(),
                rule.destination().address().bits(), ~rule.destination().wildcard().bits(), proto, sp, dp);
    }

    static TrafficSelectorSpec ts(iosim.config.model.AclAddress a, iosim.config.model.PortMatch port, int protocol) {
        int wc = a.wildcard().bits();
        int start = a.address().bits() & ~wc;
        int end = start | wc;
        int lo = 0;
        int hi = 65535;
        if (port != null && "eq".equals(port.operator())) {
            lo = port.low();
            hi = port.low();
        } else if (port != null && "range".equals(port.operator())) {
            lo = port.low();
            hi = port.high();
        }
        return new TrafficSelectorSpec(inet(new Ipv4(start)), inet(new Ipv4(end)), Math.max(0, protocol), lo, hi);
    }

    static InetAddress inet(Ipv4 a) {
        int b = a.bits();
        try {
            return InetAddress.getByAddress(new byte[] {(byte) (b >>> 24), (byte) (b >>> 16), (byte) (b >>> 8), (byte) b});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    static InetAddress inet(int bits) {
        return inet(new Ipv4(bits));
    }

    static int bits(InetAddress a) {
        byte[] b = a.getAddress();
        return (b[0] & 0xff) << 24 | (b[1] & 0xff) << 16 | (b[2] & 0xff) << 8 | (b[3] & 0xff);
    }

    static InterfaceName name(String s) {
        return InterfaceName.parse(s).orElse(null);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
