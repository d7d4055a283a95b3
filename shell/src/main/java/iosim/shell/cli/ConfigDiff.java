package iosim.shell.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * IOS's contextual comparison of two configuration texts (pure functions): each text becomes a
 * tree of commands by indentation (a mode command and the lines under it); lines match only
 * under the same parents. It gives what {@code show archive config differences} prints, what
 * {@code show archive config incremental-diffs} prints, and the commands {@code configure
 * replace} applies to turn one configuration into the other (the deletions as {@code no}
 * commands, then the additions, each under its mode command). Comment lines ({@code !}), the
 * {@code Building configuration...} and {@code Current configuration} headers and the final
 * {@code end} are not configuration; a multi-line {@code banner} is one command.
 */
final class ConfigDiff {
    /** One command and the commands under it. */
    record Node(String text, List<Node> children) {
        String key(boolean ignoreCase) {
            return ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
        }
    }

    private ConfigDiff() {}

    // ---- parsing --------------------------------------------------------------------------------

    /** The top-level commands of a configuration text. */
    static List<Node> parse(String text) {
        Node root = new Node("", new ArrayList<>());
        List<Node> stack = new ArrayList<>(List.of(root));
        List<Integer> indents = new ArrayList<>(List.of(-1));
        String[] lines = text.replace("\r", "").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            String line = raw.stripTrailing();
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("!") || t.startsWith("Building configuration")
                    || t.startsWith("Current configuration") || t.startsWith("Load for ")
                    || t.startsWith("Time source is")) {
                continue;
            }
            int indent = line.length() - line.stripLeading().length();
            if (indent == 0 && t.equals("end")) {
                break;
            }
            StringBuilder unit = new StringBuilder(t);
            String delim = bannerDelimiter(t);
            if (delim != null) {
                String after = t.substring(t.indexOf(delim) + delim.length());
                while (!after.contains(delim) && i + 1 < lines.length) {
                    i++;
                    unit.append('\n').append(lines[i].replace("\r", ""));
                    after = lines[i];
                }
            }
            while (indents.get(indents.size() - 1) >= indent) {
                indents.remove(indents.size() - 1);
                stack.remove(stack.size() - 1);
            }
            Node n = new Node(unit.toString(), new ArrayList<>());
            stack.get(stack.size() - 1).children().add(n);
            stack.add(n);
            indents.add(indent);
        }
        return root.children();
    }

    /** The delimiter of a {@code banner TYPE D...D} command ({@code ^C} or one character), else null. */
    private static String bannerDelimiter(String t) {
        String[] w = t.split(" ", 3);
        if (w.length < 3 || !w[0].equals("banner") || w[2].isEmpty()) {
            return null;
        }
        return w[2].startsWith("^C") ? "^C" : w[2].substring(0, 1);
    }

    // ---- comparing --------------------------------------------------------------------------------

    /**
     * One difference: a command only in one side (with all under it), or a common parent;
     * {@code fromIndex}/{@code toIndex} are its places in each side (-1 where it is not).
     */
    record Change(Node node, boolean added, boolean context, List<Change> inner, int fromIndex, int toIndex) {}

    /** The differences: deletions and common parents in {@code from}'s order, then additions in {@code to}'s. */
    static List<Change> compare(List<Node> from, List<Node> to, boolean ignoreCase) {
        Map<String, Integer> a = index(from, ignoreCase);
        Map<String, Integer> b = index(to, ignoreCase);
        List<Change> out = new ArrayList<>();
        for (int i = 0; i < from.size(); i++) {
            Node n = from.get(i);
            Integer j = b.get(n.key(ignoreCase));
            if (j == null) {
                out.add(new Change(n, false, false, List.of(), i, -1));
            } else if (a.get(n.key(ignoreCase)) == i) {
                List<Change> inner = compare(n.children(), to.get(j).children(), ignoreCase);
                if (!inner.isEmpty()) {
                    out.add(new Change(n, false, true, inner, i, j));
                }
            }
        }
        for (int j = 0; j < to.size(); j++) {
            if (!a.containsKey(to.get(j).key(ignoreCase))) {
                out.add(new Change(to.get(j), true, false, List.of(), -1, j));
            }
        }
        return out;
    }

    private static Map<String, Integer> index(List<Node> nodes, boolean ignoreCase) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            m.putIfAbsent(nodes.get(i).key(ignoreCase), i);
        }
        return m;
    }

    /** The changes one side shows, in that side's order: additions and parents by {@code to}, else by {@code from}. */
    private static List<Change> sideOrder(List<Change> changes, boolean added) {
        List<Change> side = new ArrayList<>();
        for (Change c : changes) {
            if (c.context() || c.added() == added) {
                side.add(c);
            }
        }
        side.sort(java.util.Comparator.comparingInt(c -> added ? c.toIndex() : c.fromIndex()));
        return side;
    }

    // ---- show archive config differences --------------------------------------------------------

    /**
     * {@code show archive config differences A B}: {@code +} for what B has and A has not, then
     * {@code -} for what A has and B has not, each under its unchanged parents.
     */
    static String differences(String a, String b, boolean ignoreCase) {
        List<Change> changes = compare(parse(a), parse(b), ignoreCase);
        StringBuilder out = new StringBuilder("!Contextual Config Diffs:\n");
        if (changes.isEmpty()) {
            return out.append("!No changes were found\n").toString();
        }
        signed(changes, true, "", out);
        signed(changes, false, "", out);
        return out.toString();
    }

    private static boolean signed(List<Change> changes, boolean added, String indent, StringBuilder out) {
        boolean any = false;
        for (Change c : sideOrder(changes, added)) {
            if (c.context()) {
                StringBuilder inner = new StringBuilder();
                if (signed(c.inner(), added, indent + " ", inner)) {
                    out.append(indent).append(c.node().text()).append('\n').append(inner);
                    any = true;
                }
            } else if (c.added() == added) {
                subtree(c.node(), indent, added ? "+" : "-", out);
                any = true;
            }
        }
        return any;
    }

    private static void subtree(Node n, String indent, String sign, StringBuilder out) {
        out.append(indent).append(sign).append(n.text()).append('\n');
        for (Node c : n.children()) {
            subtree(c, indent + " ", sign, out);
        }
    }

    // ---- show archive config incremental-diffs ---------------------------------------------------

    /** The commands of {@code file} the running-config does not have, under their parents, then {@code end}. */
    static String incremental(String running, String file, boolean ignoreCase) {
        List<Change> changes = compare(parse(running), parse(file), ignoreCase);
        StringBuilder out = new StringBuilder("!List of Commands:\n");
        additions(changes, "", out);
        return out.append("end\n").toString();
    }

    private static boolean additions(List<Change> changes, String indent, StringBuilder out) {
        boolean any = false;
        for (Change c : sideOrder(changes, true)) {
            if (c.context()) {
                StringBuilder inner = new StringBuilder();
                if (additions(c.inner(), indent + " ", inner)) {
                    out.append(indent).append(c.node().text()).append('\n').append(inner);
                    any = true;
                }
            } else if (c.added()) {
                plain(c.node(), indent, out);
                any = true;
            }
        }
        return any;
    }

    private static void plain(Node n, String indent, StringBuilder out) {
        out.append(indent).append(n.text()).append('\n');
        for (Node c : n.children()) {
            plain(c, indent + " ", out);
        }
    }

    // ---- configure replace ------------------------------------------------------------------------

    /**
     * The commands that turn {@code running} into {@code target}, as IOS's rollback lists them:
     * under each mode command first the deletions ({@code no X}; a deleted {@code no X} becomes
     * {@code X}; a deleted mode command goes with everything under it), then the additions
     * (with everything under them). Empty when the two are the same.
     */
    static List<String> replaceCommands(String running, String target, boolean ignoreCase) {
        List<String> out = new ArrayList<>();
        commands(compare(parse(running), parse(target), ignoreCase), "", out);
        return out;
    }

    private static void commands(List<Change> changes, String indent, List<String> out) {
        for (Change c : changes) {
            if (c.context()) {
                out.add(indent + c.node().text());
                commands(c.inner(), indent + " ", out);
            } else if (!c.added() && !replacedByAddition(c.node().text(), changes)) {
                out.add(indent + negate(c.node().text()));
            }
        }
        for (Change c : changes) {
            if (!c.context() && c.added()) {
                entries(c.node(), indent, out);
            }
        }
    }

    /**
     * True for a deleted {@code no X} that an added {@code X ...} beside it replaces anyway
     * ({@code no ip address} giving way to {@code ip address A M}): IOS lists only the addition.
     */
    private static boolean replacedByAddition(String deleted, List<Change> siblings) {
        if (!deleted.startsWith("no ")) {
            return false;
        }
        String positive = deleted.substring(3);
        for (Change c : siblings) {
            if (c.added() && !c.context() && (c.node().text().equals(positive) || c.node().text().startsWith(positive + " "))) {
                return true;
            }
        }
        return false;
    }

    /** A command and everything under it, one entry each (a banner's lines stay one entry). */
    private static void entries(Node n, String indent, List<String> out) {
        out.add(indent + n.text());
        for (Node c : n.children()) {
            entries(c, indent + " ", out);
        }
    }

    /** {@code no X} for X; X for {@code no X}; a banner is removed by {@code no banner TYPE}. */
    static String negate(String text) {
        if (text.startsWith("no ")) {
            return text.substring(3);
        }
        if (text.startsWith("banner ")) {
            String[] w = text.split(" ", 3);
            return "no banner " + w[1];
        }
        return "no " + text;
    }
}
