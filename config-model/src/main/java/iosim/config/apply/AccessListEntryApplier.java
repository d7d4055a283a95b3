package iosim.config.apply;

import iosim.config.ConfigSection;
import iosim.config.RunningConfig;
import iosim.config.model.AccessList;
import iosim.config.model.AclRule;
import iosim.grammar.IosParser;

/** The entries typed in (config-ext-nacl) and (config-std-nacl). */
final class AccessListEntryApplier extends FeatureApplier {

    AccessListEntryApplier(RunningConfig config, ModeContext context) {
        super(config, context);
    }

    private AccessList current() {
        AccessList acl = model.accessLists().get(context.name());
        if (acl == null) {
            throw rejected("% Access list " + context.name() + " has been removed");
        }
        return acl;
    }

    @Override
    public ApplyResult visitExt_nacl_stmt(IosParser.Ext_nacl_stmtContext ctx) {
        AccessList acl = current();
        AclRule rule = ctx.ext_acl_rule() != null ? AclRuleReader.extended(ctx.ext_acl_rule())
                : ctx.acl_remark() != null ? AclRuleReader.remark(ctx.acl_remark()) : null;
        return apply(acl, no(ctx.neg), ctx.acl_sequence(), rule);
    }

    @Override
    public ApplyResult visitStd_nacl_stmt(IosParser.Std_nacl_stmtContext ctx) {
        AccessList acl = current();
        AclRule rule = ctx.std_acl_rule() != null ? AclRuleReader.standard(ctx.std_acl_rule())
                : ctx.acl_remark() != null ? AclRuleReader.remark(ctx.acl_remark()) : null;
        return apply(acl, no(ctx.neg), ctx.acl_sequence(), rule);
    }

    private ApplyResult apply(AccessList acl, boolean negate, IosParser.Acl_sequenceContext seqCtx, AclRule rule) {
        Integer seq = seqCtx == null ? null : intNumber(seqCtx, 1, Integer.MAX_VALUE);
        if (negate) {
            if (seq != null) {
                acl.remove(seq);
            } else {
                Integer found = acl.sequenceOf(rule);
                if (found != null) {
                    acl.remove(found);
                }
            }
        } else {
            if (seq != null && acl.entries().containsKey(seq)) {
                if (acl.entries().get(seq).equals(rule)) {
                    return ApplyResult.stay();
                }
                throw rejected("% Duplicate sequence number");
            }
            if (!rule.isRemark() && acl.sequenceOf(rule) != null) {
                return ApplyResult.stay();
            }
            if (seq == null && (long) acl.nextSequence() > Integer.MAX_VALUE - AccessList.SEQUENCE_STEP) {
                throw rejected("% Exceeded maximum sequence number.");
            }
            acl.put(seq != null ? seq : acl.nextSequence(), rule);
        }
        changed(ConfigSection.ACCESS_LIST, acl.name());
        return ApplyResult.stay();
    }
}
