package iosim.shell.controller.tunnel;

import java.util.Locale;

/**
 * The one place SPIs become IOS text: {@code 0xC03B91D2(3225129426)} as {@code show crypto ipsec
 * sa} and {@code debug crypto ipsec} print an ESP SPI, {@code 0xC03B91D2} (eight digits) where a
 * short form is wanted, and the sixteen-digit IKE SPI of {@code show crypto ikev2 sa detailed}.
 */
public final class SpiText {
    private SpiText() {}

    /** An ESP/AH SPI as IOS prints it: upper-case hex without leading zeros, then decimal ({@code 0x0(0)}). */
    public static String esp(long spi) {
        long v = spi & 0xffff_ffffL;
        return "0x" + Long.toHexString(v).toUpperCase(Locale.ROOT) + "(" + v + ")";
    }

    /** {@link #esp(long)} of a signed 32-bit SPI as the engines hand it out. */
    public static String esp(int spi) {
        return esp(Integer.toUnsignedLong(spi));
    }

    /** Eight hex digits, {@code 0x0A1B2C3D}: the short form (dashboards, error notes). */
    public static String hex8(long spi) {
        return String.format(Locale.ROOT, "0x%08X", spi & 0xffff_ffffL);
    }

    /** An IKE SPI: sixteen upper-case hex digits. */
    public static String ike(long spi) {
        return String.format(Locale.ROOT, "%016X", spi);
    }
}
