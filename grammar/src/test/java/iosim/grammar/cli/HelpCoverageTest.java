package iosim.grammar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.grammar.IosParser;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.TreeSet;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.RuleTransition;
import org.antlr.v4.runtime.atn.Transition;
import org.junit.jupiter.api.Test;

/**
 * Every keyword and value position reachable from an entry rule (a rule that can match EOF)
 * must have a help string: a {@code ?} without text is a bug.
 */
class HelpCoverageTest {

    @Test
    void everyReachableKeywordAndValueHasHelp() {
        GrammarIndex g = new GrammarIndex(HelpCatalog.load());
        ATN atn = IosParser._ATN;
        List<Integer> entries = entryRules(atn);
        assertThat(entries).isNotEmpty();
        BitSet seen = new BitSet();
        Deque<ATNState> todo = new ArrayDeque<>();
        for (int r : entries) {
            todo.add(atn.ruleToStartState[r]);
        }
        TreeSet<String> missing = new TreeSet<>();
        while (!todo.isEmpty()) {
            ATNState s = todo.poll();
            if (seen.get(s.stateNumber)) {
                continue;
            }
            seen.set(s.stateNumber);
            for (Transition t : s.getTransitions()) {
                if (t instanceof RuleTransition rt) {
                    todo.add(rt.target);
                    todo.add(rt.followState);
                    continue;
                }
                todo.add(t.target);
                if (t.isEpsilon() || t.label() == null) {
                    continue;
                }
                String rule = IosParser.ruleNames[s.ruleIndex];
                for (int type : t.label().toList()) {
                    if (type == Token.EOF) {
                        continue;
                    }
                    String kw = g.keyword(type);
                    if (kw != null && g.keywordHelp(s.ruleIndex, type) == null) {
                        missing.add("keyword '" + kw + "' in rule " + rule + "  (key: " + kw + " or " + rule + "." + kw + ")");
                    } else if (kw == null && g.placeholder(s.ruleIndex, type) == null) {
                        missing.add("value " + g.tokenName(type) + " in rule " + rule + "  (key: @" + rule + ")");
                    }
                }
            }
        }
        assertThat(missing).as("positions without help").isEmpty();
    }

    static List<Integer> entryRules(ATN atn) {
        List<Integer> out = new ArrayList<>();
        for (int r = 0; r < IosParser.ruleNames.length; r++) {
            if (IosParser.ruleNames[r].endsWith("_line") && reachesEof(atn, atn.ruleToStartState[r])) {
                out.add(r);
            }
        }
        return out;
    }

    private static boolean reachesEof(ATN atn, ATNState start) {
        BitSet seen = new BitSet();
        Deque<ATNState> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            ATNState s = todo.poll();
            if (seen.get(s.stateNumber) || s.ruleIndex != start.ruleIndex) {
                continue;
            }
            seen.set(s.stateNumber);
            for (Transition t : s.getTransitions()) {
                if (t instanceof RuleTransition rt) {
                    todo.add(rt.followState);
                } else {
                    if (!t.isEpsilon() && t.label() != null && t.label().contains(Token.EOF)) {
                        return true;
                    }
                    todo.add(t.target);
                }
            }
        }
        return false;
    }
}
