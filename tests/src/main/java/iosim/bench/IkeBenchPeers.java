package iosim.bench;

import iosim.ike.time.Lifetime;
import iosim.ikev2.api.ChildProposal;
import iosim.ikev2.api.ChildSessionParams;
import iosim.ikev2.api.EncryptionAlgorithm;
import iosim.ikev2.api.Identity;
import iosim.ikev2.api.IkeProposal;
import iosim.ikev2.api.IkeSessionParams;
import iosim.ikev2.api.IntegrityAlgorithm;
import iosim.ikev2.api.IpsecMode;
import iosim.ikev2.api.KeyExchangeGroup;
import iosim.ikev2.api.PrfAlgorithm;
import iosim.ikev2.api.TrafficSelectorSpec;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The two IKEv2 peers every IKEv2 benchmark sets up: PSK, one Child SA (ESP AES-GCM-256,
 * 10.1.0.0/24 - 10.2.0.0/24), no INITIAL_CONTACT so every SA is kept. Group 14 runs the seed's
 * aes-cbc-256/sha256 proposal, groups 19 and 31 aes-gcm-256 with prf sha256.
 */
final class IkeBenchPeers {
    static final String INITIATOR = "198.51.100.1";
    static final String RESPONDER = "198.51.100.2";

    private IkeBenchPeers() {}

    static IkeProposal proposal(KeyExchangeGroup g) {
        if (g == KeyExchangeGroup.MODP_2048) {
            return IkeProposal.of(EncryptionAlgorithm.AES_CBC_256, PrfAlgorithm.HMAC_SHA2_256,
                    IntegrityAlgorithm.HMAC_SHA2_256_128, g);
        }
        return IkeProposal.of(EncryptionAlgorithm.AES_GCM_16_256, PrfAlgorithm.HMAC_SHA2_256, null, g);
    }

    /** The initiator's session towards the responder. */
    static IkeSessionParams initiator(KeyExchangeGroup g) {
        return params(INITIATOR, RESPONDER, proposal(g), "10.1.0.0/24", "10.2.0.0/24");
    }

    /** The responder's session for the initiator (added with {@code addPeer}). */
    static IkeSessionParams responder(KeyExchangeGroup g) {
        return params(RESPONDER, INITIATOR, proposal(g), "10.2.0.0/24", "10.1.0.0/24");
    }

    private static IkeSessionParams params(String local, String remote, IkeProposal p, String lts, String rts) {
        InetAddress l = addr(local);
        InetAddress r = addr(remote);
        ChildSessionParams child = new ChildSessionParams(
                List.of(ChildProposal.esp(EncryptionAlgorithm.AES_GCM_16_256, null)),
                List.of(TrafficSelectorSpec.subnet(lts)), List.of(TrafficSelectorSpec.subnet(rts)),
                Lifetime.CHILD_DEFAULT, IpsecMode.TUNNEL);
        return IkeSessionParams.of("bench", new InetSocketAddress(l, 500), new InetSocketAddress(r, 500),
                Identity.address(l), Identity.address(r), "bench-psk".getBytes(StandardCharsets.US_ASCII), List.of(p),
                child).withIkeLifetime(Lifetime.IKE_DEFAULT).withInitialContact(false);
    }

    private static InetAddress addr(String s) {
        try {
            return InetAddress.getByName(s);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
