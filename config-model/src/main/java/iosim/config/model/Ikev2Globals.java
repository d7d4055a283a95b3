package iosim.config.model;

import java.util.Arrays;
import java.util.List;

/** Global {@code crypto ikev2 dpd / nat keepalive / cookie-challenge / fragmentation}; null means not configured. */
public final class Ikev2Globals extends ModelObject {
    private Dpd dpd;
    private Integer natKeepalive;
    private Integer cookieChallenge;
    private boolean fragmentation;
    private Integer fragmentationMtu;

    public Dpd dpd() { return dpd; }
    public void setDpd(Dpd dpd) { this.dpd = dpd; }
    public Integer natKeepalive() { return natKeepalive; }
    public void setNatKeepalive(Integer s) { this.natKeepalive = s; }
    /** Half-open SA count from which COOKIE is demanded, or null. */
    public Integer cookieChallenge() { return cookieChallenge; }
    public void setCookieChallenge(Integer n) { this.cookieChallenge = n; }

    /** {@code crypto ikev2 fragmentation} is configured (IOS: off unless configured). */
    public boolean fragmentation() { return fragmentation; }
    /** Its {@code mtu} (68-1500), or null for IOS's default. */
    public Integer fragmentationMtu() { return fragmentationMtu; }
    /** IOS's MTU when {@code crypto ikev2 fragmentation} has no {@code mtu} ({@code show run all}). */
    public static final int DEFAULT_FRAGMENTATION_MTU = 576;
    public int effectiveFragmentationMtu() {
        return fragmentationMtu == null ? DEFAULT_FRAGMENTATION_MTU : fragmentationMtu;
    }
    public void setFragmentation(boolean on, Integer mtu) {
        this.fragmentation = on;
        this.fragmentationMtu = on ? mtu : null;
    }

    @Override
    protected List<Object> state() {
        return Arrays.asList(dpd, natKeepalive, cookieChallenge, fragmentation, fragmentationMtu);
    }
}
