package iosim.shell.controller.show;

import iosim.config.RunningConfig;
import iosim.config.model.AccessList;
import iosim.config.model.AclRule;
import iosim.config.model.CryptoMap;
import iosim.config.model.CryptoMapEntry;
import iosim.config.model.IkeIdentity;
import iosim.config.model.Ikev2Policy;
import iosim.config.model.Ikev2Profile;
import iosim.config.model.Ikev2Proposal;
import iosim.config.model.InterfaceConfig;
import iosim.config.model.IpsecPolicySettings;
import iosim.config.model.IpsecProfile;
import iosim.config.model.TransformSet;
import iosim.ikev2.api.IkeProposal;
import iosim.ikev2.api.KeyExchangeGroup;
import iosim.shell.controller.CryptoCompiler;
import iosim.shell.controller.CryptoNames;
import iosim.shell.controller.IkeProposals;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The configured crypto objects as IOS shows them (reference §3.5-3.8): {@code show crypto ikev2
 * proposal [NAME|default]}, {@code policy}, {@code profile}, {@code show crypto ipsec
 * transform-set}, {@code show crypto ipsec profile} and {@code show crypto map}, including the
 * smart defaults. Reads the model on the thread that owns it.
 */
public final class CryptoConfigText {
    private CryptoConfigText() {}

    public static String proposals(RunningConfig c, String name) {
        StringBuilder sb = new StringBuilder();
        if (name == null || name.equals("default")) {
            proposal(sb, IkeProposals.defaultProposal().name(), IkeProposals.defaultProposal().proposal());
        }
        for (Ikev2Proposal p : c.ikev2Proposals().values()) {
            if (name != null && !name.equals(p.name())) {
                continue;
            }
            IkeProposal e = IkeProposals.toEngine(p);
            if (e != null) {
                proposal(sb, p.name(), e);
            } else {
                sb.append(" IKEv2 proposal: ").append(p.name()).append(" \n     (incomplete)\n");
            }
        }
        return sb.toString();
    }

    private static void proposal(StringBuilder sb, String name, IkeProposal p) {
        sb.append(" IKEv2 proposal: ").append(name).append(" \n");
        sb.append("     Encryption : ").append(p.encryption().stream().map(CryptoNames::proposalCipher)
                .collect(Collectors.joining(" "))).append('\n');
        if (!p.integrity().isEmpty()) {
            sb.append("     Integrity  : ").append(p.integrity().stream().map(CryptoNames::showHash)
                    .collect(Collectors.joining(" "))).append('\n');
        }
        sb.append("     PRF        : ").append(p.prf().stream().map(CryptoNames::showPrf)
                .collect(Collectors.joining(" "))).append('\n');
        sb.append("     DH Group   : ");
        List<String> g = new ArrayList<>();
        for (KeyExchangeGroup k : p.groups()) {
            g.add(CryptoNames.groupLongName(k));
        }
        sb.append(String.join(" ", g)).append('\n');
    }

    public static String policies(RunningConfig c, String name) {
        StringBuilder sb = new StringBuilder("\n");
        if (name == null || name.equals("default")) {
            sb.append(" IKEv2 policy : default\n      Match fvrf : any\n      Match address local : any \n")
                    .append("      Proposal    : default \n");
        }
        for (Ikev2Policy p : c.ikev2Policies().values()) {
            if (name != null && !name.equals(p.name())) {
                continue;
            }
            sb.append(" IKEv2 policy : ").append(p.name()).append('\n');
            sb.append("      Match fvrf  : global\n");
            if (p.matchAddressLocal().isEmpty()) {
                sb.append("      Match address local : any \n");
            } else {
                p.matchAddressLocal().forEach(a -> sb.append("      Match address local : ").append(a).append(" \n"));
            }
            for (String prop : p.proposals()) {
                sb.append("      Proposal    : ").append(prop).append(" \n");
            }
        }
        return sb.toString();
    }

