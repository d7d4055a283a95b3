package iosim.grammar.cli;

import iosim.grammar.IosParser;
import iosim.grammar.cli.AtnClosure.Config;
import iosim.grammar.cli.AtnClosure.Edge;
import iosim.grammar.cli.AtnClosure.Reach;
import iosim.grammar.cli.Words.Word;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Matches typed IOS lines against the grammar by walking the parser's ATN from a mode's entry
 * rule, word by word: keywords by unique prefix (an exact match wins, IOS's preferred short
 * forms break ties), value tokens by their patterns, interface names such as {@code gi0/0}
 * split into type keyword and number. {@code ?} help and Tab completion come from the same
 * candidate sets. A matched line is parsed by the generated {@link IosParser}.
 *
 * <p>The ATN analysis is shared; each instance owns one parser, so an instance must be used by
 * one thread at a time (one per CLI session).
 */
public final class CommandMatcher {
    private static final int MAX_PATHS = 512;
    private static volatile Shared shared;

    private record Shared(GrammarIndex index, AtnClosure closure) {}

    /** A live alternative: where the walk is, the tokens it produced, whether LINE ate the rest. */
    private record Path(Config config, TokenChain tokens, boolean inLine, Placeholder lineHelp) {}

    private record TokenChain(Token token, TokenChain prev) {
        List<Token> toList() {
            ArrayList<Token> out = new ArrayList<>();
            for (TokenChain c = this; c != null; c = c.prev) {
                out.add(c.token);
            }
            java.util.Collections.reverse(out);
            return out;
        }
    }

    /** Outcome of walking some words: live paths, or an error. */
    private record Walk(List<Path> paths, HelpResult error) {}

    private final GrammarIndex g;
    private final AtnClosure closure;
    private final IosParser parser;
    private final Map<String, Method> ruleMethods = new HashMap<>();

    public CommandMatcher() {
        Shared s = sharedState();
        this.g = s.index();
        this.closure = s.closure();
        this.parser = new IosParser(new CommonTokenStream(new ListTokenSource(List.of())));
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
    }

    private static Shared sharedState() {
        Shared s = shared;
        if (s == null) {
            synchronized (CommandMatcher.class) {
                s = shared;
                if (s == null) {
                    s = new Shared(new GrammarIndex(HelpCatalog.load()), new AtnClosure());
                    shared = s;
                }
            }
        }
        return s;
    }

    /** The help catalog in use. */
    public HelpCatalog helpCatalog() {
        return g.help;
    }

    public MatchResult match(String entryRule, String line) {
        return match(entryRule, line, KeywordFilter.NONE);
    }

    /** Matches a whole typed line in the mode whose entry rule is given. */
    public MatchResult match(String entryRule, String line, KeywordFilter filter) {
        List<Word> words = Words.split(line);
        if (words.isEmpty()) {
            return new MatchResult.Empty();
        }
        Walk w = walk(entryRule, line, words, words.size(), filter);
        if (w.error() instanceof HelpResult.Invalid inv) {
            return new MatchResult.Invalid(inv.column());
        }
        if (w.error() instanceof HelpResult.Ambiguous) {
            return new MatchResult.Ambiguous();
        }
        for (Path p : w.paths()) {
            if (closure.reach(p.config()).canEnd()) {
                List<Token> tokens = p.tokens() == null ? List.of() : p.tokens().toList();
                ParserRuleContext tree = parse(entryRule, tokens);
                if (tree == null) {
                    return new MatchResult.Invalid(words.get(0).column());
                }
                return new MatchResult.Matched(tokens, tree);
            }
        }
        return new MatchResult.Incomplete();
    }

    public HelpResult help(String entryRule, String lineBeforeQuestionMark) {
        return help(entryRule, lineBeforeQuestionMark, KeywordFilter.NONE);
    }

