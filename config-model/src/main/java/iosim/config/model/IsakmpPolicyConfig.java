package iosim.config.model;

import java.util.Arrays;
import java.util.List;

/**
 * {@code crypto isakmp policy N}: IOS keywords as typed; the IOS defaults (des, sha, rsa-sig,
 * group 1, 86400 s) are what a new policy starts with and are not rendered.
 */
public final class IsakmpPolicyConfig extends ModelObject {
    public static final String DEFAULT_ENCRYPTION = "des";
    public static final String DEFAULT_HASH = "sha";
    public static final String DEFAULT_AUTH = "rsa-sig";
    public static final int DEFAULT_GROUP = 1;
    public static final long DEFAULT_LIFETIME = 86_400;

    private final int priority;
    private String encryption = DEFAULT_ENCRYPTION;
    private int keyBits;
    private String hash = DEFAULT_HASH;
    private String authentication = DEFAULT_AUTH;
    private int group = DEFAULT_GROUP;
    private long lifetime = DEFAULT_LIFETIME;

    public IsakmpPolicyConfig(int priority) {
        this.priority = priority;
    }

    /**
     * IOS's default policies (priorities 65507-65514): used when no {@code crypto isakmp policy}
     * is configured, listed by {@code show crypto isakmp default policy}. AES-128 with group 5 and
     * 3DES with group 2, each with sha then md5, each with rsa-sig then pre-share.
     */
    public static java.util.List<IsakmpPolicyConfig> iosDefaults() {
        java.util.List<IsakmpPolicyConfig> out = new java.util.ArrayList<>();
        int priority = 65507;
        for (String enc : new String[] {"aes", "3des"}) {
            for (String hash : new String[] {"sha", "md5"}) {
                for (String auth : new String[] {"rsa-sig", "pre-share"}) {
                    IsakmpPolicyConfig p = new IsakmpPolicyConfig(priority++);
                    p.setEncryption(enc, enc.equals("aes") ? 128 : 0);
                    p.setHash(hash);
                    p.setAuthentication(auth);
                    p.setGroup(enc.equals("aes") ? 5 : 2);
                    out.add(p);
                }
            }
        }
        return out;
    }

    public int priority() { return priority; }
    /** des, 3des or aes. */
    public String encryption() { return encryption; }
    /** AES key size (128 when {@code encryption aes} had none), 0 for des/3des. */
    public int keyBits() { return keyBits; }
    public void setEncryption(String e, int bits) { this.encryption = e; this.keyBits = bits; }
    /** md5, sha, sha256, sha384, sha512. */
    public String hash() { return hash; }
    public void setHash(String h) { this.hash = h; }
    /** pre-share or rsa-sig. */
    public String authentication() { return authentication; }
    public void setAuthentication(String a) { this.authentication = a; }
    public int group() { return group; }
    public void setGroup(int g) { this.group = g; }
    public long lifetime() { return lifetime; }
    public void setLifetime(long s) { this.lifetime = s; }

    @Override
    protected List<Object> state() {
        return Arrays.asList(priority, encryption, keyBits, hash, authentication, group, lifetime);
    }
}
