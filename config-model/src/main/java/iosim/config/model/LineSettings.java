package iosim.config.model;

import java.util.List;

/**
 * One terminal line's settings. {@code login}: null (no login), {@code line} (line password)
 * or {@code local} (username database). {@code transportInput} null = the IOS default.
 * {@code execTimeout} in seconds, null = default (10 minutes).
 */
public record LineSettings(String login, List<String> transportInput, Integer execTimeoutSeconds,
        Integer privilegeLevel, HashedSecret password, boolean loggingSynchronous) {

    public static final int DEFAULT_EXEC_TIMEOUT_SECONDS = 600;

    public static LineSettings defaults(LineType type) {
        return new LineSettings(type == LineType.VTY ? "line" : null, null, null, null, null, false);
    }

    public LineSettings withLogin(String v) {
        return new LineSettings(v, transportInput, execTimeoutSeconds, privilegeLevel, password, loggingSynchronous);
    }

    public LineSettings withTransportInput(List<String> v) {
        return new LineSettings(login, v == null ? null : List.copyOf(v), execTimeoutSeconds, privilegeLevel, password,
                loggingSynchronous);
    }

    public LineSettings withExecTimeoutSeconds(Integer v) {
        return new LineSettings(login, transportInput, v, privilegeLevel, password, loggingSynchronous);
    }

    public LineSettings withPrivilegeLevel(Integer v) {
        return new LineSettings(login, transportInput, execTimeoutSeconds, v, password, loggingSynchronous);
    }

    public LineSettings withPassword(HashedSecret v) {
        return new LineSettings(login, transportInput, execTimeoutSeconds, privilegeLevel, v, loggingSynchronous);
    }

    public LineSettings withLoggingSynchronous(boolean v) {
        return new LineSettings(login, transportInput, execTimeoutSeconds, privilegeLevel, password, v);
    }

    public int effectiveExecTimeoutSeconds() {
        return execTimeoutSeconds != null ? execTimeoutSeconds : DEFAULT_EXEC_TIMEOUT_SECONDS;
    }
}
