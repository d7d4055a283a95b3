package iosim.config.render;

import iosim.config.RunningConfig;
import iosim.config.model.IsakmpConfig;
import iosim.config.model.IsakmpKey;
import iosim.config.model.IsakmpKeyring;
import iosim.config.model.IsakmpProfileConfig;
import iosim.config.model.IsakmpPolicyConfig;

/**
 * IKEv1 as IOS shows it: {@code crypto isakmp policy} blocks (only the values that differ from
 * the defaults, {@code encr} abbreviated as IOS writes it), then the keys and the global knobs.
 */
final class CryptoIsakmpRenderer {
    private CryptoIsakmpRenderer() {
    }

    static void render(RunningConfig c, ConfigText out) {
        IsakmpConfig k = c.isakmp();
        boolean any = false;
        for (IsakmpKeyring ring : k.keyrings().values()) {
            out.line("crypto keyring " + ring.name());
            if (ring.description() != null) {
                out.sub(1, " description " + ring.description());
            }
            if (ring.localAddress() != null) {
                out.sub(1, " local-address " + ring.localAddress());
            }
            for (IsakmpKey key : ring.keys()) {
                out.sub(1, " pre-shared-key address " + key.address() + (key.mask() == null ? "" : " " + key.mask())
                        + " key " + key.key().iosText());
            }
            any = true;
        }
        if (any) {
            out.bang();
            any = false;
        }
        for (IsakmpPolicyConfig p : k.policies().values()) {
            out.line("crypto isakmp policy " + p.priority());
            if (!p.encryption().equals(IsakmpPolicyConfig.DEFAULT_ENCRYPTION)) {
                out.sub(1, "encr " + p.encryption() + (p.encryption().equals("aes") && p.keyBits() != 128
                        ? " " + p.keyBits() : ""));
            }
            if (!p.hash().equals(IsakmpPolicyConfig.DEFAULT_HASH)) {
                out.sub(1, "hash " + p.hash());
            }
            if (!p.authentication().equals(IsakmpPolicyConfig.DEFAULT_AUTH)) {
                out.sub(1, "authentication " + p.authentication());
            }
            if (p.group() != IsakmpPolicyConfig.DEFAULT_GROUP) {
                out.sub(1, "group " + p.group());
            }
            if (p.lifetime() != IsakmpPolicyConfig.DEFAULT_LIFETIME) {
                out.sub(1, "lifetime " + p.lifetime());
            }
            any = true;
        }
        for (IsakmpKey key : k.keys()) {
            out.line("crypto isakmp key " + key.key().iosText() + " address " + key.address()
                    + (key.mask() == null ? "" : " " + key.mask()) + (key.noXauth() ? " no-xauth" : ""));
            any = true;
        }
        if (k.identity() != null) {
            out.line("crypto isakmp identity " + k.identity());
            any = true;
        }
        if (k.invalidSpiRecovery()) {
            out.line("crypto isakmp invalid-spi-recovery");
            any = true;
        }
        if (k.keepaliveSeconds() != null) {
            out.line("crypto isakmp keepalive " + k.keepaliveSeconds()
                    + (k.keepaliveRetry() != null ? " " + k.keepaliveRetry() : "") + (k.keepalivePeriodic() ? " periodic" : ""));
            any = true;
        }
        if (k.natKeepalive() != null) {
            out.line("crypto isakmp nat keepalive " + k.natKeepalive());
            any = true;
        }
        if (k.aggressiveModeDisabled()) {
            out.line("crypto isakmp aggressive-mode disable");
            any = true;
        }
        for (IsakmpProfileConfig p : k.profiles().values()) {
            out.line("crypto isakmp profile " + p.name());
            if (p.description() != null) {
                out.sub(1, "  description " + p.description());
            }
            if (p.keyring() != null) {
                out.sub(1, "  keyring " + p.keyring());
            }
            if (p.selfIdentity() != null) {
                out.sub(1, "  self-identity " + p.selfIdentity());
            }
            for (IsakmpProfileConfig.Match m : p.matches()) {
                out.sub(1, "  match identity address " + m.address() + " "
                        + (m.mask() == null ? "255.255.255.255" : m.mask()) + " ");
            }
            if (p.keepaliveSeconds() != null) {
                out.sub(1, "  keepalive " + p.keepaliveSeconds() + " retry " + p.keepaliveRetry());
            }
            if (p.localAddress() != null) {
                out.sub(1, "  local-address " + p.localAddress());
            }
            if (p.initiateAggressive()) {
                out.sub(1, "  initiate mode aggressive");
            }
            any = true;
        }
        if (any) {
            out.bang();
        }
    }
}
