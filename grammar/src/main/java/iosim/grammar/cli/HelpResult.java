package iosim.grammar.cli;

import java.util.List;

/** The answer to {@code ?}. */
public sealed interface HelpResult {

    /** {@code word ?}: what may come next, placeholders first, keywords sorted, {@code <cr>} last. */
    record Listing(List<HelpEntry> entries) implements HelpResult {}

    /** {@code word?}: the keywords (and fitting placeholders) that start with the partial word. */
    record Words(List<String> names) implements HelpResult {}

    /** {@code word?} with nothing starting with the word. */
    record Unrecognized() implements HelpResult {}

    /** A word before the help position does not fit. */
    record Invalid(int column) implements HelpResult {}

    /** A word before the help position is ambiguous. */
    record Ambiguous() implements HelpResult {}
}
