package iosim.grammar.cli;

/**
 * Hides keywords from matching, help and completion (for example the privileged commands in
 * user EXEC). The rule is the innermost parser rule that contains the keyword.
 */
@FunctionalInterface
public interface KeywordFilter {
    KeywordFilter NONE = (rule, keyword) -> false;

    boolean hides(String rule, String keyword);
}
