package iosim.dataplane.ipsec;

/**
 * Which IPv4 options AH authenticates (RFC 4302 section 3.3.3.1.1.1 and appendix A.1): IPv4 has no
 * "may change en route" bit, so the RFC lists the immutable ones (End of Options List, No
 * Operation, Security, Extended Security, Commercial Security, Router Alert, Sender Directed
 * Multi-Destination Delivery); every other option (Record Route, Time Stamp, Loose/Strict Source
 * Route, Traceroute, ...) is mutable and zeroed as a whole, type and length included, for the
 * ICV computation. A malformed option list is zeroed from the bad option to the header's end.
 */
final class AhMutableOptions {
    private static final int EOOL = 0;
    private static final int NOP = 1;

    private AhMutableOptions() {}

    static boolean isImmutable(int type) {
        return switch (type) {
            case EOOL, NOP, 130, 133, 134, 148, 149 -> true;
            default -> false;
        };
    }

    /**
     * Zeroes the mutable options of the IPv4 header at {@code ip} in place, saving the header's
     * option bytes into {@code saved} first (at least 40 bytes) for {@link #restore}.
     *
     * @return the number of option bytes saved (0 when the header has no options)
     */
    static int zero(byte[] a, int ip, byte[] saved) {
        int hl = Ipv4Header.headerLength(a, ip);
        int start = ip + Ipv4Header.MIN_LENGTH;
        int end = ip + hl;
        int n = end - start;
        if (n <= 0) {
            return 0;
        }
        System.arraycopy(a, start, saved, 0, n);
        int i = start;
        while (i < end) {
            int type = a[i] & 0xff;
            if (type == EOOL) {
                break;                      // the rest is padding, covered as it is
            }
            if (type == NOP) {
                i++;
                continue;
            }
            int len = i + 1 < end ? a[i + 1] & 0xff : 0;
            if (len < 2 || i + len > end) {
                java.util.Arrays.fill(a, i, end, (byte) 0);
                break;
            }
            if (!isImmutable(type)) {
                java.util.Arrays.fill(a, i, i + len, (byte) 0);
            }
            i += len;
        }
        return n;
    }

    /** Puts back the option bytes {@link #zero} saved. */
    static void restore(byte[] a, int ip, byte[] saved, int n) {
        if (n > 0) {
            System.arraycopy(saved, 0, a, ip + Ipv4Header.MIN_LENGTH, n);
        }
    }
}
