package iosim.config.model;

import java.util.Arrays;
import java.util.List;

/** {@code crypto ipsec security-association replay|lifetime}; null fields mean the default. */
public final class IpsecGlobals extends ModelObject {
    public static final int DEFAULT_REPLAY_WINDOW = 64;
    public static final int DEFAULT_LIFETIME_SECONDS = 3600;
    public static final long DEFAULT_LIFETIME_KILOBYTES = 4608000L;

    private Integer replayWindowSize;
    private boolean replayDisabled;
    private Integer lifetimeSeconds;
    private Long lifetimeKilobytes;

    public Integer replayWindowSize() { return replayWindowSize; }
    public void setReplayWindowSize(Integer w) { this.replayWindowSize = w; }
    public boolean replayDisabled() { return replayDisabled; }
    public void setReplayDisabled(boolean d) { this.replayDisabled = d; }
    public Integer lifetimeSeconds() { return lifetimeSeconds; }
    public void setLifetimeSeconds(Integer s) { this.lifetimeSeconds = s; }
    public Long lifetimeKilobytes() { return lifetimeKilobytes; }
    public void setLifetimeKilobytes(Long kb) { this.lifetimeKilobytes = kb; }

    public int effectiveReplayWindow() { return replayWindowSize != null ? replayWindowSize : DEFAULT_REPLAY_WINDOW; }
    public int effectiveLifetimeSeconds() { return lifetimeSeconds != null ? lifetimeSeconds : DEFAULT_LIFETIME_SECONDS; }
    public long effectiveLifetimeKilobytes() { return lifetimeKilobytes != null ? lifetimeKilobytes : DEFAULT_LIFETIME_KILOBYTES; }

    @Override
    protected List<Object> state() {
        return Arrays.asList(replayWindowSize, replayDisabled, lifetimeSeconds, lifetimeKilobytes);
    }
}