    public static String profiles(RunningConfig c, String name) {
        StringBuilder sb = new StringBuilder();
        for (Ikev2Profile p : c.ikev2Profiles().values()) {
            if (name != null && !name.equals(p.name())) {
                continue;
            }
            sb.append("\nIKEv2 profile: ").append(p.name()).append('\n');
            sb.append(" Shutdown : No\n Ref Count: ").append(refCount(c, p.name())).append('\n');
            sb.append(" Match criteria: \n  Fvrf: global\n  Local address/interface: ")
                    .append(p.matchAddressLocal() == null ? "none" : p.matchAddressLocal().iosText()).append('\n');
            sb.append("  Identities: \n");
            if (p.matchIdentities().isEmpty()) {
                sb.append("   none\n");
            }
            for (IkeIdentity id : p.matchIdentities()) {
                String text = id.iosText();
                if ("address".equals(id.kind()) && id.mask() == null && id.value() != null) {
                    text += " 255.255.255.255";
                }
                sb.append("   ").append(text).append('\n');
            }
            sb.append("  Certificate maps: none\n");
            sb.append(" Local identity: ").append(p.identityLocal() == null ? "none" : p.identityLocal().iosText()).append('\n');
            sb.append(" Remote identity: none\n");
            sb.append(" Local authentication method: ").append(p.authenticationLocal() == null ? "none"
                    : p.authenticationLocal()).append('\n');
            sb.append(" Remote authentication method(s): ").append(p.authenticationRemote().isEmpty() ? "none"
                    : String.join(", ", p.authenticationRemote())).append('\n');
            sb.append(" EAP options: none\n");
            sb.append(" Keyring: ").append(p.keyring() == null ? "none" : p.keyring()).append('\n');
            sb.append(" Trustpoint(s): ").append(p.trustpoints().isEmpty() ? "none"
                    : p.trustpoints().stream().map(t -> t.name()).collect(Collectors.joining(" "))).append('\n');
            sb.append(" Lifetime: ").append(p.effectiveLifetime()).append(" seconds\n");
            sb.append(" DPD: ").append(p.dpd() == null ? "disabled" : "interval " + p.dpd().interval() + ", retry "
                    + p.dpd().retry() + ", " + (p.dpd().periodic() ? "periodic" : "on-demand")).append('\n');
            sb.append(" NAT-keepalive: ").append(p.natKeepalive() == null ? "disabled" : "interval " + p.natKeepalive())
                    .append('\n');
            sb.append(" Ivrf: none\n Virtual-template: none\n mode auto: none\n")
                    .append(" AAA AnyConnect EAP authentication mlist: none\n AAA EAP authentication mlist: none\n")
                    .append(" AAA authentication mlist: none\n AAA Accounting: none\n AAA group authorization: none\n")
                    .append(" AAA user authorization: none\n");
        }
        return sb.toString();
    }

    private static int refCount(RunningConfig c, String profile) {
        int n = 0;
        for (IpsecProfile p : c.ipsecProfiles().values()) {
            if (profile.equals(p.settings().ikev2Profile())) {
                n++;
            }
        }
        for (CryptoMap m : c.cryptoMaps().values()) {
            for (CryptoMapEntry e : m.entries().values()) {
                if (profile.equals(e.settings().ikev2Profile())) {
                    n++;
                }
            }
        }
        return n;
    }

    public static String transformSets(RunningConfig c, String name) {
        StringBuilder sb = new StringBuilder();
        Map<String, TransformSet> all = new LinkedHashMap<>();
        if (!c.transformSets().containsKey("default")) {
            all.put("default", CryptoCompiler.defaultTransformSet());
        }
        all.putAll(c.transformSets());
        for (TransformSet t : all.values()) {
            if (name != null && !name.equals(t.name())) {
                continue;
            }
            sb.append("Transform set ").append(t.name()).append(": { ").append(display(t)).append("  } \n");
            sb.append("   will negotiate = { ").append(t.transportMode() ? "Transport" : "Tunnel").append(",  }, \n");
            sb.append("   \n");
        }
        return sb.toString();
    }

    /** {@code esp-256-aes esp-sha256-hmac} as listings print a transform set. */
    static String display(TransformSet t) {
        List<String> parts = new ArrayList<>();
        if (t.ah() != null) {
            parts.add(t.ah());
        }
        if (t.espCipher() != null) {
            String cipher = t.espCipher();
            Integer k = t.espKeySize();
            if (cipher.equals("esp-aes") && k != null && k != 128) {
                cipher = "esp-" + k + "-aes";
            } else if (k != null && !cipher.equals("esp-aes")) {
                cipher = cipher + " " + k;
            }
            parts.add(cipher);
        }
        if (t.espAuth() != null) {
            parts.add(t.espAuth());
        }
        return String.join(" ", parts);
    }

    public static String ipsecProfiles(RunningConfig c, String name) {
        StringBuilder sb = new StringBuilder();
        for (IpsecProfile p : c.ipsecProfiles().values()) {
            if (name == null || name.equals(p.name())) {
                ipsecProfile(sb, c, p.name(), p.settings(), "        ");
            }
        }
        if ((name == null || name.equals("default")) && !c.ipsecProfiles().containsKey("default")) {
            ipsecProfile(sb, c, "default", new IpsecPolicySettings(), "        ");
        }
        return sb.toString();
    }

