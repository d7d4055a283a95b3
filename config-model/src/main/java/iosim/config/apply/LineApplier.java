package iosim.config.apply;

import iosim.config.ConfigSection;
import iosim.config.RunningConfig;
import iosim.config.mode.Mode;
import iosim.config.model.HashedSecret;
import iosim.config.model.LineSettings;
import iosim.config.model.LineType;
import iosim.config.model.UserAccount;
import iosim.config.secret.Secrets;
import iosim.grammar.IosParser;
import java.util.List;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/** line con/vty (creating vty lines up to 15), the (config-line) statements, and usernames. */
final class LineApplier extends FeatureApplier {

    LineApplier(RunningConfig config, ModeContext context) {
        super(config, context);
    }

    @Override
    public ApplyResult visitLine_enter(IosParser.Line_enterContext ctx) {
        IosParser.Line_rangeContext r = ctx.line_range();
        String kind = Tokens.keyword(r);
        if (kind.equals("aux")) {
            throw invalid(r);
        }
        LineType type = kind.equals("vty") ? LineType.VTY : LineType.CONSOLE;
        int first = intNumber(r.line_first(), 0, type.maxNumber());
        int last = r.line_last() == null ? first : intNumber(r.line_last(), first, type.maxNumber());
        TreeMap<Integer, LineSettings> lines = model.lines().get(type);
        boolean created = false;
        for (int i = first; i <= last; i++) {
            if (!lines.containsKey(i)) {
                lines.put(i, LineSettings.defaults(type));
                created = true;
            }
        }
        if (created) {
            changed(ConfigSection.LINE, type.iosName());
        }
        return ApplyResult.enter(Mode.LINE, ModeContext.of(type.iosName(), first + " " + last));
    }

    @Override
    public ApplyResult visitLine_remove(IosParser.Line_removeContext ctx) {
        int first = intNumber(ctx.line_first(), RunningConfig.DEFAULT_VTY_LAST + 1, LineType.VTY.maxNumber());
        int last = ctx.line_last() == null ? first : intNumber(ctx.line_last(), first, LineType.VTY.maxNumber());
        TreeMap<Integer, LineSettings> lines = model.lines().get(LineType.VTY);
        boolean removed = false;
        for (int i = first; i <= last; i++) {
            removed |= lines.remove(i) != null;
        }
        if (removed) {
            changed(ConfigSection.LINE, LineType.VTY.iosName());
        }
        return ApplyResult.stay();
    }

    /** Applies an edit to every line of the range being configured. */
    private ApplyResult edit(UnaryOperator<LineSettings> change) {
        LineType type = context.name().equals("vty") ? LineType.VTY : LineType.CONSOLE;
        String[] range = context.child().split(" ");
        int first = Integer.parseInt(range[0]);
        int last = Integer.parseInt(range[1]);
        TreeMap<Integer, LineSettings> lines = model.lines().get(type);
        for (int i = first; i <= last; i++) {
            LineSettings s = lines.get(i);
            if (s != null) {
                lines.put(i, change.apply(s));
            }
        }
        changed(ConfigSection.LINE, type.iosName());
        return ApplyResult.stay();
    }

    @Override
    public ApplyResult visitLine_login(IosParser.Line_loginContext ctx) {
        String login = no(ctx.neg) ? null : ctx.local != null ? "local" : "line";
        return edit(s -> s.withLogin(login));
    }

    @Override
    public ApplyResult visitLine_transport_input(IosParser.Line_transport_inputContext ctx) {
        List<String> protocols = no(ctx.neg) ? null
                : ctx.line_transport().stream().map(Tokens::keyword).distinct().toList();
        return edit(s -> s.withTransportInput(protocols));
    }

    @Override
    public ApplyResult visitLine_exec_timeout(IosParser.Line_exec_timeoutContext ctx) {
        Integer seconds = null;
        if (!no(ctx.neg)) {
            int minutes = intNumber(ctx.line_timeout_minutes(), 0, 35791);
            int secs = ctx.line_timeout_seconds() == null ? 0 : intNumber(ctx.line_timeout_seconds(), 0, 2147483);
            long total = minutes * 60L + secs;
            seconds = (int) Math.min(total, Integer.MAX_VALUE);
        }
        Integer value = seconds;
        return edit(s -> s.withExecTimeoutSeconds(value));
    }

    @Override
    public ApplyResult visitLine_privilege(IosParser.Line_privilegeContext ctx) {
        Integer level = no(ctx.neg) ? null : intNumber(ctx.line_privilege_level(), 0, 15);
        return edit(s -> s.withPrivilegeLevel(level == null || level == 1 ? null : level));
    }

    @Override
    public ApplyResult visitLine_password(IosParser.Line_passwordContext ctx) {
        HashedSecret secret = null;
        if (!no(ctx.neg)) {
            int type = ctx.line_password_type() == null ? 0 : Integer.parseInt(Tokens.keyword(ctx.line_password_type()));
            secret = password(type, Tokens.text(ctx.line_password_value()).strip());
        }
        HashedSecret value = secret;
        return edit(s -> s.withPassword(value));
    }

    @Override
    public ApplyResult visitLine_logging_synchronous(IosParser.Line_logging_synchronousContext ctx) {
        boolean on = !no(ctx.neg);
        return edit(s -> s.withLoggingSynchronous(on));
    }

    /** A reversible password: cleartext is hidden as type 7, a type 7 string is checked. */
    private static HashedSecret password(int type, String value) {
        if (type == 0) {
            return Secrets.hideType7(value);
        }
        return Secrets.fromHashed(7, value).orElseThrow(() -> rejected("Invalid encrypted password: " + value));
    }

    // ---- username ----------------------------------------------------------------------------

    @Override
    public ApplyResult visitUsername_config(IosParser.Username_configContext ctx) {
        String name = Tokens.text(ctx.user_name());
        if (no(ctx.neg)) {
            if (model.users().remove(name) != null) {
                changed(ConfigSection.USERS, name);
            }
            return ApplyResult.stay();
        }
        int privilege = ctx.user_privilege() == null ? UserAccount.DEFAULT_PRIVILEGE
                : intNumber(ctx.user_privilege().user_privilege_level(), 0, 15);
        IosParser.User_credentialContext c = ctx.user_credential();
        UserAccount account;
        if (Tokens.has(c, "secret")) {
            int type = c.user_secret_type() == null ? 0 : Integer.parseInt(Tokens.keyword(c.user_secret_type()));
            account = new UserAccount(name, privilege, false,
                    SystemApplier.secret(type, Tokens.text(c.user_secret_value()).strip()));
        } else {
            int type = c.user_password_type() == null ? 0 : Integer.parseInt(Tokens.keyword(c.user_password_type()));
            account = new UserAccount(name, privilege, true, password(type, Tokens.text(c.user_password_value()).strip()));
        }
        model.users().put(name, account);
        changed(ConfigSection.USERS, name);
        return ApplyResult.stay();
    }
}
