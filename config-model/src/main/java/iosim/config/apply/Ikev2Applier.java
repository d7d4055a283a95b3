package iosim.config.apply;

import iosim.config.ConfigSection;
import iosim.config.RunningConfig;
import iosim.config.mode.Mode;
import iosim.config.model.Dpd;
import iosim.config.model.Ikev2Keyring;
import iosim.config.model.Ikev2Policy;
import iosim.config.model.Ikev2Profile;
import iosim.config.model.Ikev2Proposal;
import iosim.grammar.IosParser;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.antlr.v4.runtime.ParserRuleContext;

/** crypto ikev2 proposal/policy/keyring/profile entry and removal, and the global knobs. */
final class Ikev2Applier extends FeatureApplier {

    Ikev2Applier(RunningConfig config, ModeContext context) {
        super(config, context);
    }

    @Override
    public ApplyResult visitIkev2_proposal_enter(IosParser.Ikev2_proposal_enterContext ctx) {
        String name = Tokens.text(ctx.ikev2_proposal_name());
        if (no(ctx.neg)) {
            return remove(model.ikev2Proposals().remove(name) != null, ConfigSection.IKEV2_PROPOSAL, name);
        }
        Ikev2Proposal p = model.ikev2Proposals().computeIfAbsent(name, Ikev2Proposal::new);
        changed(ConfigSection.IKEV2_PROPOSAL, name);
        return ApplyResult.enter(Mode.IKEV2_PROPOSAL, ModeContext.of(name),
                p.isComplete() ? Ikev2Banners.NONE : Ikev2Banners.PROPOSAL);
    }

    @Override
    public ApplyResult visitIkev2_policy_enter(IosParser.Ikev2_policy_enterContext ctx) {
        String name = Tokens.text(ctx.ikev2_policy_name());
        if (no(ctx.neg)) {
            return remove(model.ikev2Policies().remove(name) != null, ConfigSection.IKEV2_POLICY, name);
        }
        Ikev2Policy p = model.ikev2Policies().computeIfAbsent(name, Ikev2Policy::new);
        changed(ConfigSection.IKEV2_POLICY, name);
        boolean complete = p.proposals().stream()
                .map(model.ikev2Proposals()::get)
                .anyMatch(x -> x != null && x.isComplete());
        return ApplyResult.enter(Mode.IKEV2_POLICY, ModeContext.of(name), complete ? Ikev2Banners.NONE : Ikev2Banners.POLICY);
    }

    @Override
    public ApplyResult visitIkev2_keyring_enter(IosParser.Ikev2_keyring_enterContext ctx) {
        String name = Tokens.text(ctx.ikev2_keyring_name());
        if (no(ctx.neg)) {
            return remove(model.ikev2Keyrings().remove(name) != null, ConfigSection.IKEV2_KEYRING, name);
        }
        model.ikev2Keyrings().computeIfAbsent(name, Ikev2Keyring::new);
        changed(ConfigSection.IKEV2_KEYRING, name);
        return ApplyResult.enter(Mode.IKEV2_KEYRING, ModeContext.of(name));
    }

    @Override
    public ApplyResult visitIkev2_profile_enter(IosParser.Ikev2_profile_enterContext ctx) {
        String name = Tokens.text(ctx.ikev2_profile_name());
        if (no(ctx.neg)) {
            return remove(model.ikev2Profiles().remove(name) != null, ConfigSection.IKEV2_PROFILE, name);
        }
        Ikev2Profile p = model.ikev2Profiles().computeIfAbsent(name, Ikev2Profile::new);
        changed(ConfigSection.IKEV2_PROFILE, name);
        return ApplyResult.enter(Mode.IKEV2_PROFILE, ModeContext.of(name),
                p.isComplete() ? Ikev2Banners.NONE : Ikev2Banners.PROFILE);
    }

    private ApplyResult remove(boolean removed, ConfigSection section, String name) {
        if (removed) {
            changed(section, name);
        }
        return ApplyResult.stay();
    }

    // ---- global knobs ---------------------------------------------------------------------------

    @Override
    public ApplyResult visitIkev2_global_dpd(IosParser.Ikev2_global_dpdContext ctx) {
        config.ikev2Globals().setDpd(no(ctx.neg) ? null : dpd(ctx.dpd_interval(), ctx.dpd_retry(), ctx.dpd_mode()));
        changed(ConfigSection.IKEV2_GLOBAL, "dpd");
        return ApplyResult.stay();
    }

    @Override
    public ApplyResult visitIkev2_global_nat_keepalive(IosParser.Ikev2_global_nat_keepaliveContext ctx) {
        config.ikev2Globals().setNatKeepalive(no(ctx.neg) ? null : intNumber(ctx.nat_keepalive_seconds(), 5, 3600));
        changed(ConfigSection.IKEV2_GLOBAL, "nat keepalive");
        return ApplyResult.stay();
    }

