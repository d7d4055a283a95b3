package iosim.shell.cli;

import iosim.config.mode.Mode;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads a startup-config as IOS does: line by line, in global configuration mode, through the
 * same CLI session and mode stack as typed commands (indented or not). Each rejected line is
 * reported as {@code FILE:LINE: } followed by the line and IOS's error (the caret counts from
 * the end of that prefix); the rest still loads. Loading stops at a top-level {@code end}.
 */
public final class StartupConfigLoader {
    private final Router router;

    public StartupConfigLoader(Router router) {
        this.router = router;
    }

    /** Applies the text; returns the error reports (one string per output line). */
    public List<String> load(String fileName, String text) {
        return load(fileName, text, false);
    }

    /** As {@link #load(String, String)}; {@code booting} selects IOS's boot-time semantics. */
    public List<String> load(String fileName, String text, boolean booting) {
        CaptureTerminal capture = new CaptureTerminal();
        CliSession session = new CliSession(router, capture, "console");
        session.setExecMode(Mode.PRIV_EXEC);
        session.enterConfig();
        session.setBooting(booting);
        List<String> errors = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().equals("end") && !line.startsWith(" ")) {
                break;
            }
            if (!session.mode().isConfig()) {
                session.enterConfig();
            }
            String prefix = fileName + ":" + (i + 1) + ": ";
            session.setCaretBase(prefix.length());
            capture.reset();
            boolean ok = session.execute(line);
            if (!ok) {
                errors.add(prefix + line);
                for (String out : capture.text().split("\n")) {
                    if (!out.isEmpty()) {
                        errors.add(out);
                    }
                }
            }
        }
        return errors;
    }
}
