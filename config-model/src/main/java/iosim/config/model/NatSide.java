package iosim.config.model;

/** {@code ip nat inside|outside} on an interface. */
public enum NatSide {
    INSIDE, OUTSIDE;

    public String iosText() {
        return name().toLowerCase();
    }
}
