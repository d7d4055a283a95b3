package iosim.shell.controller.capture;

import java.util.List;
import java.util.Locale;

/**
 * {@code show monitor capture NAME buffer brief} in IOS-XE's table layout: one line per packet
 * with its number, size, time since the first packet, source and destination, DSCP and protocol.
 */
public final class CaptureBriefText {
    private static final String RULE = " -------------------------------------------------------------\n";

    private CaptureBriefText() {
    }

    public static String render(List<CaptureFrames.Frame> frames) {
        StringBuilder out = new StringBuilder();
        out.append(RULE).append(" #   size   timestamp     source             destination      dscp    protocol\n")
                .append(RULE);
        long t0 = frames.isEmpty() ? 0 : frames.get(0).epochMicros();
        for (int n = 0; n < frames.size(); n++) {
            CaptureFrames.Frame f = frames.get(n);
            byte[] d = f.data();
            String src = "";
            String dst = "";
            int dscp = 0;
            String proto;
            if (d.length >= 34 && (d[12] & 0xff) == 0x08 && d[13] == 0) {
                src = ip(d, 26);
                dst = ip(d, 30);
                dscp = (d[15] & 0xff) >>> 2;
                proto = protocol(d[23] & 0xff);
            } else if (d.length >= 14 && (d[12] & 0xff) == 0x08 && (d[13] & 0xff) == 0x06) {
                proto = "ARP";
            } else {
                proto = "L2";
            }
            out.append(String.format(Locale.ROOT, "%4d %5d %11.6f   %-15s  ->  %-15s %2d  %-4s %s\n", n,
                    f.originalLength(), (f.epochMicros() - t0) / 1e6, src, dst, dscp, dscpName(dscp), proto));
        }
        return out.toString();
    }

    /** {@code buffer detailed}: each packet's brief line, then its bytes in hex, 16 per line. */
    public static String detailed(List<CaptureFrames.Frame> frames) {
        String[] lines = render(frames).split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int n = 0; n < 3 && n < lines.length; n++) {
            out.append(lines[n]).append('\n');
        }
        for (int n = 0; n < frames.size(); n++) {
            out.append(lines[n + 3]).append('\n');
            byte[] d = frames.get(n).data();
            for (int at = 0; at < d.length; at += 16) {
                out.append(String.format(Locale.ROOT, "  %04X: ", at));
                for (int k = at; k < Math.min(d.length, at + 16); k++) {
                    out.append(String.format(Locale.ROOT, " %02X", d[k] & 0xff));
                }
                out.append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String ip(byte[] d, int at) {
        return (d[at] & 0xff) + "." + (d[at + 1] & 0xff) + "." + (d[at + 2] & 0xff) + "." + (d[at + 3] & 0xff);
    }

    private static String protocol(int p) {
        return switch (p) {
            case 1 -> "ICMP";
            case 6 -> "TCP";
            case 17 -> "UDP";
            case 47 -> "GRE";
            case 50 -> "ESP";
            case 51 -> "AH";
            case 89 -> "OSPF";
            default -> Integer.toString(p);
        };
    }

    private static String dscpName(int dscp) {
        if (dscp == 0) {
            return "BE";
        }
        if (dscp == 46) {
            return "EF";
        }
        if (dscp % 8 == 0) {
            return "CS" + dscp / 8;
        }
        if (dscp >= 10 && dscp <= 38 && dscp % 2 == 0) {
            return "AF" + dscp / 8 + ((dscp % 8) / 2);
        }
        return "";
    }
}
