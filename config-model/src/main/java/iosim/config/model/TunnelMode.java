package iosim.config.model;

/** {@code tunnel mode}: GRE over IP (the IOS default) or a static IPsec VTI. */
public enum TunnelMode {
    GRE_IP("gre ip"),
    IPSEC_IPV4("ipsec ipv4");

    private final String ios;

    TunnelMode(String ios) {
        this.ios = ios;
    }

    public String iosText() {
        return ios;
    }
}
