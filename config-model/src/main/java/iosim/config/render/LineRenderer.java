package iosim.config.render;

import iosim.config.RunningConfig;
import iosim.config.model.LineSettings;
import iosim.config.model.LineType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * banner motd, then the line blocks: consecutive lines with equal settings share a block
 * ({@code line vty 0 4}); vty 0-4 and 5-15 are never merged, as on IOS.
 */
final class LineRenderer {
    private LineRenderer() {
    }

    static void render(RunningConfig c, ConfigText out) {
        if (c.system().bannerMotd() != null) {
            out.line("banner motd ^C" + c.system().bannerMotd() + "^C");
            out.bang();
        }
        for (LineType type : LineType.values()) {
            for (int[] range : groups(c.lines(type))) {
                LineSettings s = c.lines(type).get(range[0]);
                out.line("line " + type.iosName() + " " + range[0] + (range[1] != range[0] ? " " + range[1] : ""));
                settings(type, s, out);
            }
        }
        out.bang();
    }

    private static List<int[]> groups(Map<Integer, LineSettings> lines) {
        List<int[]> out = new ArrayList<>();
        int[] current = null;
        LineSettings currentSettings = null;
        for (Map.Entry<Integer, LineSettings> e : lines.entrySet()) {
            int n = e.getKey();
            boolean extend = current != null && n == current[1] + 1 && n != RunningConfig.DEFAULT_VTY_LAST + 1
                    && e.getValue().equals(currentSettings);
            if (extend) {
                current[1] = n;
            } else {
                current = new int[] {n, n};
                currentSettings = e.getValue();
                out.add(current);
            }
        }
        return out;
    }

    private static void settings(LineType type, LineSettings s, ConfigText out) {
        if (s.execTimeoutSeconds() != null && s.execTimeoutSeconds() != LineSettings.DEFAULT_EXEC_TIMEOUT_SECONDS) {
            out.sub(1, "exec-timeout " + s.execTimeoutSeconds() / 60 + " " + s.execTimeoutSeconds() % 60);
        }
        if (s.privilegeLevel() != null) {
            out.sub(1, "privilege level " + s.privilegeLevel());
        }
        if (s.password() != null) {
            out.sub(1, "password " + s.password());
        }
        if (s.loggingSynchronous()) {
            out.sub(1, "logging synchronous");
        }
        if (s.login() == null) {
            if (type == LineType.VTY) {
                out.sub(1, "no login");
            }
        } else {
            out.sub(1, s.login().equals("local") ? "login local" : "login");
        }
        if (s.transportInput() != null) {
            out.sub(1, "transport input " + String.join(" ", s.transportInput()));
        }
    }
}
