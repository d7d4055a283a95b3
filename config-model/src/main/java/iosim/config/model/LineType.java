package iosim.config.model;

/** Terminal line kinds, in running-config order. */
public enum LineType {
    CONSOLE("con", 0),
    AUX("aux", 0),
    VTY("vty", 15);

    private final String ios;
    private final int maxNumber;

    LineType(String ios, int maxNumber) {
        this.ios = ios;
        this.maxNumber = maxNumber;
    }

    /** The short form IOS writes ({@code con}, {@code aux}, {@code vty}). */
    public String iosName() {
        return ios;
    }

    public int maxNumber() {
        return maxNumber;
    }
}
