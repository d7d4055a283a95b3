package iosim.config.render;

import iosim.config.RunningConfig;
import iosim.config.model.Ikev2AuthorizationPolicy;
import iosim.config.model.Ikev2Profile;
import iosim.config.model.Ipv4;
import iosim.config.model.LocalPool;
import iosim.config.model.RemoteAccessConfig;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Remote-access lines where IOS puts them: the AAA method lists after {@code aaa new-model},
 * the authorization policies before the IKEv2 proposals, the pools before {@code ip route},
 * and the profile's EAP/AAA/virtual-template statements inside the profile.
 */
final class RemoteAccessRenderer {
    private RemoteAccessRenderer() {
    }

    /** After {@code aaa new-model}: nothing when no list is configured. */
    static void aaaLists(RunningConfig c, ConfigText out) {
        RemoteAccessConfig ra = c.remoteAccess();
        if (ra.authenticationLogin().isEmpty() && ra.authorizationNetwork().isEmpty()) {
            return;
        }
        for (Map.Entry<String, List<String>> e : ra.authenticationLogin().entrySet()) {
            out.line("aaa authentication login " + e.getKey() + " " + String.join(" ", e.getValue()));
        }
        for (Map.Entry<String, String> e : ra.authorizationNetwork().entrySet()) {
            out.line("aaa authorization network " + e.getKey() + " " + e.getValue());
        }
        out.bang();
    }

    /** Before the IKEv2 proposals. */
    static void authorizationPolicies(RunningConfig c, ConfigText out) {
        for (Ikev2AuthorizationPolicy p : c.remoteAccess().policies().values()) {
            out.line("crypto ikev2 authorization policy " + p.name() + " ");
            if (p.pool() != null) {
                out.sub(1, "pool " + p.pool());
            }
            if (!p.dns().isEmpty()) {
                out.sub(1, "dns " + join(p.dns()));
            }
            if (!p.wins().isEmpty()) {
                out.sub(1, "wins " + join(p.wins()));
            }
            if (p.netmask() != null) {
                out.sub(1, "netmask " + p.netmask());
            }
            if (p.defDomain() != null) {
                out.sub(1, "def-domain " + p.defDomain());
            }
            if (p.routeSetInterface()) {
                out.sub(1, "route set interface");
            }
            if (p.routeSetAccessList() != null) {
                out.sub(1, "route set access-list " + p.routeSetAccessList());
            }
            out.bang();
        }
    }

    /** The pools, in the global ip section. Returns true if it wrote any. */
    static boolean pools(RunningConfig c, ConfigText out) {
        for (LocalPool p : c.remoteAccess().pools().values()) {
            out.line("ip local pool " + p.name() + " " + p.low() + (p.high().equals(p.low()) ? "" : " " + p.high()));
        }
        return !c.remoteAccess().pools().isEmpty();
    }

    /** {@code authentication remote eap} with its options, one line each (the bare line without any). */
    static List<String> eapRemoteLines(Ikev2Profile p) {
        List<String> l = new java.util.ArrayList<>();
        if (p.eapQueryIdentity()) {
            l.add("authentication remote eap query-identity");
        }
        if (p.eapTimeout() != null) {
            l.add("authentication remote eap timeout " + p.eapTimeout());
        }
        return l.isEmpty() ? List.of("authentication remote eap") : l;
    }

    /** The lines after {@code pki trustpoint}: aaa ... and virtual-template. */
    static void profileLines(Ikev2Profile p, ConfigText out) {
        if (p.aaaAuthenticationEap() != null) {
            out.sub(1, "aaa authentication eap " + p.aaaAuthenticationEap());
        }
        if (p.aaaAuthorizationGroupEapList() != null) {
            out.sub(1, "aaa authorization group eap list " + p.aaaAuthorizationGroupEapList()
                    + (p.aaaAuthorizationGroupEapPolicy() == null ? "" : " " + p.aaaAuthorizationGroupEapPolicy()));
        }
        if (p.aaaAuthorizationUserEapCached()) {
            out.sub(1, "aaa authorization user eap cached");
        }
        if (p.virtualTemplate() != null) {
            out.sub(1, "virtual-template " + p.virtualTemplate());
        }
    }

    private static String join(List<Ipv4> a) {
        return a.stream().map(Ipv4::toString).collect(Collectors.joining(" "));
    }
}
