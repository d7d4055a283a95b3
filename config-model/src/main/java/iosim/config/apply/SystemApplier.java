package iosim.config.apply;

import iosim.config.ConfigSection;
import iosim.config.RunningConfig;
import iosim.config.model.HashedSecret;
import iosim.config.model.LoggingBuffered;
import iosim.config.model.LoggingConsole;
import iosim.config.model.SystemSettings;
import iosim.config.model.Timestamps;
import iosim.config.secret.Secrets;
import iosim.grammar.IosParser;
import java.util.List;

/** hostname, enable secret, service timestamps, logging buffered, banner motd, ip domain name, ip ssh. */
final class SystemApplier extends FeatureApplier {
    private static final int MAX_HOSTNAME = 63;

    private final TextCollector collector;

    SystemApplier(RunningConfig config, ModeContext context, TextCollector collector) {
        super(config, context);
        this.collector = collector;
    }

    private SystemSettings sys() {
        return config.system();
    }

    @Override
    public ApplyResult visitSys_hostname(IosParser.Sys_hostnameContext ctx) {
        if (no(ctx.neg)) {
            sys().setHostname(SystemSettings.DEFAULT_HOSTNAME);
        } else {
            String name = Tokens.text(ctx.hostname_name());
            if (name.length() > MAX_HOSTNAME || !name.matches("[A-Za-z0-9-]+")) {
                throw rejected("% Hostname contains one or more illegal characters.");
            }
            sys().setHostname(name);
        }
        changed(ConfigSection.SYSTEM, "hostname");
        return ApplyResult.stay();
    }

    @Override
    public ApplyResult visitSys_enable_secret(IosParser.Sys_enable_secretContext ctx) {
        if (no(ctx.neg)) {
            sys().setEnableSecret(null);
        } else {
            sys().setEnableSecret(secret(ctx.enable_secret_type(), Tokens.text(ctx.enable_secret_value())));
        }
        changed(ConfigSection.SYSTEM, "enable secret");
        return ApplyResult.stay();
    }

    /** A secret typed after an optional type keyword: cleartext is hashed (type 9), hashes are checked. */
    static HashedSecret secret(IosParser.Enable_secret_typeContext typeCtx, String value) {
        int type = typeCtx == null ? 0 : Integer.parseInt(Tokens.keyword(typeCtx));
        return secret(type, value.strip());
    }

    static HashedSecret secret(int type, String value) {
        if (type == 0) {
            return Secrets.hashType9(value);
        }
        return Secrets.fromHashed(type, value).orElseThrow(() -> rejected(
                "ERROR: The secret you entered is not a valid encrypted secret.",
                "To enter an UNENCRYPTED secret, do not specify type " + type + " encryption.",
                "When you properly enter an UNENCRYPTED secret, it will be encrypted."));
    }

    @Override
    public ApplyResult visitSys_service_timestamps(IosParser.Sys_service_timestampsContext ctx) {
        IosParser.Timestamps_targetContext target = ctx.timestamps_target();
        boolean debugOnly = target == null || "debug".equals(Tokens.keyword(target.timestamps_kind()));
        Timestamps value = no(ctx.neg) ? null : timestamps(target);
        if (target == null && no(ctx.neg)) {
            sys().setTimestampsDebug(null);
            sys().setTimestampsLog(null);
        } else if (debugOnly) {
            sys().setTimestampsDebug(value);
        } else {
            sys().setTimestampsLog(value);
        }
        changed(ConfigSection.SYSTEM, "service timestamps");
        return ApplyResult.stay();
    }

    private static Timestamps timestamps(IosParser.Timestamps_targetContext target) {
        if (target == null || target.timestamps_format() == null
                || target.timestamps_format().timestamps_datetime() == null) {
            return Timestamps.UPTIME;
        }
        List<String> opts = Tokens.allKeywords(target.timestamps_format().timestamps_datetime());
        return new Timestamps(true, opts.contains("msec"), opts.contains("localtime"), opts.contains("show-timezone"),
                opts.contains("year"));
    }

    @Override
    public ApplyResult visitSys_logging_console(IosParser.Sys_logging_consoleContext ctx) {
        if (no(ctx.neg)) {
            sys().setLoggingConsole(new LoggingConsole(false, LoggingConsole.DEFAULT_LEVEL));
        } else {
            String level = ctx.logging_level() == null ? LoggingConsole.DEFAULT_LEVEL : Tokens.keyword(ctx.logging_level());
            sys().setLoggingConsole(new LoggingConsole(true, level));
        }
        changed(ConfigSection.SYSTEM, "logging console");
        return ApplyResult.stay();
    }

    @Override
    public ApplyResult visitSys_logging_buffered(IosParser.Sys_logging_bufferedContext ctx) {
        if (no(ctx.neg)) {
            sys().setLoggingBuffered(new LoggingBuffered(false, LoggingBuffered.DEFAULT_SIZE, LoggingBuffered.DEFAULT_LEVEL));
        } else {
            int size = ctx.logging_buffer_size() == null ? LoggingBuffered.DEFAULT_SIZE
                    : intNumber(ctx.logging_buffer_size(), 4096, Integer.MAX_VALUE);
            String level = ctx.logging_level() == null ? LoggingBuffered.DEFAULT_LEVEL : Tokens.keyword(ctx.logging_level());
            sys().setLoggingBuffered(new LoggingBuffered(true, size, level));
        }
        changed(ConfigSection.SYSTEM, "logging buffered");
        return ApplyResult.stay();
    }