    private static void ipsecProfile(StringBuilder sb, RunningConfig c, String name, IpsecPolicySettings s, String in) {
        sb.append("IPSEC profile ").append(name).append('\n');
        if (s.ikev2Profile() != null) {
            sb.append(in).append("IKEv2 Profile: ").append(s.ikev2Profile()).append('\n');
        }
        settings(sb, c, s, in);
        sb.append('\n');
    }

    private static void settings(StringBuilder sb, RunningConfig c, IpsecPolicySettings s, String in) {
        long sec = s.lifetimeSeconds() != null ? s.lifetimeSeconds() : c.ipsecGlobals().effectiveLifetimeSeconds();
        if (s.kilobytesDisabled()) {
            sb.append(in).append("Security association lifetime:").append(sec).append(" seconds\n");
            sb.append(in).append("Kilobyte Volume Rekey has been disabled.\n");
        } else {
            long kb = s.lifetimeKilobytes() != null ? s.lifetimeKilobytes() : c.ipsecGlobals().effectiveLifetimeKilobytes();
            sb.append(in).append("Security association lifetime: ").append(kb).append(" kilobytes/").append(sec)
                    .append(" seconds\n");
        }
        sb.append(in).append("Dualstack (Y/N): N\n").append(in).append("Responder-Only (Y/N): N\n");
        if (s.pfsGroup() == null) {
            sb.append(in).append("PFS (Y/N): N\n");
        } else {
            sb.append(in).append("PFS (Y/N): Y\n").append(in).append("DH group:  ").append(s.pfsGroup()).append('\n');
        }
        sb.append(in).append("Mixed-mode : Disabled\n");
        sb.append(in).append("Transform sets={ \n");
        List<String> names = s.transformSets().isEmpty() ? List.of("default") : s.transformSets();
        for (String n : names) {
            TransformSet t = c.transformSets().get(n);
            if (t == null && n.equals("default")) {
                t = CryptoCompiler.defaultTransformSet();
            }
            if (t != null) {
                sb.append(in).append(in.startsWith("\t") ? "\t" : "        ").append(n).append(":  { ").append(display(t))
                        .append("  } , \n");
            }
        }
        sb.append(in).append("}\n");
    }

    public static String cryptoMaps(RunningConfig c, String nameOrNull) {
        StringBuilder sb = new StringBuilder();
        for (CryptoMap m : c.cryptoMaps().values()) {
            if (nameOrNull != null && !nameOrNull.equals(m.name())) {
                continue;
            }
            for (CryptoMapEntry e : m.entries().values()) {
                sb.append("Crypto Map IPv4 \"").append(m.name()).append("\" ").append(e.sequence()).append(" ipsec-isakmp\n");
                if (!e.isComplete()) {
                    sb.append("\tWARNING: This crypto map is in an incomplete state!\n")
                            .append("\t\t(missing peer or access-list definitions)\n");
                }
                if (e.description() != null) {
                    sb.append("\tDescription: ").append(e.description()).append('\n');
                }
                e.peers().forEach(p -> sb.append("\tPeer = ").append(p).append('\n'));
                if (e.settings().ikev2Profile() != null) {
                    sb.append("\tIKEv2 Profile: ").append(e.settings().ikev2Profile()).append('\n');
                }
                sb.append("\tAccess-List SS dynamic: False\n");
                AccessList acl = e.matchAddress() == null ? null : c.accessList(e.matchAddress());
                if (acl == null) {
                    sb.append("\tNo matching address list set.\n");
                } else {
                    sb.append("\tExtended IP access list ").append(acl.name()).append('\n');
                    for (AclRule r : acl.entries().values()) {
                        if (!r.isRemark() && !r.isStandard()) {
                            sb.append("\t    access-list ").append(acl.name()).append(' ')
                                    .append(r.action().name().toLowerCase()).append(' ').append(proto(r.protocol()))
                                    .append(' ').append(r.source().iosText()).append(' ')
                                    .append(r.destination().iosText()).append('\n');
                        }
                    }
                }
                if (!e.peers().isEmpty()) {
                    sb.append("\tCurrent peer: ").append(e.peers().get(0)).append('\n');
                }
                settings(sb, c, e.settings(), "\t");
                if (e.reverseRoute()) {
                    sb.append("\tReverse Route Injection Enabled\n");
                }
                sb.append("\tInterfaces using crypto map ").append(m.name()).append(":\n");
                for (InterfaceConfig i : c.interfaces().values()) {
                    if (m.name().equals(i.cryptoMap())) {
                        sb.append("\t\t").append(i.name()).append('\n');
                    }
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static String proto(int p) {
        return switch (p) {
            case 0, -1 -> "ip";
            case 1 -> "icmp";
            case 6 -> "tcp";
            case 17 -> "udp";
            case 47 -> "gre";
            case 50 -> "esp";
            case 51 -> "ahp";
            default -> String.valueOf(p);
        };
    }
}
