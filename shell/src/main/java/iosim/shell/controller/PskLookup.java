package iosim.shell.controller;

import iosim.config.RunningConfig;
import iosim.config.model.Ikev2Keyring;
import iosim.config.model.Ikev2KeyringPeer;
import iosim.config.model.Ikev2Profile;
import iosim.config.model.Ipv4;
import iosim.config.model.PresharedKey;
import iosim.config.secret.Type6;
import java.nio.charset.StandardCharsets;

/**
 * Finds the pre-shared keys for a peer as IOS does: the profile's inline
 * {@code authentication local|remote pre-share key} first (per direction), else in the profile's
 * {@code keyring local}, the peer block whose {@code address A [MASK]} covers the peer's address (the longest mask
 * wins, so a 0.0.0.0 0.0.0.0 wildcard is the fallback), else a block whose
 * {@code identity} or {@code hostname} equals the peer's identity. Keys may differ per direction
 * ({@code pre-shared-key local|remote}); type 6 keys are decrypted with the master key.
 */
public final class PskLookup {
    /**
     * The key we sign with and the key we verify the peer with; {@code peerBlock} names the keyring
     * match (null when the profile's inline keys, {@code authentication local|remote pre-share key},
     * supply both).
     */
    public record Keys(byte[] local, byte[] remote, String keyring, String peerBlock) {}

    private PskLookup() {}

    public static Keys find(RunningConfig config, Ikev2Profile profile, Ipv4 peer, String peerIdentity) {
        return find(new CryptoLookups(config), profile, peer, peerIdentity);
    }

    /** {@link #find(RunningConfig, Ikev2Profile, Ipv4, String)} through a compilation's indexes. */
    static Keys find(CryptoLookups lookups, Ikev2Profile profile, Ipv4 peer, String peerIdentity) {
        RunningConfig config = lookups.config();
        Ikev2Keyring ring = profile.keyring() == null ? null : config.ikev2Keyrings().get(profile.keyring());
        Ikev2KeyringPeer best = ring == null ? null : lookups.keyring(ring).block(peer, peerIdentity);
        byte[] l = profile.localKey() != null ? usable(config, profile.localKey())
                : best == null ? null : usable(config, best.effectiveLocalKey());
        byte[] r = profile.remoteKey() != null ? usable(config, profile.remoteKey())
                : best == null ? null : usable(config, best.effectiveRemoteKey());
        if (l == null || r == null) {
            return null;
        }
        return new Keys(l, r, ring == null ? null : ring.name(), best == null ? null : best.name());
    }

    /** Why {@link #find} found no keys for {@code peer}, as a problem line for the trainee. */
    public static String missing(RunningConfig config, Ikev2Profile profile, Ipv4 peer) {
        Ikev2Keyring ring = profile.keyring() == null ? null : config.ikev2Keyrings().get(profile.keyring());
        Ikev2KeyringPeer best = ring == null ? null : CryptoLookups.KeyringIndex.of(ring).block(peer, null);
        if (best != null) {
            for (PresharedKey k : new PresharedKey[] {best.effectiveLocalKey(), best.effectiveRemoteKey()}) {
                if (k != null && k.type() == 6 && usable(config, k) == null) {
                    return "type 6 pre-shared key for peer " + peer + " is unusable: "
                            + (config.passwordEncryption().masterKey() == null
                            ? "no master key (key config-key password-encrypt)"
                            : "it does not decrypt with the configured master key");
                }
            }
        }
        return "no pre-shared key for peer " + peer;
    }

    /**
     * The key's octets: cleartext as typed, type 6 decrypted with the master key; null when there is
     * no key, or a type 6 key without (or under another) master key, which IOS cannot use either.
     */
    static byte[] usable(RunningConfig config, PresharedKey k) {
        if (k == null) {
            return null;
        }
        if (k.type() == 6) {
            return Type6.decrypt(k.key(), config.passwordEncryption().masterKey())
                    .map(p -> p.getBytes(StandardCharsets.UTF_8)).orElse(null);
        }
        return k.key().getBytes(StandardCharsets.UTF_8);
    }
}
