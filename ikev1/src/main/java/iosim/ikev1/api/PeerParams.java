package iosim.ikev1.api;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Comparator;
import java.util.List;

/**
 * Everything the engine needs about one peer: our address, the peer's (an unspecified
 * address 0.0.0.0 makes a wildcard responder entry, as a dynamic crypto map with
 * {@code crypto isakmp key K address 0.0.0.0}), the pre-shared key, the phase 1 policies by
 * priority, aggressive mode for the initiator, our identity, the phase 2 entries (offered when
 * initiating, accepted when responding), NAT-T, and DPD.
 */
public record PeerParams(String name, InetSocketAddress local, InetSocketAddress remote, byte[] psk,
                         List<IsakmpPolicy> policies, boolean aggressive, IdentitySpec identity,
                         List<QuickModeParams> quickModes, boolean natTraversal, DpdSettings dpd) {

    public PeerParams {
        policies = policies.stream().sorted(Comparator.comparingInt(IsakmpPolicy::priority)).toList();
        quickModes = List.copyOf(quickModes);
        if (identity == null) {
            identity = IdentitySpec.address(local.getAddress());
        }
        if (dpd == null) {
            dpd = DpdSettings.OFF;
        }
    }

    public static PeerParams of(String name, InetSocketAddress local, InetSocketAddress remote, byte[] psk,
                                List<IsakmpPolicy> policies, List<QuickModeParams> quickModes) {
        return new PeerParams(name, local, remote, psk, policies, false, null, quickModes, true, DpdSettings.OFF);
    }

    public boolean isWildcard() {
        return remote.getAddress().isAnyLocalAddress();
    }

    public boolean matches(InetAddress peer) {
        return isWildcard() || remote.getAddress().equals(peer);
    }

    public PeerParams withAggressive(boolean on) {
        return new PeerParams(name, local, remote, psk, policies, on, identity, quickModes, natTraversal, dpd);
    }

    public PeerParams withDpd(DpdSettings d) {
        return new PeerParams(name, local, remote, psk, policies, aggressive, identity, quickModes, natTraversal, d);
    }

    public PeerParams withIdentity(IdentitySpec id) {
        return new PeerParams(name, local, remote, psk, policies, aggressive, id, quickModes, natTraversal, dpd);
    }

    public PeerParams withQuickModes(List<QuickModeParams> q) {
        return new PeerParams(name, local, remote, psk, policies, aggressive, identity, q, natTraversal, dpd);
    }
}
