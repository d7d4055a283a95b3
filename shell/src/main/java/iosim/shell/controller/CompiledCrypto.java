package iosim.shell.controller;

import iosim.shell.controller.tunnel.PeerIntent;
import iosim.shell.controller.tunnel.Ikev1Intent;

import iosim.dataplane.ipsec.spd.InterfacePolicy;
import java.util.List;
import java.util.Map;

/**
 * The crypto part of the desired state: the SPD of every interface that has a crypto map or
 * tunnel protection, and the IKE peers to accept and initiate to. Immutable; built on the
 * configuring thread, applied on the router's event loop.
 */
public record CompiledCrypto(Map<String, InterfacePolicy> policies, List<PeerIntent> peers, List<String> problems,
                             List<Ikev1Intent> ikev1Peers) {
    public CompiledCrypto(Map<String, InterfacePolicy> policies, List<PeerIntent> peers, List<String> problems) {
        this(policies, peers, problems, List.of());
    }

    public CompiledCrypto {
        ikev1Peers = List.copyOf(ikev1Peers);
        policies = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(policies));
        peers = List.copyOf(peers);
        problems = List.copyOf(problems);
    }
}