    /**
     * {@code ?} help for the text typed before the question mark: when it is empty or ends in a
     * blank, what may come next ({@code word ?}); otherwise the keywords that start with the
     * last, partial word ({@code word?}).
     */
    public HelpResult help(String entryRule, String before, KeywordFilter filter) {
        List<Word> words = Words.split(before);
        boolean partial = !before.isEmpty() && !Words.isBlank(before.charAt(before.length() - 1));
        int walked = partial ? words.size() - 1 : words.size();
        Walk w = walk(entryRule, before, words, walked, filter);
        if (w.error() != null) {
            return w.error();
        }
        if (partial) {
            return partialHelp(w.paths(), words.get(words.size() - 1).text(), filter);
        }
        return nextHelp(w.paths(), filter);
    }

    /**
     * Tab: completes the last, partial word to the one keyword it abbreviates (plus a blank).
     * Empty when the line ends in a blank or the word is unknown or ambiguous.
     */
    public Optional<String> complete(String entryRule, String line, KeywordFilter filter) {
        if (line.isEmpty() || Words.isBlank(line.charAt(line.length() - 1))) {
            return Optional.empty();
        }
        List<Word> words = Words.split(line);
        Walk w = walk(entryRule, line, words, words.size() - 1, filter);
        if (w.error() != null) {
            return Optional.empty();
        }
        Word last = words.get(words.size() - 1);
        Map<Integer, String> kws = new LinkedHashMap<>();
        for (Path p : w.paths()) {
            if (p.inLine()) {
                continue;
            }
            for (Edge e : closure.reach(p.config()).edges()) {
                String kw = g.keyword(e.tokenType());
                if (kw != null && !filter.hides(g.ruleNames[e.ruleIndex()], kw)) {
                    kws.put(e.tokenType(), kw);
                }
            }
        }
        String chosen = chooseKeyword(kws, last.text());
        if (chosen == null) {
            return Optional.empty();
        }
        return Optional.of(line.substring(0, last.column()) + chosen + " ");
    }

    // ---- the walk -------------------------------------------------------------------------

    private Walk walk(String entryRule, String line, List<Word> words, int count, KeywordFilter filter) {
        int rule = g.ruleIndex(entryRule);
        if (rule < 0) {
            throw new IllegalArgumentException("no such grammar rule: " + entryRule);
        }
        List<Path> paths = List.of(new Path(new Config(g.atn.ruleToStartState[rule], null), null, false, null));
        for (int i = 0; i < count; i++) {
            Word word = words.get(i);
            Object step = step(paths, word, line, filter);
            if (step instanceof HelpResult err) {
                return new Walk(List.of(), err);
            }
            @SuppressWarnings("unchecked")
            List<Path> next = (List<Path>) step;
            paths = next;
        }
        return new Walk(paths, null);
    }

    /** One word: returns the next paths, or a HelpResult error (Invalid / Ambiguous). */
    private Object step(List<Path> paths, Word word, String line, KeywordFilter filter) {
        List<Path> carried = new ArrayList<>();
        List<Path> froms = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        for (Path p : paths) {
            if (p.inLine()) {
                carried.add(p);
                continue;
            }
            for (Edge e : closure.reach(p.config()).edges()) {
                String kw = g.keyword(e.tokenType());
                if (kw != null && filter.hides(g.ruleNames[e.ruleIndex()], kw)) {
                    continue;
                }
                froms.add(p);
                edges.add(e);
            }
        }
        String text = word.text();
        LinkedHashMap<Config, Path> next = new LinkedHashMap<>();

        // keywords: exact match, unique prefix, preferred short form
        String chosen = chooseKeywordLower(edges, GrammarIndex.lower(text));
        if (chosen == AMBIGUOUS) {
            return new HelpResult.Ambiguous();
        }
        if (chosen != null) {
            for (int i = 0; i < edges.size(); i++) {
                Edge e = edges.get(i);
                if (chosen.equals(g.keywordLower(e.tokenType()))) {
                    add(next, new Path(e.next(), chain(froms.get(i).tokens(), e.tokenType(), g.keyword(e.tokenType()),
                            word.column()), false, null));
                }
            }
        } else {
            splitInterfaceName(froms, edges, word, next);
            if (next.isEmpty()) {
                matchValues(froms, edges, word, line, next);
            }
        }
        for (Path p : carried) {
            add(next, p);
        }
        if (next.isEmpty()) {
            return new HelpResult.Invalid(word.column());
        }
        return new ArrayList<>(next.values());
    }

