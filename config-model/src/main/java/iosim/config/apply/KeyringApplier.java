package iosim.config.apply;

import iosim.config.ConfigSection;
import iosim.config.RunningConfig;
import iosim.config.mode.Mode;
import iosim.config.model.IkeIdentity;
import iosim.config.model.Ikev2Keyring;
import iosim.config.model.Ikev2KeyringPeer;
import iosim.config.model.Ipv4;
import iosim.config.model.PresharedKey;
import iosim.grammar.IosParser;

/** (config-ikev2-keyring) {@code peer NAME} and the (config-ikev2-keyring-peer) statements. */
final class KeyringApplier extends FeatureApplier {

    KeyringApplier(RunningConfig config, ModeContext context) {
        super(config, context);
    }

    private Ikev2Keyring keyring() {
        Ikev2Keyring k = model.ikev2Keyrings().get(context.name());
        if (k == null) {
            throw rejected("% IKEv2 keyring " + context.name() + " has been removed");
        }
        return k;
    }

    @Override
    public ApplyResult visitIkev2_keyring_stmt(IosParser.Ikev2_keyring_stmtContext ctx) {
        Ikev2Keyring k = keyring();
        String peer = Tokens.text(ctx.keyring_peer_name());
        if (no(ctx.neg)) {
            k.removePeer(peer);
            changed(ConfigSection.IKEV2_KEYRING, k.name());
            return ApplyResult.stay();
        }
        k.peerOrCreate(peer);
        changed(ConfigSection.IKEV2_KEYRING, k.name());
        return ApplyResult.enter(Mode.IKEV2_KEYRING_PEER, ModeContext.of(k.name(), peer));
    }

    private Ikev2KeyringPeer peer() {
        Ikev2KeyringPeer p = keyring().peer(context.child());
        if (p == null) {
            throw rejected("% Peer " + context.child() + " has been removed");
        }
        return p;
    }

    private ApplyResult done() {
        changed(ConfigSection.IKEV2_KEYRING, context.name());
        return ApplyResult.stay();
    }

    @Override
    public ApplyResult visitPeer_description(IosParser.Peer_descriptionContext ctx) {
        Ikev2KeyringPeer p = peer();
        p.setDescription(no(ctx.neg) ? null : Tokens.text(ctx.peer_description_text()));
        return done();
    }

    @Override
    public ApplyResult visitPeer_address(IosParser.Peer_addressContext ctx) {
        Ikev2KeyringPeer p = peer();
        if (no(ctx.neg)) {
            p.setAddress(null, null);
        } else {
            Ipv4 address = ipv4(ctx.peer_ip());
            Ipv4 mask = ctx.peer_mask() == null ? null : ipv4(ctx.peer_mask());
            if (mask != null && !mask.isContiguousMask()) {
                throw invalid(ctx.peer_mask());
            }
            p.setAddress(address, mask);
        }
        return done();
    }

    @Override
    public ApplyResult visitPeer_hostname(IosParser.Peer_hostnameContext ctx) {
        Ikev2KeyringPeer p = peer();
        p.setHostname(no(ctx.neg) ? null : Tokens.text(ctx.peer_host_name()));
        return done();
    }

    @Override
    public ApplyResult visitPeer_identity(IosParser.Peer_identityContext ctx) {
        Ikev2KeyringPeer p = peer();
        if (no(ctx.neg)) {
            p.setIdentity(null);
            return done();
        }
        IosParser.Peer_identity_valueContext v = ctx.peer_identity_value();
        String kind = Tokens.keyword(v);
        String value = switch (kind) {
            case "address" -> ipv4(v.peer_identity_address()).toString();
            case "fqdn" -> Tokens.text(v.peer_identity_fqdn());
            case "email" -> Tokens.text(v.peer_identity_email());
            default -> Tokens.text(v.peer_identity_key_id());
        };
        p.setIdentity(IkeIdentity.of(kind, value));
        return done();
    }

    @Override
    public ApplyResult visitPeer_pre_shared_key(IosParser.Peer_pre_shared_keyContext ctx) {
        Ikev2KeyringPeer p = peer();
        String direction = ctx.psk_direction() == null ? null : Tokens.keyword(ctx.psk_direction());
        PresharedKey key = null;
        if (!no(ctx.neg)) {
            int type = ctx.psk_type() == null ? 0 : Integer.parseInt(Tokens.keyword(ctx.psk_type()));
            String text = Tokens.text(ctx.psk_value());
            if (text.length() > 128) {
                throw invalid(ctx.psk_value());
            }
            key = KeyringSecrets.typed(config, type, text);
        }
        if (direction == null) {
            p.setPresharedKey(key);
        } else if (direction.equals("local")) {
            p.setLocalKey(key);
        } else {
            p.setRemoteKey(key);
        }
        String warning = KeyringSecrets.warning(config, key);
        changed(ConfigSection.IKEV2_KEYRING, context.name());
        return warning == null ? ApplyResult.stay() : ApplyResult.stay(warning);
    }
}
