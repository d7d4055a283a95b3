package iosim.shell.cli;

import iosim.grammar.IosParser;
import java.util.function.Function;

/** {@code monitor capture ...} and {@code show monitor capture ...}: the parse tree mapped onto {@link CapturePoints}. */
final class CaptureCommands {
    private static final String NO_DATAPLANE = "% Packet capture needs the router's dataplane (a lab or router process)\n";

    private CaptureCommands() {
    }

    static String run(CapturePoints points, IosParser.Monitor_cmdContext c,
            Function<IosParser.Exec_interfaceContext, String> ifName) {
        if (points == null) {
            return NO_DATAPLANE;
        }
        String name = c.capture_name().getText();
        if (c.neg != null) {
            IosParser.Capture_settingContext s = c.capture_setting();
            return points.remove(name, s == null ? null : s.getStart().getText().toLowerCase(java.util.Locale.ROOT));
        }
        IosParser.Capture_actionContext a = c.capture_action();
        if (a.capture_start() != null) {
            return points.start(name);
        }
        if (a.capture_stop() != null) {
            return points.stop(name);
        }
        if (a.capture_clear() != null) {
            return points.clear(name);
        }
        if (a.capture_export() != null) {
            return points.export(name, a.capture_export().capture_file().getText());
        }
        IosParser.Capture_settingContext s = a.capture_setting();
        if (s.capture_interface() != null) {
            return points.setInterface(name, ifName.apply(s.capture_interface().exec_interface()),
                    s.capture_interface().capture_direction().getText().toLowerCase(java.util.Locale.ROOT));
        }
        if (s.capture_match() != null) {
            IosParser.Capture_matchContext m = s.capture_match();
            if (m.capture_any != null) {
                return points.setMatch(name, false, null, null);
            }
            return points.setMatch(name, true, host(m.capture_source), host(m.capture_dest));
        }
        if (s.capture_buffer() != null) {
            return points.setBuffer(name, number(s.capture_buffer().capture_buffer_mb().getText()));
        }
        IosParser.Capture_limitContext l = s.capture_limit();
        if (l.capture_limit_packets() != null) {
            return points.setLimit(name, number(l.capture_limit_packets().getText()), 0);
        }
        return points.setLimit(name, 0, number(l.capture_limit_seconds().getText()));
    }

    static String show(CapturePoints points, IosParser.Show_monitorContext c) {
        if (points == null) {
            return NO_DATAPLANE;
        }
        if (c.capture_name() == null) {
            return points.show(null);
        }
        String name = c.capture_name().getText();
        if (c.getText().contains("buffer")) {
            return points.buffer(name, c.capture_brief != null ? "brief" : c.capture_detailed != null ? "detailed" : null);
        }
        return points.show(name);
    }

    private static Integer host(IosParser.Capture_hostContext h) {
        if (h.capture_ip() == null) {
            return null;
        }
        String[] p = h.capture_ip().getText().split("\\.");
        return (Integer.parseInt(p[0]) << 24) | (Integer.parseInt(p[1]) << 16) | (Integer.parseInt(p[2]) << 8)
                | Integer.parseInt(p[3]);
    }

    private static int number(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
