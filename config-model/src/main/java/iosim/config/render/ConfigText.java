package iosim.config.render;

/** Accumulates configuration lines; {@code bang()} writes a {@code !} separator. */
final class ConfigText {
    private final StringBuilder out = new StringBuilder(4096);

    ConfigText line(String text) {
        out.append(text).append('\n');
        return this;
    }

    /** A sub-mode line, indented one space per level. */
    ConfigText sub(int level, String text) {
        out.append(" ".repeat(level)).append(text).append('\n');
        return this;
    }

    ConfigText bang() {
        return line("!");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
