package iosim.shell.controller;

import iosim.config.RunningConfig;
import iosim.config.model.IkeIdentity;
import iosim.config.model.Ikev2Keyring;
import iosim.config.model.Ikev2KeyringPeer;
import iosim.config.model.Ikev2Profile;
import iosim.config.model.Ipv4;
import iosim.ikev2.api.Identity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Indexed lookups for one compilation of the crypto configuration, built lazily, once per
 * profile, keyring and local address: the identities a profile accepts (by peer address), a
 * keyring's peer blocks (by address, then by mask, then by identity) and the IKE proposals per
 * local address. A hub with a thousand peers looks each one up in constant time instead of
 * scanning (and re-parsing) every {@code match identity} and keyring line per peer.
 * Valid only while the configuration does not change (one compile, on the writing thread).
 */
final class CryptoLookups {
    private final RunningConfig config;
    private final Map<Ikev2Profile, RemoteIds> profiles = new IdentityHashMap<>();
    private final Map<Ikev2Keyring, KeyringIndex> keyrings = new IdentityHashMap<>();
    private final Map<Ipv4, IkeProposals.Selection> proposals = new HashMap<>();

    CryptoLookups(RunningConfig config) {
        this.config = config;
    }

    RunningConfig config() {
        return config;
    }

    /** {@link IkeProposals#select} for {@code local}, computed once per address. */
    IkeProposals.Selection proposals(Ipv4 local) {
        return proposals.computeIfAbsent(local, l -> IkeProposals.select(config, l));
    }

    /** The remote identities {@code profile} accepts (see {@link CryptoCompiler#remoteIdentity}). */
    RemoteIds remoteIds(Ikev2Profile profile) {
        return profiles.computeIfAbsent(profile, RemoteIds::of);
    }

    /** The keyring's peer blocks, indexed. */
    KeyringIndex keyring(Ikev2Keyring ring) {
        return keyrings.computeIfAbsent(ring, KeyringIndex::of);
    }

    /**
     * A profile's {@code match identity remote} lines, parsed once: host addresses, named
     * identities ({@code fqdn}, {@code email}, {@code key-id}), or {@code wide} when anything lets
     * any identity in ({@code any}, a subnet, a {@code domain}).
     */
    record RemoteIds(Set<Ipv4> hosts, List<Identity> named, String firstNamedValue, boolean wide) {
        static RemoteIds of(Ikev2Profile profile) {
            Set<Ipv4> hosts = new LinkedHashSet<>();
            List<Identity> named = new ArrayList<>();
            String firstNamed = null;
            boolean wide = false;
            for (IkeIdentity id : profile.matchIdentities()) {
                if (firstNamed == null && !"address".equals(id.kind()) && id.value() != null) {
                    firstNamed = id.value();
                }
                if (wide) {
                    continue;
                }
                if ("address".equals(id.kind()) && id.value() != null
                        && (id.mask() == null || id.mask().equals(Ipv4.ALL_ONES))) {
                    Ipv4.parse(id.value()).ifPresent(hosts::add);
                } else if (id.value() != null && !id.domain() && List.of("fqdn", "email", "key-id").contains(id.kind())) {
                    named.add(CryptoCompiler.namedIdentity(id));
                } else {
                    wide = true;
                }
            }
            return new RemoteIds(hosts, named, firstNamed, wide);
        }

        /** The identity {@code peer} must present, or null to let any in (the keyring decides). */
        Identity expected(Ipv4 peer) {
            if (wide) {
                return null;
            }
            if (hosts.contains(peer)) {
                return Identity.address(CryptoCompiler.inet(peer));
            }
            if (hosts.size() == 1 && named.isEmpty()) {
                return Identity.address(CryptoCompiler.inet(hosts.iterator().next()));
            }
            return hosts.isEmpty() && named.size() == 1 ? named.get(0) : null;
        }

        /** The identity text a keyring {@code identity} block is matched with (null for an address or any). */
        String identityText(Ipv4 peer) {
            return firstNamedValue != null && expected(peer) != null ? firstNamedValue : null;
        }
    }

    /**
     * A keyring's peer blocks: host blocks ({@code address A} or {@code /32}) by address, masked
     * blocks in configuration order, and blocks by {@code identity}/{@code hostname}. The longest
     * mask covering the peer wins (the first configured among equals), as IOS matches keyrings.
     */
    record KeyringIndex(Map<Ipv4, Ikev2KeyringPeer> hosts, List<Ikev2KeyringPeer> masked,
                        Map<String, Ikev2KeyringPeer> byIdentity) {
        static KeyringIndex of(Ikev2Keyring ring) {
            Map<Ipv4, Ikev2KeyringPeer> hosts = new HashMap<>();
            List<Ikev2KeyringPeer> masked = new ArrayList<>();
            Map<String, Ikev2KeyringPeer> ids = new HashMap<>();
            for (Ikev2KeyringPeer p : ring.peers()) {
                if (p.address() != null) {
                    if (p.mask() == null || p.mask().equals(Ipv4.ALL_ONES)) {
                        hosts.putIfAbsent(p.address(), p);
                    } else {
                        masked.add(p);
                    }
                }
                if (p.identity() != null && p.identity().value() != null) {
                    ids.putIfAbsent(p.identity().value(), p);
                }
                if (p.hostname() != null) {
                    ids.putIfAbsent(p.hostname(), p);
                }
            }
            return new KeyringIndex(hosts, masked, ids);
        }

        Ikev2KeyringPeer block(Ipv4 peer, String peerIdentity) {
            if (peer != null) {
                Ikev2KeyringPeer host = hosts.get(peer);
                if (host != null) {
                    return host;
                }
                Ikev2KeyringPeer best = null;
                int bestLen = -1;
                for (Ikev2KeyringPeer p : masked) {
                    if (p.address().and(p.mask()).equals(peer.and(p.mask())) && p.mask().prefixLength() > bestLen) {
                        best = p;
                        bestLen = p.mask().prefixLength();
                    }
                }
                if (best != null) {
                    return best;
                }
            }
            return peerIdentity == null ? null : byIdentity.get(peerIdentity);
        }
    }
}