    @Override
    public ApplyResult visitIkev2_global_cookie_challenge(IosParser.Ikev2_global_cookie_challengeContext ctx) {
        config.ikev2Globals().setCookieChallenge(
                no(ctx.neg) ? null : intNumber(ctx.cookie_challenge_threshold(), 1, 1000));
        changed(ConfigSection.IKEV2_GLOBAL, "cookie-challenge");
        return ApplyResult.stay();
    }

    @Override
    public ApplyResult visitIkev2_global_fragmentation(IosParser.Ikev2_global_fragmentationContext ctx) {
        if (no(ctx.neg)) {
            config.ikev2Globals().setFragmentation(false, null);
        } else {
            config.ikev2Globals().setFragmentation(true,
                    ctx.fragmentation_mtu() == null ? null : intNumber(ctx.fragmentation_mtu(), 68, 1500));
        }
        changed(ConfigSection.IKEV2_GLOBAL, "fragmentation");
        return ApplyResult.stay();
    }

    static Dpd dpd(IosParser.Dpd_intervalContext interval, IosParser.Dpd_retryContext retry,
            IosParser.Dpd_modeContext mode) {
        return new Dpd(intNumber(interval, 10, 3600), intNumber(retry, 2, 60), "periodic".equals(Tokens.keyword(mode)));
    }

    // ---- (config-ikev2-proposal) ------------------------------------------------------------------

    private Ikev2Proposal proposal() {
        Ikev2Proposal p = model.ikev2Proposals().get(context.name());
        if (p == null) {
            throw rejected("% IKEv2 proposal " + context.name() + " has been removed");
        }
        return p;
    }

    @Override
    public ApplyResult visitProposal_encryption(IosParser.Proposal_encryptionContext ctx) {
        Ikev2Proposal p = proposal();
        p.setEncryption(edit(p.encryption(), no(ctx.neg), ctx.ikev2_encryption(), Tokens::keyword));
        return proposalChanged(p);
    }

    @Override
    public ApplyResult visitProposal_integrity(IosParser.Proposal_integrityContext ctx) {
        Ikev2Proposal p = proposal();
        p.setIntegrity(edit(p.integrity(), no(ctx.neg), ctx.ikev2_integrity(), Tokens::keyword));
        return proposalChanged(p);
    }

    @Override
    public ApplyResult visitProposal_prf(IosParser.Proposal_prfContext ctx) {
        Ikev2Proposal p = proposal();
        p.setPrf(edit(p.prf(), no(ctx.neg), ctx.ikev2_prf(), Tokens::keyword));
        return proposalChanged(p);
    }

    @Override
    public ApplyResult visitProposal_group(IosParser.Proposal_groupContext ctx) {
        Ikev2Proposal p = proposal();
        p.setGroups(edit(p.groups(), no(ctx.neg), ctx.ikev2_dh_group(), g -> Integer.valueOf(Tokens.keyword(g))));
        return proposalChanged(p);
    }

    /** Adds typed values to a preference list, or removes them ({@code no}), or clears it. */
    private static <C extends ParserRuleContext, T> List<T> edit(List<T> current, boolean negate, List<C> typed,
            Function<C, T> value) {
        List<T> out = new ArrayList<>(current);
        if (negate && typed.isEmpty()) {
            out.clear();
        }
        for (C c : typed) {
            T v = value.apply(c);
            if (negate) {
                out.remove(v);
            } else if (!out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    private ApplyResult proposalChanged(Ikev2Proposal p) {
        changed(ConfigSection.IKEV2_PROPOSAL, p.name());
        return ApplyResult.stay();
    }

    // ---- (config-ikev2-policy) --------------------------------------------------------------------

    private Ikev2Policy policy() {
        Ikev2Policy p = model.ikev2Policies().get(context.name());
        if (p == null) {
            throw rejected("% IKEv2 policy " + context.name() + " has been removed");
        }
        return p;
    }

    @Override
    public ApplyResult visitPolicy_proposal(IosParser.Policy_proposalContext ctx) {
        Ikev2Policy p = policy();
        String name = Tokens.text(ctx.policy_proposal_name());
        if (no(ctx.neg)) {
            p.removeProposal(name);
        } else {
            p.addProposal(name);
        }
        changed(ConfigSection.IKEV2_POLICY, p.name());
        return ApplyResult.stay();
    }

    @Override
    public ApplyResult visitPolicy_match_address(IosParser.Policy_match_addressContext ctx) {
        Ikev2Policy p = policy();
        if (no(ctx.neg)) {
            if (ctx.policy_local_address() == null) {
                p.clearMatchAddressLocal();
            } else {
                p.removeMatchAddressLocal(ipv4(ctx.policy_local_address()));
            }
        } else {
            p.addMatchAddressLocal(ipv4(ctx.policy_local_address()));
        }
        changed(ConfigSection.IKEV2_POLICY, p.name());
        return ApplyResult.stay();
    }
}
