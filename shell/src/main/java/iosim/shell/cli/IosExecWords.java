package iosim.shell.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The first words of IOS 15 privileged EXEC, including the commands iosim does not implement,
 * so that an abbreviation IOS finds ambiguous ({@code s}: send, set, setup, show, ...) is
 * answered {@code % Ambiguous command:  "s"} although iosim's grammar has one match.
 */
final class IosExecWords {
    private static final List<String> WORDS = List.of(
            "access-enable", "access-profile", "access-template", "archive", "auto", "beep", "bfe", "calendar", "cd",
            "clear", "clock", "configure", "connect", "copy", "debug", "delete", "diagnostic", "dir", "disable",
            "disconnect", "dot1x", "enable", "eou", "erase", "event", "exit", "format", "fsck", "help", "if-mgr",
            "ip", "lock", "login", "logout", "mkdir", "monitor", "more", "mtrace", "name-connection", "no", "pad",
            "ping", "pkgadd", "ppp", "release", "reload", "rename", "renew", "resume", "rlogin", "rmdir", "rsh",
            "send", "set", "setup", "show", "slip", "ssh", "start-chat", "systat", "tclquit", "tclsh", "telnet",
            "terminal", "test", "traceroute", "tunnel", "udld", "undebug", "upgrade", "verify", "webvpn", "where",
            "which-route", "write", "x28", "x3");

    /** IOS's preferred short forms among them (reference 1.3). */
    private static final Map<String, String> PREFERRED = Map.of("p", "ping", "u", "undebug");

    private IosExecWords() {}

    /** True when IOS would call this first EXEC word ambiguous. */
    static boolean ambiguous(String firstWord) {
        String w = firstWord.toLowerCase(Locale.ROOT);
        if (w.isEmpty() || PREFERRED.containsKey(w)) {
            return false;
        }
        int hits = 0;
        for (String k : WORDS) {
            if (k.equals(w)) {
                return false;
            }
            if (k.startsWith(w)) {
                hits++;
            }
        }
        return hits > 1;
    }
}
