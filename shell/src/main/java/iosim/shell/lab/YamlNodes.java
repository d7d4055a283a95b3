package iosim.shell.lab;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads SnakeYAML's composed node tree with line numbers: every problem becomes a
 * {@link LabError} naming the file and the line, collected rather than thrown.
 */
final class YamlNodes {
    private final Path file;
    private final List<LabError> errors;

    YamlNodes(Path file, List<LabError> errors) {
        this.file = file;
        this.errors = errors;
    }

    static int line(Node n) {
        return n.getStartMark().getLine() + 1;
    }

    void error(Node at, String problem) {
        errors.add(new LabError(file, at == null ? 0 : line(at), problem));
    }

    void error(int line, String problem) {
        errors.add(new LabError(file, line, problem));
    }

    /** A mapping's entries by key, in order; duplicate and unknown keys are reported. */
    Map<String, Node> mapping(Node n, String what, Set<String> allowed) {
        Map<String, Node> out = new LinkedHashMap<>();
        if (!(n instanceof MappingNode m)) {
            error(n, what + " must be a mapping (key: value lines)");
            return out;
        }
        for (NodeTuple t : m.getValue()) {
            String key = scalar(t.getKeyNode(), "a key in " + what);
            if (key == null) {
                continue;
            }
            if (allowed != null && !allowed.contains(key)) {
                error(t.getKeyNode(), "unknown key '" + key + "' in " + what + " (expected one of "
                        + String.join(", ", allowed) + ")");
                continue;
            }
            if (out.containsKey(key)) {
                error(t.getKeyNode(), "'" + key + "' given twice in " + what);
                continue;
            }
            out.put(key, t.getValueNode());
        }
        return out;
    }

    /** The items of a sequence (an empty list, with an error, when it is not one). */
    List<Node> sequence(Node n, String what) {
        if (n instanceof SequenceNode s) {
            return s.getValue();
        }
        if (n instanceof ScalarNode sc && sc.getValue().isEmpty()) {
            return List.of();
        }
        error(n, what + " must be a list ('- ' items)");
        return new ArrayList<>();
    }

    /** A scalar's text, or null (with an error) when the node is a list or mapping. */
    String scalar(Node n, String what) {
        if (n instanceof ScalarNode s) {
            return s.getValue();
        }
        error(n, what + " must be a single value");
        return null;
    }

    /** A whole number in [min, max], or null (with an error). */
    Integer integer(Node n, String what, int min, int max) {
        String s = scalar(n, what);
        if (s == null) {
            return null;
        }
        if (!s.strip().matches("\\d{1,9}")) {
            error(n, what + " must be a number, not '" + s + "'");
            return null;
        }
        int v = Integer.parseInt(s.strip());
        if (v < min || v > max) {
            error(n, what + " must be between " + min + " and " + max + ", not " + v);
            return null;
        }
        return v;
    }
}
