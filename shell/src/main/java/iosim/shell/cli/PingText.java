package iosim.shell.cli;

/**
 * {@code ping}/{@code traceroute} output when no reply can come back: the dataplane is not
 * connected to the CLI yet, so every probe times out (what IOS prints with no path).
 */
final class PingText {
    private PingText() {}

    static String noReplies(String dest, int repeat, int size, int timeout) {
        StringBuilder sb = new StringBuilder();
        sb.append("Type escape sequence to abort.\n");
        sb.append("Sending ").append(repeat).append(", ").append(size).append("-byte ICMP Echos to ").append(dest)
                .append(", timeout is ").append(timeout).append(" seconds:\n");
        for (int i = 0; i < repeat; i++) {
            sb.append('.');
            if ((i + 1) % 70 == 0 && i + 1 < repeat) {
                sb.append('\n');
            }
        }
        sb.append('\n');
        sb.append("Success rate is 0 percent (0/").append(repeat).append(")\n");
        return sb.toString();
    }

    /** {@link #noReplies(String, int, int, int)} for any {@link PingSpec} (sweep, DF bit, verbose). */
    static String noReplies(PingSpec s) {
        StringBuilder sb = new StringBuilder();
        long total = s.total();
        sb.append("Type escape sequence to abort.\n");
        sb.append("Sending ").append(total).append(", ")
                .append(s.sweep() ? "[" + s.size() + ".." + s.sweepMax() + "]" : String.valueOf(s.size()))
                .append("-byte ICMP Echos to ").append(s.destination()).append(", timeout is ")
                .append(s.timeoutSeconds()).append(" seconds:\n");
        if (s.df()) {
            sb.append("Packet sent with the DF bit set\n");
        }
        for (long i = 0; i < total; i++) {
            if (s.verbose()) {
                sb.append("Request ").append(i).append(" timed out\n");
                continue;
            }
            sb.append('.');
            if ((i + 1) % 70 == 0 && i + 1 < total) {
                sb.append('\n');
            }
        }
        if (!s.verbose()) {
            sb.append('\n');
        }
        sb.append("Success rate is 0 percent (0/").append(total).append(")\n");
        return sb.toString();
    }

    static String traceNoReplies(String dest) {
        StringBuilder sb = new StringBuilder();
        sb.append("Type escape sequence to abort.\n");
        sb.append("Tracing the route to ").append(dest).append('\n');
        sb.append("VRF info: (vrf in name/id, vrf out name/id)\n");
        for (int hop = 1; hop <= 30; hop++) {
            sb.append(String.format("%3d  *  *  * ", hop)).append('\n');
        }
        return sb.toString();
    }
}
