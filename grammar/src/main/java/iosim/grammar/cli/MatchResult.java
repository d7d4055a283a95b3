package iosim.grammar.cli;

import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** What the {@link CommandMatcher} made of one typed line in one mode. */
public sealed interface MatchResult {

    /**
     * The line is a complete command: its canonical tokens (keywords spelled in full, values
     * as typed, each token's {@code charPositionInLine} = the column of the typed word) and the
     * parse tree of the mode's entry rule built from them.
     */
    record Matched(List<Token> tokens, ParserRuleContext tree) implements MatchResult {}

    /** A word does not fit; {@code column} is the index of its first character in the line. */
    record Invalid(int column) implements MatchResult {}

    /** Every word fits but the command cannot end here. */
    record Incomplete() implements MatchResult {}

    /** A word is a prefix of several keywords. */
    record Ambiguous() implements MatchResult {}

    /** The line holds no words. */
    record Empty() implements MatchResult {}
}
