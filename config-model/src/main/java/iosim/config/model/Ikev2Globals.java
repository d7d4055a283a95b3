package iosim.config.model;

import java.util.Arrays;
import java.util.List;

/** Global {@code crypto ikev2 dpd / nat keepalive / cookie-challenge}; null means not configured. */
public final class Ikev2Globals extends ModelObject {
    private Dpd dpd;
    private Integer natKeepalive;
    private Integer cookieChallenge;

    public Dpd dpd() { return dpd; }
    public void setDpd(Dpd dpd) { this.dpd = dpd; }
    public Integer natKeepalive() { return natKeepalive; }
    public void setNatKeepalive(Integer s) { this.natKeepalive = s; }
    /** Half-open SA count from which COOKIE is demanded, or null. */
    public Integer cookieChallenge() { return cookieChallenge; }
    public void setCookieChallenge(Integer n) { this.cookieChallenge = n; }

    @Override
    protected List<Object> state() {
        return Arrays.asList(dpd, natKeepalive, cookieChallenge);
    }
}
