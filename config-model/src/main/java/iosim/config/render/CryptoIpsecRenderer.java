package iosim.config.render;

import iosim.config.RunningConfig;
import iosim.config.model.CryptoMap;
import iosim.config.model.CryptoMapEntry;
import iosim.config.model.IpsecGlobals;
import iosim.config.model.IpsecPolicySettings;
import iosim.config.model.IpsecProfile;
import iosim.config.model.Ipv4;
import iosim.config.model.TransformSet;

/** Global IPsec SA settings, transform sets, IPsec profiles and crypto maps, in IOS order. */
final class CryptoIpsecRenderer {
    private CryptoIpsecRenderer() {
    }

    static void render(RunningConfig c, ConfigText out) {
        IpsecGlobals g = c.ipsecGlobals();
        boolean any = false;
        if (g.lifetimeKilobytes() != null) {
            out.line("crypto ipsec security-association lifetime kilobytes " + g.lifetimeKilobytes());
            any = true;
        }
        if (g.lifetimeSeconds() != null) {
            out.line("crypto ipsec security-association lifetime seconds " + g.lifetimeSeconds());
            any = true;
        }
        if (g.replayWindowSize() != null) {
            out.line("crypto ipsec security-association replay window-size " + g.replayWindowSize());
            any = true;
        }
        if (g.replayDisabled()) {
            out.line("crypto ipsec security-association replay disable");
            any = true;
        }
        if (g.dfBit() != IpsecGlobals.DfBit.COPY) {
            out.line("crypto ipsec df-bit " + g.dfBit().name().toLowerCase(java.util.Locale.ROOT));
            any = true;
        }
        if (g.fragmentAfterEncryption()) {
            out.line("crypto ipsec fragmentation after-encryption");
            any = true;
        }
        if (any) {
            out.bang();
        }
        for (TransformSet t : c.transformSets().values()) {
            out.line("crypto ipsec transform-set " + t.name() + " " + t.transformsText() + " ");
            out.sub(1, "mode " + (t.transportMode() ? "transport" : "tunnel"));
            out.bang();
        }
        for (IpsecProfile p : c.ipsecProfiles().values()) {
            out.line("crypto ipsec profile " + p.name());
            settings(p.settings(), out);
            out.bang();
        }
        for (CryptoMap m : c.dynamicMaps().values()) {
            for (CryptoMapEntry e : m.entries().values()) {
                out.line("crypto dynamic-map " + m.name() + " " + e.sequence());
                body(e, out);
                out.bang();
            }
        }
        for (CryptoMap m : c.cryptoMaps().values()) {
            for (CryptoMapEntry e : m.entries().values()) {
                entry(m.name(), e, out);
                out.bang();
            }
        }
    }

    private static void entry(String name, CryptoMapEntry e, ConfigText out) {
        if (e.dynamicMap() != null) {
            out.line("crypto map " + name + " " + e.sequence() + " ipsec-isakmp dynamic " + e.dynamicMap() + " ");
            return;
        }
        out.line("crypto map " + name + " " + e.sequence() + " ipsec-isakmp ");
        body(e, out);
    }

    private static void body(CryptoMapEntry e, ConfigText out) {
        if (e.description() != null) {
            out.sub(1, "description " + e.description());
        }
        for (Ipv4 peer : e.peers()) {
            out.sub(1, "set peer " + peer);
        }
        settings(e.settings(), out);
        if (e.matchAddress() != null) {
            out.sub(1, "match address " + e.matchAddress());
        }
        if (e.reverseRoute()) {
            out.sub(1, e.reverseRouteStatic() ? "reverse-route static" : "reverse-route");
        }
    }

    /** The {@code set} lines shared by profiles and map entries. */
    private static void settings(IpsecPolicySettings s, ConfigText out) {
        if (s.kilobytesDisabled()) {
            out.sub(1, "set security-association lifetime kilobytes disable");
        } else if (s.lifetimeKilobytes() != null) {
            out.sub(1, "set security-association lifetime kilobytes " + s.lifetimeKilobytes());
        }
        if (s.lifetimeSeconds() != null) {
            out.sub(1, "set security-association lifetime seconds " + s.lifetimeSeconds());
        }
        if (!s.transformSets().isEmpty()) {
            out.sub(1, "set transform-set " + String.join(" ", s.transformSets()) + " ");
        }
        if (s.pfsGroup() != null) {
            out.sub(1, "set pfs " + s.pfsGroup());
        }
        if (s.isakmpProfile() != null) {
            out.sub(1, "set isakmp-profile " + s.isakmpProfile());
        }
        if (s.ikev2Profile() != null) {
            out.sub(1, "set ikev2-profile " + s.ikev2Profile());
        }
    }
}