    private static final String AMBIGUOUS = new String("<ambiguous>");

    /**
     * The keyword (lower case) a typed word selects among the edges' keywords: the exact match;
     * else the unique prefix match; else IOS's preferred short form. Null when no keyword starts
     * with the word, {@link #AMBIGUOUS} when several do.
     */
    private String chooseKeywordLower(List<Edge> edges, String lower) {
        String prefix = null;
        boolean several = false;
        for (Edge e : edges) {
            String kl = g.keywordLower(e.tokenType());
            if (kl == null) {
                continue;
            }
            if (kl.equals(lower)) {
                return kl;
            }
            if (kl.startsWith(lower)) {
                if (prefix == null) {
                    prefix = kl;
                } else if (!prefix.equals(kl)) {
                    several = true;
                }
            }
        }
        if (!several) {
            return prefix;
        }
        String preferred = AbbreviationOverrides.preferred(lower);
        if (preferred != null) {
            for (Edge e : edges) {
                if (preferred.equals(g.keywordLower(e.tokenType())) && g.keywordLower(e.tokenType()).startsWith(lower)) {
                    return preferred;
                }
            }
        }
        return AMBIGUOUS;
    }

    /**
     * The keywords a word selects: the exact match if any; else the unique prefix match (one
     * spelling, whatever its case); else IOS's preferred short form. Empty when no keyword
     * starts with the word; null when it is ambiguous.
     */
    private static Set<String> keywordHits(Map<Integer, String> kws, String text) {
        String lower = GrammarIndex.lower(text);
        Set<String> exact = new LinkedHashSet<>();
        Set<String> prefix = new LinkedHashSet<>();
        Set<String> prefixSpellings = new LinkedHashSet<>();
        for (String kw : kws.values()) {
            String kl = GrammarIndex.lower(kw);
            if (kl.equals(lower)) {
                exact.add(kw);
            } else if (kl.startsWith(lower)) {
                prefix.add(kw);
                prefixSpellings.add(kl);
            }
        }
        if (!exact.isEmpty()) {
            return exact;
        }
        if (prefixSpellings.size() <= 1) {
            return prefix;
        }
        String preferred = AbbreviationOverrides.preferred(lower);
        if (preferred != null && prefixSpellings.contains(preferred)) {
            Set<String> out = new LinkedHashSet<>();
            for (String kw : prefix) {
                if (GrammarIndex.lower(kw).equals(preferred)) {
                    out.add(kw);
                }
            }
            return out;
        }
        return null;
    }

    private String chooseKeyword(Map<Integer, String> kws, String text) {
        Set<String> hits = keywordHits(kws, text);
        if (hits == null || hits.isEmpty()) {
            return null;
        }
        return hits.iterator().next();
    }

