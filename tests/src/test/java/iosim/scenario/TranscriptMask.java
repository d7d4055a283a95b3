package iosim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Masks the fields of a console transcript that differ from run to run (SPIs, times, remaining
 * lifetimes, counters, ping results, round-trip times) and drops the asynchronous log lines
 * (their position depends on timing) and the bare prompts reprinted after them; what remains
 * must match the golden file exactly.
 */
final class TranscriptMask {
    private static final Pattern BARE_PROMPT = Pattern.compile("^[A-Za-z0-9._-]+(\\([a-z0-9-]+\\))?[#>]$");
    private static final Pattern LOG_LINE = Pattern.compile("^\\*[A-Z][a-z]{2} [ 0-9]\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}: .*");

    private TranscriptMask() {}

    static String mask(String transcript) {
        List<String> kept = new ArrayList<>();
        boolean inLog = false;
        for (String line : transcript.split("\n", -1)) {
            if (LOG_LINE.matcher(line).matches()) {
                inLog = true;
                continue;
            }
            if (inLog && !line.isEmpty() && (line.startsWith(" ") || line.startsWith("Initiator SPI")
                    || line.startsWith("IKEv2 ") || line.startsWith("Payload contents") || line.startsWith("Num. "))) {
                continue;
            }
            inLog = false;
            if (BARE_PROMPT.matcher(line).matches()) {
                continue; // the console reprints the prompt after asynchronous log lines
            }
            kept.add(maskLine(line));
        }
        return String.join("\n", kept);
    }

    static String maskLine(String l) {
        l = l.replaceAll("\\b[0-9A-F]{16}\\b", "<IKE-SPI>");
        l = l.replaceAll("0x[0-9A-F]+\\(\\d+\\)", "<SPI>");
        l = l.replaceAll("ESP spi in/out: 0x[0-9A-F]+/0x[0-9A-F]+", "ESP spi in/out: <SPI>/<SPI>");
        l = l.replaceAll("Life/Active Time: (\\d+)/\\d+ sec", "Life/Active Time: $1/<T> sec");
        l = l.replaceAll("\\(k/sec\\): \\(\\d+/\\d+\\)", "(k/sec): (<KB>/<S>)");
        l = l.replaceAll("life \\(KB/Sec\\) \\d+/\\d+", "life (KB/Sec) <KB>/<S>");
        l = l.replaceAll("(#pkts [a-z .()]+?:? )\\d+", "$1<N>");
        l = l.replaceAll("(##pkts replay failed \\(rcv\\): )\\d+", "$1<N>");
        l = l.replaceAll("#send errors \\d+, #recv errors \\d+", "#send errors <N>, #recv errors <N>");
        l = l.replaceAll("(#pkts (?:dec|enc)'ed )\\d+ drop \\d+", "$1<N> drop <N>");
        l = l.replaceAll("^[.!UQM&]{1,70}$", "<PROBES>");
        l = l.replaceAll("^Success rate is \\d+ percent \\(\\d+/(\\d+)\\).*", "Success rate is <P> percent (<R>/$1)<RTT>");
        l = l.replaceAll("(Uptime|lifetime): ?\\d\\d:\\d\\d:\\d\\d", "$1: <HMS>");
        l = l.replaceAll("(Remote (?:req msg id|next msg id|req queued): +)\\d+", "$1<N>");
        l = l.replaceAll("(Local (?:req msg id|next msg id|req queued): +)\\d+", "$1<N>");
        return l;
    }
}