    @Override
    public ApplyResult visitSys_banner_motd(IosParser.Sys_banner_motdContext ctx) {
        if (no(ctx.neg)) {
            sys().setBannerMotd(null);
        } else {
            BannerText banner = BannerText.parse(ctx.banner_text().getStart().getText());
            if (!banner.closed()) {
                collector.start(banner.delimiter(), banner.text(), text -> {
                    sys().setBannerMotd(text);
                    changed(ConfigSection.SYSTEM, "banner motd");
                });
                return ApplyResult.stay(banner.enterTextMessage());
            }
            sys().setBannerMotd(banner.text());
        }
        changed(ConfigSection.SYSTEM, "banner motd");
        return ApplyResult.stay();
    }

    @Override
    public ApplyResult visitSys_ip_domain_name(IosParser.Sys_ip_domain_nameContext ctx) {
        if (no(ctx.neg)) {
            sys().setDomainName(null);
        } else {
            String name = Tokens.text(ctx.domain_name());
            if (!name.matches("[A-Za-z0-9.-]+")) {
                throw invalid(ctx.domain_name());
            }
            sys().setDomainName(name);
        }
        changed(ConfigSection.SYSTEM, "ip domain name");
        return ApplyResult.stay();
    }

    @Override
    public ApplyResult visitSys_ip_ssh_version(IosParser.Sys_ip_ssh_versionContext ctx) {
        sys().setSshVersion(no(ctx.neg) ? null : Integer.valueOf(Tokens.keyword(ctx.ssh_version())));
        changed(ConfigSection.SYSTEM, "ip ssh version");
        return ApplyResult.stay();
    }

    @Override
    public ApplyResult visitSys_ip_ssh_timeout(IosParser.Sys_ip_ssh_timeoutContext ctx) {
        sys().setSshTimeoutSeconds(no(ctx.neg) ? null : intNumber(ctx.ssh_timeout_seconds(), 1, 120));
        changed(ConfigSection.SYSTEM, "ip ssh time-out");
        return ApplyResult.stay();
    }

    @Override
    public ApplyResult visitSys_ip_ssh_retries(IosParser.Sys_ip_ssh_retriesContext ctx) {
        sys().setSshAuthenticationRetries(no(ctx.neg) ? null : intNumber(ctx.ssh_retries(), 0, 5));
        changed(ConfigSection.SYSTEM, "ip ssh authentication-retries");
        return ApplyResult.stay();
    }

    @Override
    public ApplyResult visitSys_login_block_for(IosParser.Sys_login_block_forContext ctx) {
        if (no(ctx.neg)) {
            sys().setLoginBlock(null);
        } else {
            sys().setLoginBlock(new SystemSettings.LoginBlock(intNumber(ctx.block_seconds(), 1, 65535),
                    intNumber(ctx.block_attempts(), 1, 65535), intNumber(ctx.block_within(), 1, 65535)));
        }
        changed(ConfigSection.SYSTEM, "login block-for");
        return ApplyResult.stay();
    }

    @Override
    public ApplyResult visitSys_enable_password(IosParser.Sys_enable_passwordContext ctx) {
        if (no(ctx.neg)) {
            sys().setEnablePassword(null);
        } else {
            String value = Tokens.text(ctx.enable_password_value()).strip();
            boolean hidden = ctx.enable_password_type() != null && Tokens.keyword(ctx.enable_password_type()).equals("7");
            HashedSecret p = hidden
                    ? Secrets.fromHashed(7, value).orElseThrow(() -> rejected("Invalid encrypted password: " + value))
                    : Secrets.hideType7(value);
            sys().setEnablePassword(p);
        }
        changed(ConfigSection.SYSTEM, "enable password");
        return ApplyResult.stay();
    }

    @Override
    public ApplyResult visitSys_ip_scp_server(IosParser.Sys_ip_scp_serverContext ctx) {
        sys().setScpServer(!no(ctx.neg));
        changed(ConfigSection.SYSTEM, "ip scp server enable");
        return ApplyResult.stay();
    }

    @Override
    public ApplyResult visitSys_version(IosParser.Sys_versionContext ctx) {
        return ApplyResult.stay();
    }

    @Override
    public ApplyResult visitSys_boot_marker(IosParser.Sys_boot_markerContext ctx) {
        return ApplyResult.stay();
    }

    @Override
    public ApplyResult visitSys_aaa_new_model(IosParser.Sys_aaa_new_modelContext ctx) {
        sys().setAaaNewModel(!no(ctx.neg));
        changed(ConfigSection.SYSTEM, "aaa new-model");
        return ApplyResult.stay();
    }

    /** {@code file prompt [alert|noisy|quiet]}; {@code no file prompt} and a bare {@code file prompt} restore alert. */
    @Override
    public ApplyResult visitSys_file_prompt(IosParser.Sys_file_promptContext ctx) {
        String level = no(ctx.neg) || ctx.file_prompt_level() == null ? SystemSettings.FILE_PROMPT_DEFAULT
                : ctx.file_prompt_level().getText();
        sys().setFilePrompt(level);
        changed(ConfigSection.SYSTEM, "file prompt");
        return ApplyResult.stay();
    }
}