    /** {@code gi0/0}, {@code Lo0}, {@code tu0}, {@code Virtual-Template1}: an interface-type keyword glued to its number. */
    private void splitInterfaceName(List<Path> froms, List<Edge> edges, Word word, Map<Config, Path> next) {
        String text = word.text();
        int digit = 0;
        while (digit < text.length() && text.charAt(digit) < 128
                && (Character.isLetter(text.charAt(digit)) || (digit > 0 && text.charAt(digit) == '-'))) {
            digit++;
        }
        if (digit == 0 || digit == text.length() || !Character.isDigit(text.charAt(digit))) {
            return;
        }
        String typePart = text.substring(0, digit);
        String numPart = text.substring(digit);
        if (!ValueKind.IFNUM.matches(numPart)) {
            return;
        }
        Map<Integer, String> types = new LinkedHashMap<>();
        for (Edge e : edges) {
            if (g.isInterfaceType(e.tokenType())) {
                types.put(e.tokenType(), g.keyword(e.tokenType()));
            }
        }
        Set<String> hits = keywordHits(types, typePart);
        if (hits == null || hits.isEmpty()) {
            return;
        }
        for (int i = 0; i < edges.size(); i++) {
            Edge e = edges.get(i);
            String kw = g.keyword(e.tokenType());
            if (kw == null || !g.isInterfaceType(e.tokenType()) || !hits.contains(kw)) {
                continue;
            }
            TokenChain withType = chain(froms.get(i).tokens(), e.tokenType(), kw, word.column());
            for (Edge num : closure.reach(e.next()).edges()) {
                if (g.value(num.tokenType()) == ValueKind.IFNUM) {
                    add(next, new Path(num.next(), chain(withType, num.tokenType(), numPart, word.column() + digit), false, null));
                }
            }
        }
    }

    private void matchValues(List<Path> froms, List<Edge> edges, Word word, String line, Map<Config, Path> next) {
        String text = word.text();
        for (ValueKind kind : ValueKind.values()) {
            if (!kind.matches(text)) {
                continue;
            }
            for (int i = 0; i < edges.size(); i++) {
                Edge e = edges.get(i);
                if (g.value(e.tokenType()) != kind) {
                    continue;
                }
                Placeholder ph = g.placeholder(e.ruleIndex(), e.tokenType());
                if (kind == ValueKind.DEC && ph != null && !ph.accepts(text)) {
                    continue;
                }
                if (kind == ValueKind.LINE) {
                    String rest = line.substring(word.column()).stripTrailing();
                    add(next, new Path(e.next(), chain(froms.get(i).tokens(), e.tokenType(), rest, word.column()), true, ph));
                } else {
                    add(next, new Path(e.next(), chain(froms.get(i).tokens(), e.tokenType(), text, word.column()), false, null));
                }
            }
        }
    }

    private static void add(Map<Config, Path> next, Path p) {
        if (next.size() < MAX_PATHS) {
            next.putIfAbsent(p.config(), p);
        }
    }

    private static TokenChain chain(TokenChain prev, int type, String text, int column) {
        CommonToken t = new CommonToken(type, text);
        t.setLine(1);
        t.setCharPositionInLine(column);
        t.setStartIndex(column);
        t.setStopIndex(column + text.length() - 1);
        return new TokenChain(t, prev);
    }

    // ---- help -----------------------------------------------------------------------------

    private HelpResult nextHelp(List<Path> paths, KeywordFilter filter) {
        Map<String, HelpEntry> values = new LinkedHashMap<>();
        TreeMap<String, HelpEntry> keywords = new TreeMap<>(CommandMatcher::keywordOrder);
        boolean cr = false;
        for (Path p : paths) {
            Reach r = closure.reach(p.config());
            cr |= r.canEnd();
            if (p.inLine()) {
                HelpEntry e = placeholderEntry(p.lineHelp(), "LINE");
                values.putIfAbsent(e.display(), e);
                continue;
            }
            for (Edge e : r.edges()) {
                String kw = g.keyword(e.tokenType());
                if (kw != null) {
                    if (!filter.hides(g.ruleNames[e.ruleIndex()], kw)) {
                        String h = g.keywordHelp(e.ruleIndex(), e.tokenType());
                        keywords.putIfAbsent(kw, new HelpEntry(kw, h == null ? "" : h));
                    }
                } else if (g.value(e.tokenType()) != null) {
                    HelpEntry entry = placeholderEntry(g.placeholder(e.ruleIndex(), e.tokenType()), g.tokenName(e.tokenType()));
                    values.putIfAbsent(entry.display(), entry);
                }
            }
        }
        List<HelpEntry> out = new ArrayList<>(values.values());
        out.sort(Comparator.comparingInt(CommandMatcher::placeholderRank));
        out.addAll(keywords.values());
        if (cr) {
            out.add(HelpEntry.CR);
        }
        return new HelpResult.Listing(out);
    }

