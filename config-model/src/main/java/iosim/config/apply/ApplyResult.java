package iosim.config.apply;

import iosim.config.mode.Mode;
import java.util.List;

/**
 * The outcome of applying one configuration line.
 *
 * <ul>
 *   <li>{@code accepted}: the line was taken (the model may have changed). {@code nextMode} is
 *       null to stay in the current mode, or the sub-mode to enter with {@code nextContext}.</li>
 *   <li>{@code output}: lines to print right away, in order (IOS warnings, entry banners,
 *       notes, errors), without trailing newlines.</li>
 *   <li>{@code syslog}: messages IOS logs asynchronously, without the timestamp, e.g.
 *       {@code %CRYPTO-6-ISAKMP_ON_OFF: ISAKMP is ON}.</li>
 *   <li>{@code errorColumn}: for a line rejected as IOS's caret error, the column (in the typed
 *       line, 0-based) of the word to put the {@code ^} under; the caller prints the caret line
 *       and {@code % Invalid input detected at '^' marker.}. -1 otherwise.</li>
 * </ul>
 * A rejected line never changed the model.
 */
public record ApplyResult(boolean accepted, Mode nextMode, ModeContext nextContext, List<String> output,
        List<String> syslog, int errorColumn) {

    public ApplyResult {
        output = List.copyOf(output);
        syslog = List.copyOf(syslog);
    }

    /** Accepted, stay in the mode, print the given lines (if any). */
    public static ApplyResult stay(String... output) {
        return new ApplyResult(true, null, null, List.of(output), List.of(), -1);
    }

    /** Accepted, enter a sub-mode, print the given lines first. */
    public static ApplyResult enter(Mode mode, ModeContext context, String... output) {
        return new ApplyResult(true, mode, context, List.of(output), List.of(), -1);
    }

    /** Rejected with IOS's error text (the model is unchanged). */
    public static ApplyResult rejected(String... output) {
        return new ApplyResult(false, null, null, List.of(output), List.of(), -1);
    }

    /** Rejected as {@code % Invalid input detected at '^' marker.} under the given column. */
    public static ApplyResult invalidInput(int column) {
        return new ApplyResult(false, null, null, List.of(), List.of(), Math.max(0, column));
    }

    /** The same result with syslog messages added. */
    public ApplyResult withSyslog(String... messages) {
        List<String> all = new java.util.ArrayList<>(syslog);
        all.addAll(List.of(messages));
        return new ApplyResult(accepted, nextMode, nextContext, output, all, errorColumn);
    }

    /** True when the caller should print the caret error. */
    public boolean isInvalidInput() {
        return !accepted && errorColumn >= 0;
    }
}
