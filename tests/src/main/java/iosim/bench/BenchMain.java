package iosim.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

/**
 * Runs every {@link Bench} (or those whose area is named on the command line) and prints one
 * table: figure, measured value, anchor. Run it with {@code ./bench} from the project root.
 */
public final class BenchMain {
    private BenchMain() {}

    public static void main(String[] args) {
        List<String> wanted = List.of(args);
        List<String[]> rows = new ArrayList<>();
        for (Bench bench : ServiceLoader.load(Bench.class)) {
            if (!wanted.isEmpty() && !wanted.contains(bench.area())) {
                continue;
            }
            System.err.println("bench: running " + bench.area() + " ...");
            try {
                for (Bench.Figure f : bench.run()) {
                    rows.add(new String[] {bench.area(), f.name(), format(f.value()) + " " + f.unit(), f.anchor()});
                }
            } catch (Exception | Error e) {
                rows.add(new String[] {bench.area(), "FAILED: " + e, "", ""});
            }
        }
        print(rows);
    }

    private static String format(double v) {
        if (v >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static void print(List<String[]> rows) {
        String[] head = {"area", "figure", "measured", "anchor / target"};
        int[] w = new int[head.length];
        for (int i = 0; i < head.length; i++) {
            w[i] = head[i].length();
            for (String[] r : rows) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, head, w);
        String[] rule = new String[head.length];
        for (int i = 0; i < head.length; i++) {
            rule[i] = "-".repeat(w[i]);
        }
        line(sb, rule, w);
        for (String[] r : rows) {
            line(sb, r, w);
        }
        System.out.print(sb);
    }

    private static void line(StringBuilder sb, String[] cells, int[] w) {
        for (int i = 0; i < cells.length; i++) {
            sb.append(String.format(Locale.ROOT, "%-" + w[i] + "s", cells[i]));
            sb.append(i + 1 < cells.length ? "  " : "\n");
        }
    }
}
