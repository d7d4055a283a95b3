package iosim.config.model;

import java.util.Arrays;
import java.util.List;

/**
 * {@code crypto ipsec security-association replay|lifetime}, {@code crypto ipsec df-bit} and
 * {@code crypto ipsec fragmentation}; null fields mean the default.
 */
public final class IpsecGlobals extends ModelObject {
    /** {@code crypto ipsec df-bit}: the outer header's DF bit (IOS's default: copy). */
    public enum DfBit { CLEAR, SET, COPY }

    public static final int DEFAULT_REPLAY_WINDOW = 64;
    public static final int DEFAULT_LIFETIME_SECONDS = 3600;
    public static final long DEFAULT_LIFETIME_KILOBYTES = 4608000L;

    private Integer replayWindowSize;
    private boolean replayDisabled;
    private Integer lifetimeSeconds;
    private Long lifetimeKilobytes;
    private DfBit dfBit = DfBit.COPY;
    private boolean fragmentAfterEncryption;

    public Integer replayWindowSize() { return replayWindowSize; }
    public void setReplayWindowSize(Integer w) { this.replayWindowSize = w; }
    public boolean replayDisabled() { return replayDisabled; }
    public void setReplayDisabled(boolean d) { this.replayDisabled = d; }
    public Integer lifetimeSeconds() { return lifetimeSeconds; }
    public void setLifetimeSeconds(Integer s) { this.lifetimeSeconds = s; }
    public Long lifetimeKilobytes() { return lifetimeKilobytes; }
    public void setLifetimeKilobytes(Long kb) { this.lifetimeKilobytes = kb; }

    public DfBit dfBit() { return dfBit; }
    public void setDfBit(DfBit d) { this.dfBit = d; }
    /** {@code crypto ipsec fragmentation after-encryption} (IOS's default is before-encryption). */
    public boolean fragmentAfterEncryption() { return fragmentAfterEncryption; }
    public void setFragmentAfterEncryption(boolean after) { this.fragmentAfterEncryption = after; }

    public int effectiveReplayWindow() { return replayWindowSize != null ? replayWindowSize : DEFAULT_REPLAY_WINDOW; }
    public int effectiveLifetimeSeconds() { return lifetimeSeconds != null ? lifetimeSeconds : DEFAULT_LIFETIME_SECONDS; }
    public long effectiveLifetimeKilobytes() { return lifetimeKilobytes != null ? lifetimeKilobytes : DEFAULT_LIFETIME_KILOBYTES; }

    @Override
    protected List<Object> state() {
        return Arrays.asList(replayWindowSize, replayDisabled, lifetimeSeconds, lifetimeKilobytes, dfBit,
                fragmentAfterEncryption);
    }
}
