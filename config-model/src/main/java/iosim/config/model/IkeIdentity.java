package iosim.config.model;

/**
 * An IKE identity: kind {@code address|fqdn|email|key-id|dn|any}, its value (null for dn/any),
 * for remote matches an optional mask (address) or the {@code domain} flag (fqdn/email).
 */
public record IkeIdentity(String kind, String value, Ipv4 mask, boolean domain) {

    public static IkeIdentity of(String kind, String value) {
        return new IkeIdentity(kind, value, null, false);
    }

    /** The identity as IOS writes it after {@code identity local} / {@code match identity remote}. */
    public String iosText() {
        StringBuilder s = new StringBuilder(kind);
        if (domain) {
            s.append(" domain");
        }
        if (value != null) {
            s.append(' ').append(value);
        }
        if (mask != null) {
            s.append(' ').append(mask);
        }
        return s.toString();
    }
}
