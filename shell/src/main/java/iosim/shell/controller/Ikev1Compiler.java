package iosim.shell.controller;

import iosim.shell.controller.tunnel.Ikev1Intent;
import iosim.shell.controller.tunnel.LifetimeScale;

import iosim.config.RunningConfig;
import iosim.config.model.AclAction;
import iosim.config.model.AclRule;
import iosim.config.model.AccessList;
import iosim.config.model.CryptoMapEntry;
import iosim.config.model.IpsecPolicySettings;
import iosim.config.model.Ipv4;
import iosim.config.model.IsakmpConfig;
import iosim.config.model.IsakmpKey;
import iosim.config.model.IsakmpKeyring;
import iosim.config.model.IsakmpProfileConfig;
import iosim.config.model.IsakmpPolicyConfig;
import iosim.config.model.TransformSet;
import iosim.dataplane.ipsec.spd.SpdEntry;
import iosim.ike.crypto.DhGroup;
import iosim.ikev1.api.AuthMethod;
import iosim.ikev1.api.DpdSettings;
import iosim.ikev1.api.EspAuth;
import iosim.ikev1.api.EspCipher;
import iosim.ikev1.api.EspProposal;
import iosim.ikev1.api.IsakmpPolicy;
import iosim.ikev1.api.PeerParams;
import iosim.ikev1.api.QuickModeParams;
import iosim.ikev1.api.Selector;
import iosim.ikev1.crypto.CipherAlgorithm;
import iosim.ikev1.crypto.HashAlgorithm;
import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The IKEv1 half of {@link CryptoCompiler}: a crypto map entry without {@code set
 * ikev2-profile} negotiates IKEv1 with the {@code crypto isakmp policy} list and the {@code
 * crypto isakmp key} for its peer, as on IOS. Adds its SPD entries to the interface's list and
 * returns the peers as {@link Ikev1Intent}s.
 */
final class Ikev1Compiler {
    private final RunningConfig config;
    private final CryptoCompiler ipsec;
    private final List<String> problems;

    Ikev1Compiler(RunningConfig config, CryptoCompiler ipsec, List<String> problems) {
        this.config = config;
        this.ipsec = ipsec;
        this.problems = problems;
    }

