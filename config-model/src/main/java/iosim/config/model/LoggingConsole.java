package iosim.config.model;

/** {@code logging console [level]} / {@code no logging console}; the default is enabled at debugging. */
public record LoggingConsole(boolean enabled, String level) {
    public static final String DEFAULT_LEVEL = "debugging";
    public static final LoggingConsole DEFAULT = new LoggingConsole(true, DEFAULT_LEVEL);
}
