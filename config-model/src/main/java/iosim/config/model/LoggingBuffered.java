package iosim.config.model;

/** {@code logging buffered [size] [level]}; the default is enabled, 4096 bytes, debugging. */
public record LoggingBuffered(boolean enabled, int size, String level) {
    public static final int DEFAULT_SIZE = 4096;
    public static final String DEFAULT_LEVEL = "debugging";
    public static final LoggingBuffered DEFAULT = new LoggingBuffered(true, DEFAULT_SIZE, DEFAULT_LEVEL);
}