    /** The intents of one map entry (one per {@code set peer}; the first is used, as failover is IKEv2-only here). */
    List<Ikev1Intent> entry(String mapName, CryptoMapEntry e, String ifName, Ipv4 local, AccessList acl,
                            List<SpdEntry> entries) {
        String where = "crypto map " + mapName + " " + e.sequence();
        List<EspProposal> proposals = proposals(e.settings());
        if (proposals.isEmpty()) {
            problems.add(where + ": no transform set usable with IKEv1");
            return List.of();
        }
        List<IsakmpPolicy> policies = policies();
        if (policies.isEmpty()) {
            problems.add(where + ": no crypto isakmp policy with authentication pre-share");
            return List.of();
        }
        Ipv4 peer = e.peers().get(0);
        IsakmpProfileConfig profile = null;
        if (e.settings().isakmpProfile() != null) {
            profile = config.isakmp().profiles().get(e.settings().isakmpProfile());
            if (profile == null) {
                problems.add(where + ": isakmp profile " + e.settings().isakmpProfile() + " does not exist");
                return List.of();
            }
        }
        IsakmpKey key = keyFor(profile, peer);
        byte[] psk = key == null ? null : PskLookup.usable(config, key.key());
        if (psk == null) {
            problems.add(where + ": no usable " + (profile != null && profile.keyring() != null
                    ? "pre-shared-key in keyring " + profile.keyring() : "crypto isakmp key") + " for " + peer);
            return List.of();
        }
        DhGroup pfs = pfs(e.settings().pfsGroup());
        long lifeSec = e.settings().lifetimeSeconds() != null ? e.settings().lifetimeSeconds()
                : config.ipsecGlobals().effectiveLifetimeSeconds();
        long lifeKb = e.settings().kilobytesDisabled() ? 0 : e.settings().lifetimeKilobytes() != null
                ? e.settings().lifetimeKilobytes() : config.ipsecGlobals().effectiveLifetimeKilobytes();
        List<Ikev1Intent.Flow> flows = new ArrayList<>();
        for (Map.Entry<Integer, AclRule> r : acl.entries().entrySet()) {
            AclRule rule = r.getValue();
            if (rule.isRemark() || rule.isStandard()) {
                continue;
            }
            String id = mapName + "/" + e.sequence() + "/" + r.getKey();
            if (rule.action() == AclAction.DENY) {
                entries.add(SpdEntry.bypass(id, CryptoCompiler.selector(rule)));
                continue;
            }
            Selector src = selector(rule.source());
            Selector dst = selector(rule.destination());
            if (src == null || dst == null) {
                problems.add(where + ": ACL line " + r.getKey() + " is not a subnet pair (IKEv1 proxy identities)");
                continue;
            }
            SpdEntry spd = SpdEntry.protect(id, CryptoCompiler.selector(rule), peer.bits(), mapName, e.sequence());
            entries.add(spd);
            QuickModeParams qm = new QuickModeParams(src, dst, proposals, pfs, lifeSec, lifeKb == 0 ? 0x7fffffffL : lifeKb);
            flows.add(new Ikev1Intent.Flow(spd, qm, LifetimeScale.dataplaneSeconds(lifeSec), lifeKb));
        }
        if (flows.isEmpty()) {
            problems.add(where + ": access list " + acl.name() + " has no permit line");
            return List.of();
        }
        String name = "v1/" + mapName + "/" + ifName + "/" + peer;
        PeerParams params = new PeerParams(name, new InetSocketAddress(CryptoCompiler.inet(local), 500),
                new InetSocketAddress(CryptoCompiler.inet(peer), 500), psk, policies, false, null,
                flows.stream().map(Ikev1Intent.Flow::quickMode).toList(), true, dpd(config.isakmp(), profile));
        if (profile != null && profile.initiateAggressive()) {
            params = params.withAggressive(true);
        }
        return List.of(new Ikev1Intent(name, ifName, mapName, e.sequence(), peer.bits(), params, flows,
                config.ipsecGlobals().effectiveReplayWindow()));
    }

    /**
     * The {@code crypto isakmp policy} list as engine policies (pre-share only until certificates
     * land); with none configured, IOS's default policies 65507-65514 (of which the pre-share ones).
     */
    List<IsakmpPolicy> policies() {
        List<IsakmpPolicy> out = new ArrayList<>();
        var configured = config.isakmp().policies().values();
        for (IsakmpPolicyConfig p : configured.isEmpty() ? IsakmpPolicyConfig.iosDefaults() : configured) {
            IsakmpPolicy ip = policy(p);
            if (ip != null && ip.auth() == AuthMethod.PRE_SHARE) {
                out.add(ip);
            }
        }
        return out;
    }

    static IsakmpPolicy policy(IsakmpPolicyConfig p) {
        CipherAlgorithm c = switch (p.encryption()) {
            case "3des" -> CipherAlgorithm.TDES_CBC;
            case "aes" -> CipherAlgorithm.AES_CBC;
            default -> CipherAlgorithm.DES_CBC;
        };
        HashAlgorithm h = switch (p.hash()) {
            case "md5" -> HashAlgorithm.MD5;
            case "sha256" -> HashAlgorithm.SHA2_256;
            case "sha384" -> HashAlgorithm.SHA2_384;
            case "sha512" -> HashAlgorithm.SHA2_512;
            default -> HashAlgorithm.SHA1;
        };
        DhGroup g = DhGroup.ofId(p.group()).orElse(null);
        if (g == null) {
            return null;
        }
        AuthMethod auth = p.authentication().equals("pre-share") ? AuthMethod.PRE_SHARE : AuthMethod.RSA_SIG;
        return new IsakmpPolicy(p.priority(), c, c == CipherAlgorithm.AES_CBC ? p.keyBits() : 0, h, auth, g, p.lifetime());
    }

