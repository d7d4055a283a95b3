package iosim.shell.cli;

import iosim.grammar.cli.KeywordFilter;
import java.util.Set;

/**
 * The EXEC commands user EXEC ({@code Router>}) does not offer: they are neither matched nor
 * listed by {@code ?}, as on IOS, where they appear only after {@code enable}.
 */
public final class PrivilegeFilter {
    private static final Set<String> PRIVILEGED = Set.of(
            "configure_cmd.configure", "write_cmd.write", "copy_cmd.copy", "erase_cmd.erase",
            "reload_cmd.reload", "debug_cmd.debug", "undebug_cmd.undebug", "no_exec_cmd.no",
            "clear_cmd.clear", "show_running.running-config", "show_startup.startup-config",
            "show_crypto.crypto", "show_debugging.debugging", "show_logging.logging",
            "dir_cmd.dir", "more_cmd.more", "delete_cmd.delete", "rename_cmd.rename", "mkdir_cmd.mkdir",
            "rmdir_cmd.rmdir", "verify_cmd.verify", "archive_exec.archive", "show_archive.archive",
            "monitor_cmd.monitor", "monitor_cmd.no", "show_monitor.monitor", "pki_exec.crypto");

    /** Hides the privileged commands (user EXEC). */
    public static final KeywordFilter USER_EXEC = (rule, keyword) -> PRIVILEGED.contains(rule + "." + keyword);

    private PrivilegeFilter() {}
}
