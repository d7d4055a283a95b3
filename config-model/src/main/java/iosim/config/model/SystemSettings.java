package iosim.config.model;

import java.util.Arrays;
import java.util.List;

/** Box-wide settings: hostname, enable secret, logging, timestamps, banner, domain, SSH. */
public final class SystemSettings extends ModelObject {
    public static final String DEFAULT_HOSTNAME = "Router";
    /** {@code file prompt}'s level when not configured. */
    public static final String FILE_PROMPT_DEFAULT = "alert";
    public static final int SSH_TIMEOUT_DEFAULT = 120;
    public static final int SSH_RETRIES_DEFAULT = 3;

    /** {@code login block-for SECONDS attempts N within SECONDS}: quiet mode after N failures in the window. */
    public record LoginBlock(int blockSeconds, int attempts, int withinSeconds) {}

    private String hostname = DEFAULT_HOSTNAME;
    private HashedSecret enableSecret;
    private Timestamps timestampsDebug = Timestamps.DATETIME_MSEC;
    private Timestamps timestampsLog = Timestamps.DATETIME_MSEC;
    private LoggingBuffered loggingBuffered = LoggingBuffered.DEFAULT;
    private LoggingConsole loggingConsole = LoggingConsole.DEFAULT;
    private String bannerMotd;
    private String domainName;
    private Integer sshVersion;
    private boolean aaaNewModel;
    private HashedSecret enablePassword;
    private Integer sshTimeoutSeconds;
    private Integer sshAuthenticationRetries;
    private LoginBlock loginBlock;
    private String filePrompt = FILE_PROMPT_DEFAULT;
    private ArchiveSettings archive;
    private boolean scpServer;

    public String hostname() { return hostname; }
    public void setHostname(String hostname) { this.hostname = hostname; }
    /** The enable secret, or null when none is configured. */
    public HashedSecret enableSecret() { return enableSecret; }
    public void setEnableSecret(HashedSecret enableSecret) { this.enableSecret = enableSecret; }
    /** Debug message timestamps; null when turned off. */
    public Timestamps timestampsDebug() { return timestampsDebug; }
    public void setTimestampsDebug(Timestamps t) { this.timestampsDebug = t; }
    /** Log message timestamps; null when turned off. */
    public Timestamps timestampsLog() { return timestampsLog; }
    public void setTimestampsLog(Timestamps t) { this.timestampsLog = t; }
    public LoggingBuffered loggingBuffered() { return loggingBuffered; }
    public void setLoggingBuffered(LoggingBuffered l) { this.loggingBuffered = l; }
    public LoggingConsole loggingConsole() { return loggingConsole; }
    public void setLoggingConsole(LoggingConsole l) { this.loggingConsole = l; }
    /** The message-of-the-day text (without delimiters), or null. */
    public String bannerMotd() { return bannerMotd; }
    public void setBannerMotd(String bannerMotd) { this.bannerMotd = bannerMotd; }
    public String domainName() { return domainName; }
    public void setDomainName(String domainName) { this.domainName = domainName; }
    /** 1 or 2, or null for the default (1.99: both). */
    public Integer sshVersion() { return sshVersion; }
    public void setSshVersion(Integer sshVersion) { this.sshVersion = sshVersion; }
    public boolean aaaNewModel() { return aaaNewModel; }
    public void setAaaNewModel(boolean aaaNewModel) { this.aaaNewModel = aaaNewModel; }
    /** {@code enable password} (kept hidden as type 7), or null; the enable secret wins when both exist. */
    public HashedSecret enablePassword() { return enablePassword; }
    public void setEnablePassword(HashedSecret p) { this.enablePassword = p; }
    /** {@code ip ssh time-out} in seconds, or null for the default (120). */
    public Integer sshTimeoutSeconds() { return sshTimeoutSeconds; }
    public void setSshTimeoutSeconds(Integer s) { this.sshTimeoutSeconds = s; }
    /** {@code ip ssh authentication-retries}, or null for the default (3). */
    public Integer sshAuthenticationRetries() { return sshAuthenticationRetries; }
    public void setSshAuthenticationRetries(Integer r) { this.sshAuthenticationRetries = r; }
    /** {@code login block-for}, or null when login attacks are not watched. */
    public LoginBlock loginBlock() { return loginBlock; }
    public void setLoginBlock(LoginBlock b) { this.loginBlock = b; }
    /** {@code file prompt}: alert (the default), noisy or quiet. */
    public String filePrompt() { return filePrompt; }
    public void setFilePrompt(String level) { this.filePrompt = level; }
    /** The {@code archive} block, or null when there is none. */
    public ArchiveSettings archive() { return archive; }
    public void setArchive(ArchiveSettings archive) { this.archive = archive; }
    /** {@code ip scp server enable}. */
    public boolean scpServer() { return scpServer; }
    public void setScpServer(boolean on) { this.scpServer = on; }

    @Override
    protected List<Object> state() {
        return Arrays.asList(hostname, enableSecret, timestampsDebug, timestampsLog, loggingBuffered, loggingConsole,
                bannerMotd, domainName, sshVersion, aaaNewModel, filePrompt, archive, enablePassword,
                sshTimeoutSeconds, sshAuthenticationRetries, loginBlock, scpServer);
    }
}
