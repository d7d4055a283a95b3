package iosim.grammar.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.NotSetTransition;
import org.antlr.v4.runtime.atn.RuleStopState;
import org.antlr.v4.runtime.atn.RuleTransition;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.atn.WildcardTransition;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * The ATN walk (in the style of antlr4-c3): from a parser state with a call stack, follows
 * epsilon, rule-call and rule-return transitions to the token transitions that can come next.
 * Results are cached per (state, stack); the cache is shared and thread-safe.
 */
final class AtnClosure {
    private static final int MAX_DEPTH = 64;

    /** A rule-return stack: the state to continue at when the current rule ends (hash cached). */
    static final class Stack {
        private final ATNState returnState;
        private final Stack parent;
        private final int hash;

        Stack(ATNState returnState, Stack parent) {
            this.returnState = returnState;
            this.parent = parent;
            this.hash = returnState.stateNumber * 31 + (parent == null ? 0 : parent.hash);
        }

        ATNState returnState() {
            return returnState;
        }

        Stack parent() {
            return parent;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof Stack other) || other.hash != hash) {
                return false;
            }
            return returnState.stateNumber == other.returnState.stateNumber && java.util.Objects.equals(parent, other.parent);
        }
    }

    /** A position in the ATN: a state and its call stack. */
    record Config(ATNState state, Stack stack) {}

    /** A token transition reachable from a config: token type, the rule holding it, where it leads. */
    record Edge(int tokenType, int ruleIndex, Config next) {}

    /** The token transitions reachable from a config, and whether the entry rule may end there. */
    record Reach(List<Edge> edges, boolean canEnd) {}

    private final Map<Config, Reach> cache = new ConcurrentHashMap<>();

    Reach reach(Config c) {
        Reach r = cache.get(c);
        if (r == null) {
            r = compute(c);
            cache.put(c, r);
        }
        return r;
    }

    private Reach compute(Config start) {
        List<Edge> edges = new ArrayList<>();
        boolean[] end = new boolean[1];
        walk(start.state(), start.stack(), 0, new HashSet<>(), edges, end);
        return new Reach(List.copyOf(edges), end[0]);
    }

    private void walk(ATNState s, Stack stack, int depth, Set<Config> seen, List<Edge> out, boolean[] end) {
        if (!seen.add(new Config(s, stack))) {
            return;
        }
        if (s instanceof RuleStopState) {
            if (stack == null) {
                end[0] = true;
            } else {
                walk(stack.returnState(), stack.parent(), depth - 1, seen, out, end);
            }
            return;
        }
        for (int i = 0; i < s.getNumberOfTransitions(); i++) {
            Transition t = s.transition(i);
            if (t instanceof RuleTransition rt) {
                if (depth < MAX_DEPTH) {
                    walk(rt.target, new Stack(rt.followState, stack), depth + 1, seen, out, end);
                }
            } else if (t.isEpsilon()) {
                walk(t.target, stack, depth, seen, out, end);
            } else if (t instanceof NotSetTransition || t instanceof WildcardTransition) {
                // not used by the IOS grammars: no token can be proposed for these
            } else {
                IntervalSet label = t.label();
                if (label == null) {
                    continue;
                }
                for (int type : label.toList()) {
                    if (type == Token.EOF) {
                        end[0] = true;
                    } else {
                        out.add(new Edge(type, s.ruleIndex, new Config(t.target, stack)));
                    }
                }
            }
        }
    }
}