    private List<EspProposal> proposals(IpsecPolicySettings s) {
        List<EspProposal> out = new ArrayList<>();
        for (String n : s.transformSets().isEmpty() ? List.of("default") : s.transformSets()) {
            TransformSet t = ipsec.transformSet(n);
            EspProposal p = t == null || t.ah() != null ? null : esp(t);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    static EspProposal esp(TransformSet t) {
        EspCipher c = t.espCipher() == null ? EspCipher.NULL : switch (t.espCipher()) {
            case "esp-aes" -> EspCipher.AES;
            case "esp-3des" -> EspCipher.TDES;
            case "esp-des" -> EspCipher.DES;
            case "esp-null" -> EspCipher.NULL;
            default -> null; // esp-gcm and friends are IKEv2-only on IOS
        };
        EspAuth a = t.espAuth() == null ? EspAuth.NONE : switch (t.espAuth()) {
            case "esp-md5-hmac" -> EspAuth.HMAC_MD5;
            case "esp-sha-hmac" -> EspAuth.HMAC_SHA1;
            case "esp-sha256-hmac" -> EspAuth.HMAC_SHA2_256;
            case "esp-sha384-hmac" -> EspAuth.HMAC_SHA2_384;
            case "esp-sha512-hmac" -> EspAuth.HMAC_SHA2_512;
            default -> null;
        };
        if (c == null || a == null || (c == EspCipher.NULL && a == EspAuth.NONE)) {
            return null;
        }
        return new EspProposal(c, c == EspCipher.AES ? t.effectiveKeySize() : 0, a);
    }

    static DhGroup pfs(String ios) {
        if (ios == null) {
            return null;
        }
        String digits = ios.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? null : DhGroup.ofId(Integer.parseInt(digits)).orElse(null);
    }

    /**
     * The pre-shared key for a peer, as IOS finds it: with an isakmp profile, in the profile's
     * keyring; without one, {@code crypto isakmp key} (the default keyring) first, then the
     * {@code crypto keyring}s in name order.
     */
    private IsakmpKey keyFor(IsakmpProfileConfig profile, Ipv4 peer) {
        if (profile != null && profile.keyring() != null) {
            IsakmpKeyring ring = config.isakmp().keyrings().get(profile.keyring());
            return ring == null ? null : ring.keyFor(peer);
        }
        IsakmpKey key = config.isakmp().keyFor(peer);
        for (IsakmpKeyring ring : config.isakmp().keyrings().values()) {
            if (key == null) {
                key = ring.keyFor(peer);
            }
        }
        return key;
    }

    /** DPD: the isakmp profile's {@code keepalive N retry M} wins over {@code crypto isakmp keepalive}. */
    private static DpdSettings dpd(IsakmpConfig k, IsakmpProfileConfig profile) {
        if (profile != null && profile.keepaliveSeconds() != null) {
            return DpdSettings.onDemand(profile.keepaliveSeconds(), profile.keepaliveRetry());
        }
        if (k.keepaliveSeconds() == null) {
            return DpdSettings.OFF;
        }
        int retry = k.keepaliveRetry() != null ? k.keepaliveRetry() : 2;
        return k.keepalivePeriodic() ? DpdSettings.periodic(k.keepaliveSeconds(), retry)
                : DpdSettings.onDemand(k.keepaliveSeconds(), retry);
    }

    /** An ACL address as an IKEv1 proxy identity: only contiguous masks are subnets. */
    private static Selector selector(iosim.config.model.AclAddress a) {
        int mask = ~a.wildcard().bits();
        int prefix = Integer.bitCount(mask);
        if (mask != (prefix == 0 ? 0 : -1 << (32 - prefix))) {
            return null;
        }
        return new Selector((Inet4Address) CryptoCompiler.inet(a.address()), prefix);
    }
}
