package iosim.shell.controller;

import iosim.config.RunningConfig;
import iosim.config.model.Ikev2Policy;
import iosim.config.model.Ikev2Proposal;
import iosim.config.model.Ipv4;
import iosim.ikev2.api.EncryptionAlgorithm;
import iosim.ikev2.api.IkeProposal;
import iosim.ikev2.api.IntegrityAlgorithm;
import iosim.ikev2.api.KeyExchangeGroup;
import iosim.ikev2.api.PrfAlgorithm;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * IOS's IKEv2 proposal selection: a configured proposal counts only when a
 * {@code crypto ikev2 policy} references it. The policy is chosen by the local address
 * ({@code match address local}, a policy without it matches any); with no matching policy the
 * smart-default policy and proposal apply. The defaults are pinned to IOS-XE 17.x
 * (the reference's last row): AES-CBC-256, SHA512/SHA384, groups 19, 14, 21.
 */
public final class IkeProposals {
    /** The release whose smart defaults we simulate. */
    public static final String DEFAULT_RELEASE = "IOS-XE 17.x";

    /** The proposals a policy resolves to, with the policy's name (for debug and show). */
    public record Selection(String policyName, List<NamedProposal> proposals) {
        public List<IkeProposal> engineProposals() {
            return proposals.stream().map(NamedProposal::proposal).toList();
        }
    }

    /** One proposal under its IOS name. */
    public record NamedProposal(String name, IkeProposal proposal) {}

    private IkeProposals() {}

    /** The built-in {@code default} proposal. */
    public static NamedProposal defaultProposal() {
        return new NamedProposal("default", new IkeProposal(
                List.of(EncryptionAlgorithm.AES_CBC_256),
                List.of(PrfAlgorithm.HMAC_SHA2_512, PrfAlgorithm.HMAC_SHA2_384),
                List.of(IntegrityAlgorithm.HMAC_SHA2_512_256, IntegrityAlgorithm.HMAC_SHA2_384_192),
                List.of(KeyExchangeGroup.ECP_256, KeyExchangeGroup.MODP_2048, KeyExchangeGroup.ECP_521)));
    }

    /** Resolves the proposals for IKE SAs using {@code localAddress}. */
    public static Selection select(RunningConfig config, Ipv4 localAddress) {
        Ikev2Policy any = null;
        for (Ikev2Policy p : config.ikev2Policies().values()) {
            if (p.matchAddressLocal().isEmpty()) {
                if (any == null) {
                    any = p;
                }
            } else if (localAddress != null && p.matchAddressLocal().contains(localAddress)) {
                Selection s = of(config, p);
                if (!s.proposals().isEmpty()) {
                    return s;
                }
            }
        }
        if (any != null) {
            Selection s = of(config, any);
            if (!s.proposals().isEmpty()) {
                return s;
            }
        }
        return new Selection("default", List.of(defaultProposal()));
    }

    private static Selection of(RunningConfig config, Ikev2Policy policy) {
        List<NamedProposal> out = new ArrayList<>();
        for (String name : policy.proposals()) {
            Ikev2Proposal p = config.ikev2Proposals().get(name);
            IkeProposal e = p == null ? null : toEngine(p);
            if (e != null) {
                out.add(new NamedProposal(name, e));
            }
        }
        return new Selection(policy.name(), out);
    }

    /** A configured proposal as the engine's record; null when incomplete or unsupported. */
    public static IkeProposal toEngine(Ikev2Proposal p) {
        if (!p.isComplete()) {
            return null;
        }
        List<EncryptionAlgorithm> enc = p.encryption().stream().map(CryptoNames::ikeEncryption)
                .filter(Objects::nonNull).toList();
        List<IntegrityAlgorithm> integ = p.integrity().stream().map(CryptoNames::ikeIntegrity)
                .filter(Objects::nonNull).toList();
        List<String> prfNames = p.prf().isEmpty() ? p.integrity() : p.prf();
        List<PrfAlgorithm> prf = prfNames.stream().map(CryptoNames::ikePrf).filter(Objects::nonNull).toList();
        List<KeyExchangeGroup> groups = p.groups().stream().map(KeyExchangeGroup::of).filter(Objects::nonNull).toList();
        boolean aead = enc.stream().anyMatch(EncryptionAlgorithm::aead);
        if (enc.isEmpty() || prf.isEmpty() || groups.isEmpty() || (!aead && integ.isEmpty())) {
            return null;
        }
        return new IkeProposal(enc, prf, aead ? List.of() : integ, groups);
    }
}
