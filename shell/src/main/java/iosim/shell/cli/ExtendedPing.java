package iosim.shell.cli;

import iosim.grammar.cli.ValueKind;
import java.util.Locale;

/**
 * IOS's extended ping dialog ({@code ping} typed alone in privileged EXEC): Protocol, Target IP
 * address, Repeat count, Datagram size, Timeout, Extended commands (Source address or interface,
 * Type of service, DF bit, Validate reply data, Data pattern, Loose/Strict/Record/Timestamp/
 * Verbose), Sweep range of sizes. Each question takes its bracketed default on an empty answer; a
 * bad answer prints IOS's error and ends the dialog, as IOS does. The type of service, data pattern
 * and reply-data validation go to the dataplane; IP options (Loose, Strict, Record, Timestamp),
 * which it cannot send, are refused with a message rather than silently ignored. Answers are read with
 * {@link Terminal#ask}, so piped input answers line by line.
 */
final class ExtendedPing {
    private final Terminal term;

    ExtendedPing(Terminal term) {
        this.term = term;
    }

    /** Thrown inside the dialog when an answer ends it (the error is already printed). */
    private static final class Abort extends Exception {
        private static final long serialVersionUID = 1L;

        Abort() {
            super(null, null, false, false);
        }
    }

    /** Runs the dialog; null when it ended without a ping (bad answer, end of input). */
    PingSpec run() {
        try {
            return dialog();
        } catch (Abort a) {
            return null;
        }
    }

    private PingSpec dialog() throws Abort {
        String protocol = answer("Protocol [ip]: ");
        if (!protocol.isEmpty() && !protocol.equalsIgnoreCase("ip")) {
            fail("% Unknown protocol - \"" + protocol + "\", type \"ping ?\" for help\n");
        }
        String target = answer("Target IP address: ");
        if (target.isEmpty()) {
            fail("% Bad IP address\n");
        }
        if (!ValueKind.IPV4.matches(target)) {
            fail("% Unrecognized host or address, or protocol not running.\n\n");
        }
        int repeat = number("Repeat count [5]: ", 5, 1, Integer.MAX_VALUE);
        int size = number("Datagram size [100]: ", 100, PingSpec.MIN_SIZE, PingSpec.MAX_SIZE);
        int timeout = number("Timeout in seconds [2]: ", 2, 0, 3600);
        String source = null;
        int tos = 0;
        boolean df = false;
        boolean validate = false;
        int pattern = PingSpec.DEFAULT_PATTERN;
        boolean verbose = false;
        if (yes("Extended commands [n]: ", false)) {
            source = answer("Source address or interface: ");
            if (source.isEmpty()) {
                source = null;
            } else if (!ValueKind.IPV4.matches(source) && !looksLikeInterface(source)) {
                fail("% Invalid source. Must use same-VRF IP address or full interface name without spaces "
                        + "(e.g. Serial0/1)\n");
            }
            tos = number("Type of service [0]: ", 0, 0, 255);
            df = yes("Set DF bit in IP header? [no]: ", false);
            validate = yes("Validate reply data? [no]: ", false);
            pattern = hex("Data pattern [0xABCD]: ", PingSpec.DEFAULT_PATTERN);
            verbose = options();
        }
        int sweepMax = size;
        int sweepStep = 1;
        if (yes("Sweep range of sizes [n]: ", false)) {
            size = number("Sweep min size [36]: ", PingSpec.MIN_SIZE, PingSpec.MIN_SIZE, PingSpec.MAX_SIZE);
            sweepMax = number("Sweep max size [18024]: ", PingSpec.MAX_SIZE, size, PingSpec.MAX_SIZE);
            sweepStep = number("Sweep interval [1]: ", 1, 1, PingSpec.MAX_SIZE);
        }
        return new PingSpec(target, repeat, size, sweepMax, sweepStep, timeout, source, df, tos, validate, pattern,
                verbose);
    }

    /** {@code Loose, Strict, Record, Timestamp, Verbose[none]:} until an empty answer; true when Verbose is on. */
    private boolean options() throws Abort {
        boolean verbose = false;
        while (true) {
            String a = answer("Loose, Strict, Record, Timestamp, Verbose[" + (verbose ? "V" : "none") + "]: ");
            if (a.isEmpty()) {
                return verbose;
            }
            String w = a.toLowerCase(Locale.ROOT);
            if ("verbose".startsWith(w)) {
                verbose = !verbose;
            } else if ("loose".startsWith(w) || "strict".startsWith(w) || "record".startsWith(w)
                    || "timestamp".startsWith(w)) {
                term.print("% IP options are not supported by this router\n");
            } else {
                term.print("% Invalid option - \"" + a + "\"\n");
            }
        }
    }

    private static boolean looksLikeInterface(String s) {
        return s.matches("(?i)(GigabitEthernet|Loopback|Tunnel)[0-9][0-9/.]*");
    }

    private String answer(String question) throws Abort {
        String a = term.ask(question);
        if (a == null) {
            throw new Abort();
        }
        return a.strip();
    }

    private void fail(String error) throws Abort {
        term.print(error);
        throw new Abort();
    }

    private int number(String question, int dflt, int min, int max) throws Abort {
        String a = answer(question);
        if (a.isEmpty()) {
            return dflt;
        }
        try {
            long v = Long.parseLong(a);
            if (v >= min && v <= max) {
                return (int) v;
            }
        } catch (NumberFormatException e) {
            // falls through to the error
        }
        fail("% A decimal number between " + min + " and " + max + ".\n");
        return dflt;
    }

    private int hex(String question, int dflt) throws Abort {
        String a = answer(question);
        if (a.isEmpty()) {
            return dflt;
        }
        String digits = a.toLowerCase(Locale.ROOT).startsWith("0x") ? a.substring(2) : a;
        try {
            int v = Integer.parseInt(digits, 16);
            if (v >= 0 && v <= 0xFFFF) {
                return v;
            }
        } catch (NumberFormatException e) {
            // falls through to the error
        }
        fail("% A hexadecimal number between 0x0 and 0xFFFF.\n");
        return dflt;
    }

    private boolean yes(String question, boolean dflt) throws Abort {
        String a = answer(question).toLowerCase(Locale.ROOT);
        if (a.isEmpty()) {
            return dflt;
        }
        if ("yes".startsWith(a)) {
            return true;
        }
        if ("no".startsWith(a)) {
            return false;
        }
        fail("% Please answer 'yes' or 'no'.\n");
        return dflt;
    }
}
