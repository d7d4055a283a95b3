package iosim.shell.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code show access-lists [NAME]}, laid out as IOS does, from the ACL lines of the rendered
 * running-config (the renderer owns how one rule is spelled). Remarks are not shown; entries
 * without a sequence number are numbered 10, 20, ... Match counters stay absent until the
 * dataplane is wired to the CLI. Pure function.
 */
final class AccessListText {
    private AccessListText() {}

    private record Acl(boolean extended, List<String> entries) {}

    static String render(String runningConfig, String only) {
        Map<String, Acl> acls = new LinkedHashMap<>();
        Acl current = null;
        for (String line : runningConfig.split("\n")) {
            if (line.startsWith("ip access-list ")) {
                String[] w = line.strip().split("\\s+");
                if (w.length >= 4) {
                    current = acls.computeIfAbsent(w[3], k -> new Acl(w[2].equals("extended"), new ArrayList<>()));
                } else {
                    current = null;
                }
            } else if (line.startsWith(" ") && current != null) {
                current.entries().add(line.strip());
            } else if (line.startsWith("access-list ")) {
                String[] w = line.strip().split("\\s+", 3);
                if (w.length == 3) {
                    boolean extended = isExtendedNumber(w[1]);
                    acls.computeIfAbsent(w[1], k -> new Acl(extended, new ArrayList<>())).entries().add(w[2]);
                }
                current = null;
            } else {
                current = null;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Acl> e : acls.entrySet()) {
            if (only != null && !only.equals(e.getKey())) {
                continue;
            }
            Acl acl = e.getValue();
            sb.append(acl.extended() ? "Extended" : "Standard").append(" IP access list ").append(e.getKey()).append('\n');
            int seq = 0;
            for (String entry : acl.entries()) {
                String body = entry;
                String[] w = entry.split("\\s+", 2);
                if (w[0].matches("\\d+") && w.length == 2) {
                    seq = Integer.parseInt(w[0]);
                    body = w[1];
                } else {
                    seq += 10;
                }
                if (body.startsWith("remark")) {
                    continue;
                }
                sb.append("    ").append(seq).append(' ').append(acl.extended() ? body : standard(body)).append('\n');
            }
        }
        return sb.toString();
    }

    private static boolean isExtendedNumber(String n) {
        try {
            int v = Integer.parseInt(n);
            return (v >= 100 && v <= 199) || (v >= 2000 && v <= 2699);
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** {@code permit 10.0.0.0 0.0.0.255} is shown as {@code permit 10.0.0.0, wildcard bits 0.0.0.255}. */
    private static String standard(String body) {
        String[] w = body.split("\\s+");
        if (w.length >= 3 && w[1].matches("[\\d.]+") && w[2].matches("[\\d.]+")) {
            StringBuilder sb = new StringBuilder(w[0]).append(' ').append(w[1]).append(", wildcard bits ").append(w[2]);
            for (int i = 3; i < w.length; i++) {
                sb.append(' ').append(w[i]);
            }
            return sb.toString();
        }
        if (w.length >= 3 && w[1].equals("host")) {
            StringBuilder sb = new StringBuilder(w[0]).append(' ').append(w[2]);
            for (int i = 3; i < w.length; i++) {
                sb.append(' ').append(w[i]);
            }
            return sb.toString();
        }
        return body;
    }
}
