package iosim.shell.cli;

import iosim.grammar.IosParser;
import iosim.grammar.cli.ValueKind;
import java.util.function.Consumer;

/**
 * {@code ping A.B.C.D [repeat N] [size N] [timeout N] [source IF|A] [df-bit]} as a
 * {@link PingSpec}; out-of-range numbers and an unknown destination get IOS's error text.
 */
final class PingKeywords {
    private PingKeywords() {}

    /** The ping the keywords ask for, or null after printing why there is none. */
    static PingSpec spec(IosParser.Ping_cmdContext c, Consumer<String> print) {
        String dest = c.ping_dest().getText();
        if (!ValueKind.IPV4.matches(dest)) {
            print.accept("% Unrecognized host or address, or protocol not running.\n\n");
            return null;
        }
        PingSpec d = PingSpec.of(dest);
        long repeat = d.repeat();
        long size = d.size();
        long timeout = d.timeoutSeconds();
        String source = null;
        boolean df = false;
        for (IosParser.Ping_optionContext o : c.ping_option()) {
            if (o.ping_repeat() != null) {
                repeat = number(o.ping_repeat().ping_count().getText());
            } else if (o.ping_size() != null) {
                size = number(o.ping_size().ping_bytes().getText());
            } else if (o.ping_timeout() != null) {
                timeout = number(o.ping_timeout().ping_seconds().getText());
            } else if (o.ping_source() != null) {
                source = o.ping_source().exec_interface() != null
                        ? ExecCommands.interfaceName(o.ping_source().exec_interface())
                        : o.ping_source().ping_source_addr().getText();
            } else {
                df = true; // df-bit
            }
        }
        if (repeat < 1 || repeat > Integer.MAX_VALUE) {
            print.accept("% A decimal number between 1 and 2147483647.\n");
            return null;
        }
        if (size < PingSpec.MIN_SIZE || size > PingSpec.MAX_SIZE) {
            print.accept("% A decimal number between " + PingSpec.MIN_SIZE + " and " + PingSpec.MAX_SIZE + ".\n");
            return null;
        }
        if (timeout < 0 || timeout > 3600) {
            print.accept("% A decimal number between 0 and 3600.\n");
            return null;
        }
        return new PingSpec(dest, (int) repeat, (int) size, (int) size, 1, (int) timeout, source, df, 0, false,
                PingSpec.DEFAULT_PATTERN, false);
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