    /** Numeric keywords (DH groups, key sizes) in numeric order and first, then words, ignoring case. */
    static int keywordOrder(String a, String b) {
        boolean na = isNumber(a);
        boolean nb = isNumber(b);
        if (na && nb) {
            int c = Long.compare(Long.parseLong(a), Long.parseLong(b));
            return c != 0 ? c : a.compareTo(b);
        }
        if (na != nb) {
            return na ? -1 : 1;
        }
        int c = String.CASE_INSENSITIVE_ORDER.compare(a, b);
        return c != 0 ? c : a.compareTo(b);
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty() || s.length() > 18) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Ranges first, then addresses, then words, then LINE (a stable order for mixed positions). */
    private static int placeholderRank(HelpEntry e) {
        String d = e.display();
        if (d.startsWith("<")) {
            return 0;
        }
        if (d.equals("LINE")) {
            return 3;
        }
        if (d.equals("WORD")) {
            return 2;
        }
        return 1;
    }

    private static HelpEntry placeholderEntry(Placeholder p, String tokenName) {
        if (p == null) {
            return new HelpEntry(tokenName, "");
        }
        return new HelpEntry(p.display(), p.help());
    }

    private HelpResult partialHelp(List<Path> paths, String partial, KeywordFilter filter) {
        String lower = GrammarIndex.lower(partial);
        TreeMap<String, String> names = new TreeMap<>(CommandMatcher::keywordOrder);
        Set<String> placeholders = new LinkedHashSet<>();
        for (Path p : paths) {
            if (p.inLine()) {
                placeholders.add(p.lineHelp() == null ? "LINE" : p.lineHelp().display());
                continue;
            }
            for (Edge e : closure.reach(p.config()).edges()) {
                String kw = g.keyword(e.tokenType());
                if (kw != null) {
                    if (GrammarIndex.lower(kw).startsWith(lower) && !filter.hides(g.ruleNames[e.ruleIndex()], kw)) {
                        names.putIfAbsent(kw, kw);
                    }
                } else {
                    ValueKind kind = g.value(e.tokenType());
                    Placeholder ph = g.placeholder(e.ruleIndex(), e.tokenType());
                    if (kind != null && kind.matches(partial) && (kind != ValueKind.DEC || ph == null || ph.accepts(partial))) {
                        placeholders.add(ph == null ? g.tokenName(e.tokenType()) : ph.display());
                    }
                }
            }
        }
        List<String> out = new ArrayList<>(placeholders);
        out.addAll(names.values());
        if (out.isEmpty()) {
            return new HelpResult.Unrecognized();
        }
        return new HelpResult.Words(out);
    }

    // ---- parse ----------------------------------------------------------------------------

    private ParserRuleContext parse(String rule, List<Token> tokens) {
        Method m = ruleMethods.computeIfAbsent(rule, r -> {
            try {
                return IosParser.class.getMethod(r);
            } catch (NoSuchMethodException e) {
                throw new IllegalArgumentException("no such grammar rule: " + r, e);
            }
        });
        for (PredictionMode mode : new PredictionMode[] {PredictionMode.SLL, PredictionMode.LL}) {
            parser.setTokenStream(new CommonTokenStream(new ListTokenSource(tokens)));
            parser.getInterpreter().setPredictionMode(mode);
            try {
                return (ParserRuleContext) m.invoke(parser);
            } catch (InvocationTargetException e) {
                if (!(e.getCause() instanceof ParseCancellationException)) {
                    throw new IllegalStateException("parser failed on a matched line", e.getCause());
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return null;
    }
}
