package iosim.config.render;

import iosim.config.RunningConfig;
import iosim.config.model.IkeIdentity;
import iosim.config.model.Ikev2Globals;
import iosim.config.model.Ikev2Keyring;
import iosim.config.model.Ikev2KeyringPeer;
import iosim.config.model.Ikev2Policy;
import iosim.config.model.Ikev2Profile;
import iosim.config.model.Ikev2Proposal;
import iosim.config.model.Ipv4;
import iosim.config.model.PresharedKey;
import iosim.config.model.TrustpointRef;
import java.util.List;
import java.util.stream.Collectors;

/** crypto ikev2 proposal, policy, keyring, profile blocks and the global knobs, in IOS order. */
final class CryptoIkev2Renderer {
    private CryptoIkev2Renderer() {
    }

    static void render(RunningConfig c, ConfigText out) {
        if (c.passwordEncryption().aes()) {
            out.line("password encryption aes");
            out.bang();
        }
        RemoteAccessRenderer.authorizationPolicies(c, out);
        for (Ikev2Proposal p : c.ikev2Proposals().values()) {
            out.line("crypto ikev2 proposal " + p.name() + " ");
            list(out, "encryption", p.encryption());
            list(out, "integrity", p.integrity());
            list(out, "prf", p.prf());
            list(out, "group", p.groups());
            out.bang();
        }
        for (Ikev2Policy p : c.ikev2Policies().values()) {
            out.line("crypto ikev2 policy " + p.name() + " ");
            for (Ipv4 a : p.matchAddressLocal()) {
                out.sub(1, "match address local " + a);
            }
            for (String prop : p.proposals()) {
                out.sub(1, "proposal " + prop);
            }
            out.bang();
        }
        for (Ikev2Keyring k : c.ikev2Keyrings().values()) {
            keyring(k, out);
            out.bang();
        }
        if (!c.ikev2Keyrings().isEmpty()) {
            out.bang();
        }
        for (Ikev2Profile p : c.ikev2Profiles().values()) {
            profile(p, out);
            out.bang();
        }
        if (!c.ikev2Profiles().isEmpty()) {
            out.bang();
        }
        Ikev2Globals g = c.ikev2Globals();
        if (g.dpd() != null || g.natKeepalive() != null || g.cookieChallenge() != null || g.fragmentation()) {
            if (g.cookieChallenge() != null) {
                out.line("crypto ikev2 cookie-challenge " + g.cookieChallenge());
            }
            if (g.dpd() != null) {
                out.line("crypto ikev2 dpd " + g.dpd().iosText());
            }
            if (g.fragmentation()) {
                out.line("crypto ikev2 fragmentation"
                        + (g.fragmentationMtu() == null ? "" : " mtu " + g.fragmentationMtu()));
            }
            if (g.natKeepalive() != null) {
                out.line("crypto ikev2 nat keepalive " + g.natKeepalive());
            }
            out.bang();
        }
    }

    private static void list(ConfigText out, String keyword, List<?> values) {
        if (!values.isEmpty()) {
            out.sub(1, keyword + " " + values.stream().map(String::valueOf).collect(Collectors.joining(" ")));
        }
    }

    private static void keyring(Ikev2Keyring k, ConfigText out) {
        out.line("crypto ikev2 keyring " + k.name());
        for (Ikev2KeyringPeer p : k.peers()) {
            out.sub(1, "peer " + p.name());
            if (p.description() != null) {
                out.sub(2, "description " + p.description());
            }
            if (p.address() != null) {
                out.sub(2, "address " + p.address() + (p.mask() != null ? " " + p.mask() : ""));
            }
            if (p.hostname() != null) {
                out.sub(2, "hostname " + p.hostname());
            }
            if (p.identity() != null) {
                out.sub(2, "identity " + p.identity().iosText());
            }
            psk(out, "", p.presharedKey());
            psk(out, "local ", p.localKey());
            psk(out, "remote ", p.remoteKey());
            out.sub(1, "!");
        }
    }

    private static void psk(ConfigText out, String direction, PresharedKey k) {
        if (k != null) {
            out.sub(2, "pre-shared-key " + direction + k.iosText());
        }
    }

    private static String inlineKey(String method, PresharedKey key) {
        return method.equals("pre-share") && key != null ? " key " + key.iosText() : "";
    }

    private static void profile(Ikev2Profile p, ConfigText out) {
        out.line("crypto ikev2 profile " + p.name());
        if (p.matchAddressLocal() != null) {
            out.sub(1, "match address local " + p.matchAddressLocal().iosText());
        }
        for (IkeIdentity id : p.matchIdentities()) {
            String text = "match identity remote " + id.iosText();
            out.sub(1, id.kind().equals("address") ? text + " " : text);
        }
        if (p.identityLocal() != null) {
            out.sub(1, "identity local " + p.identityLocal().iosText());
        }
        for (String m : p.authenticationRemote()) {
            if (m.equals("eap")) {
                RemoteAccessRenderer.eapRemoteLines(p).forEach(l -> out.sub(1, l));
            } else {
                out.sub(1, "authentication remote " + m + inlineKey(m, p.remoteKey()));
            }
        }
        if (p.authenticationLocal() != null) {
            out.sub(1, "authentication local " + p.authenticationLocal() + inlineKey(p.authenticationLocal(), p.localKey()));
        }
        if (p.keyring() != null) {
            out.sub(1, "keyring local " + p.keyring());
        }
        for (TrustpointRef t : p.trustpoints()) {
            out.sub(1, "pki trustpoint " + t.name() + (t.use() != null ? " " + t.use() : ""));
        }
        RemoteAccessRenderer.profileLines(p, out);
        if (p.lifetime() != null) {
            out.sub(1, "lifetime " + p.lifetime());
        }
        if (p.dpd() != null) {
            out.sub(1, "dpd " + p.dpd().iosText());
        }
        if (p.natKeepalive() != null) {
            out.sub(1, "nat keepalive " + p.natKeepalive());
        }
    }
}
