package iosim.config.model;

/** Interface types, in the order IOS lists them in the running configuration. */
public enum InterfaceType {
    LOOPBACK("Loopback", true),
    TUNNEL("Tunnel", true),
    GIGABIT_ETHERNET("GigabitEthernet", false),
    /** {@code interface Virtual-Template N type tunnel}: a template Virtual-Access interfaces are cloned from. */
    VIRTUAL_TEMPLATE("Virtual-Template", true);

    private final String ios;
    private final boolean virtual;

    InterfaceType(String ios, boolean virtual) {
        this.ios = ios;
        this.virtual = virtual;
    }

    /** The full IOS spelling, e.g. {@code GigabitEthernet}. */
    public String iosName() {
        return ios;
    }

    /** Virtual interfaces are created by the first {@code interface} command and can be removed. */
    public boolean isVirtual() {
        return virtual;
    }

    public static InterfaceType fromIosName(String name) {
        for (InterfaceType t : values()) {
            if (t.ios.equalsIgnoreCase(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown interface type " + name);
    }
}
