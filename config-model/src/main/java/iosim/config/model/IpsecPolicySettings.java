package iosim.config.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code set ...} values shared by IPsec profiles and crypto map entries: transform sets
 * in order, IKEv2 profile, PFS group ({@code group14}...) and SA lifetimes (null = global).
 */
public final class IpsecPolicySettings extends ModelObject {
    private final List<String> transformSets = new ArrayList<>();
    private String ikev2Profile;
    private String pfsGroup;
    private String isakmpProfile;
    private Integer lifetimeSeconds;
    private Long lifetimeKilobytes;
    private boolean kilobytesDisabled;

    public List<String> transformSets() { return List.copyOf(transformSets); }
    public void setTransformSets(List<String> names) { transformSets.clear(); transformSets.addAll(names); }
    public String ikev2Profile() { return ikev2Profile; }
    public void setIkev2Profile(String p) { this.ikev2Profile = p; }
    /** {@code set isakmp-profile NAME} (IKEv1), or null. */
    public String isakmpProfile() { return isakmpProfile; }
    public void setIsakmpProfile(String p) { this.isakmpProfile = p; }
    public String pfsGroup() { return pfsGroup; }
    public void setPfsGroup(String g) { this.pfsGroup = g; }
    public Integer lifetimeSeconds() { return lifetimeSeconds; }
    public void setLifetimeSeconds(Integer s) { this.lifetimeSeconds = s; }
    public Long lifetimeKilobytes() { return lifetimeKilobytes; }
    public void setLifetimeKilobytes(Long kb) { this.lifetimeKilobytes = kb; }
    /** {@code set security-association lifetime kilobytes disable}. */
    public boolean kilobytesDisabled() { return kilobytesDisabled; }
    public void setKilobytesDisabled(boolean d) { this.kilobytesDisabled = d; }

    @Override
    protected List<Object> state() {
        return Arrays.asList(transformSets, ikev2Profile, isakmpProfile, pfsGroup, lifetimeSeconds, lifetimeKilobytes, kilobytesDisabled);
    }
}
