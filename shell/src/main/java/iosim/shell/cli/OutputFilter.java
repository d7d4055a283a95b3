package iosim.shell.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code | include|exclude|begin|section|count REGEX} output modifiers. Pure functions on
 * the command's output text. IOS regexes are unanchored; an invalid regex matches nothing.
 */
public final class OutputFilter {
    public enum Kind { INCLUDE, EXCLUDE, BEGIN, SECTION, COUNT }

    private final Kind kind;
    private final Pattern regex;

    public OutputFilter(Kind kind, String regex) {
        this.kind = kind;
        this.regex = compile(regex);
    }

    private static Pattern compile(String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            return Pattern.compile(Pattern.quote(regex));
        }
    }

    private boolean hit(String line) {
        return regex.matcher(line).find();
    }

    /** Applies the filter to output text made of "\n"-terminated lines. */
    public String apply(String output) {
        List<String> lines = lines(output);
        List<String> out = new ArrayList<>();
        switch (kind) {
            case INCLUDE -> lines.stream().filter(this::hit).forEach(out::add);
            case EXCLUDE -> lines.stream().filter(l -> !hit(l)).forEach(out::add);
            case BEGIN -> {
                boolean on = false;
                for (String l : lines) {
                    on |= hit(l);
                    if (on) {
                        out.add(l);
                    }
                }
            }
            case SECTION -> {
                boolean in = false;
                String parent = null;
                boolean parentShown = false;
                for (String l : lines) {
                    boolean child = !l.isEmpty() && l.charAt(0) == ' ';
                    if (!child) {
                        parent = l;
                        in = hit(l);
                        parentShown = in;
                        if (in) {
                            out.add(l);
                        }
                    } else if (in) {
                        out.add(l);
                    } else if (hit(l)) {
                        if (!parentShown && parent != null) {
                            out.add(parent);
                            parentShown = true;
                        }
                        out.add(l);
                    }
                }
            }
            case COUNT -> {
                long n = lines.stream().filter(this::hit).count();
                return "Number of lines which match regexp = " + n + "\n";
            }
            default -> throw new IllegalStateException();
        }
        StringBuilder sb = new StringBuilder();
        for (String l : out) {
            sb.append(l).append('\n');
        }
        return sb.toString();
    }

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
