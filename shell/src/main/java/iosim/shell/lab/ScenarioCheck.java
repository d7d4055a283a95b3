package iosim.shell.lab;

import iosim.dataplane.ipsec.IpsecFlowSnapshot;
import iosim.dataplane.ipsec.Ipv4Addresses;
import iosim.ikev2.api.IkeSaSnapshot;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A scenario's grading ({@code lab> check}), like Packet Tracer's activity check: the lab
 * folder's {@code check.yaml} lists what must hold in the live lab once the fault is fixed, and
 * each item is tested against the running routers, never against their configuration text:
 * <pre>
 * goal: the tunnel SITE-A - SITE-B comes up and carries traffic between the LANs
 * checks:
 *   - ping: SITE-A 10.0.0.1 source GigabitEthernet0/1   # at least 3 of 5 echoes answered
 *   - ike-sa: SITE-A 203.0.113.20                      # an IKEv2 SA with that peer is READY
 *   - ipsec-sa: SITE-B 203.0.113.10                    # an IPsec SA pair with that peer, packets both ways
 * </pre>
 * Pings come first (they bring the tunnel up), then the SA checks.
 */
public final class ScenarioCheck {
    public static final String FILE_NAME = "check.yaml";
    private static final Pattern SUCCESS = Pattern.compile("Success rate is (\\d+) percent \\((\\d+)/(\\d+)\\)");

    /** One item's outcome. */
    public record Item(String what, boolean passed, String detail) {}

    /** A whole check: its goal, items, and the verdict. */
    public record Outcome(String lab, String goal, List<Item> items) {
        public boolean fixed() {
            return !items.isEmpty() && items.stream().allMatch(Item::passed);
        }

        /** The text {@code lab> check} prints. */
        public String text() {
            StringBuilder b = new StringBuilder("Checking " + lab + ": " + goal + "\n");
            for (Item i : items) {
                b.append(String.format("  %-6s %s: %s%n", i.passed() ? "[ok]" : "[FAIL]", i.what(), i.detail()));
            }
            long failed = items.stream().filter(i -> !i.passed()).count();
            b.append(fixed() ? "Result: FIXED - every check passes.\n"
                    : "Result: NOT FIXED - " + failed + " of " + items.size() + " checks fail.\n");
            return b.toString();
        }
    }

    private final String goal;
    private final List<String[]> checks;
    private final String problem;

    private ScenarioCheck(String goal, List<String[]> checks, String problem) {
        this.goal = goal;
        this.checks = checks;
        this.problem = problem;
    }

    /** The lab's check ({@code check.yaml} in its folder); a lab without one has nothing to grade. */
    public static ScenarioCheck forLab(RunningLab lab) {
        return load(lab.spec().dir().resolve(FILE_NAME));
    }

    static ScenarioCheck load(Path file) {
        if (!Files.isRegularFile(file)) {
            return new ScenarioCheck(null, List.of(), "This lab has no check (it is not a fault scenario).");
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
            if (!(root instanceof Map<?, ?> m) || !(m.get("checks") instanceof List<?> list)) {
                return new ScenarioCheck(null, List.of(), "% " + file + ": expected 'goal:' and a 'checks:' list");
            }
            List<String[]> checks = new ArrayList<>();
            for (Object o : list) {
                if (!(o instanceof Map<?, ?> one) || one.size() != 1) {
                    return new ScenarioCheck(null, List.of(), "% " + file + ": each check is one 'kind: words' entry");
                }
                Map.Entry<?, ?> e = one.entrySet().iterator().next();
                String kind = String.valueOf(e.getKey());
                String[] words = String.valueOf(e.getValue()).strip().split("\\s+");
                if (!List.of("ping", "ike-sa", "ipsec-sa").contains(kind) || words.length < 2) {
                    return new ScenarioCheck(null, List.of(), "% " + file + ": unknown check '" + kind + ": "
                            + e.getValue() + "' (ping ROUTER DEST [source IF], ike-sa ROUTER PEER, ipsec-sa ROUTER PEER)");
                }
                String[] c = new String[words.length + 1];
                c[0] = kind;
                System.arraycopy(words, 0, c, 1, words.length);
                checks.add(c);
            }
            Object goal = m.get("goal");
            return new ScenarioCheck(goal == null ? "the fault is fixed" : goal.toString(), checks, null);
        } catch (IOException | RuntimeException e) {
            return new ScenarioCheck(null, List.of(), "% " + file + ": " + e.getMessage());
        }
    }

    /** True when the lab has something to grade. */
    public boolean present() {
        return problem == null;
    }

    /** Runs the check on the live lab; the text for {@code lab> check}. */
    public String run(RunningLab lab) {
        return problem != null ? problem + "\n" : outcome(lab).text();
    }

    /** Runs every item on the live lab (pings first). */
    public Outcome outcome(RunningLab lab) {
        List<Item> items = new ArrayList<>();
        for (String[] c : checks) {
            if (c[0].equals("ping")) {
                items.add(ping(lab, c));
            }
        }
        for (String[] c : checks) {
            if (!c[0].equals("ping")) {
                items.add(c[0].equals("ike-sa") ? ikeSa(lab, c[1], c[2]) : ipsecSa(lab, c[1], c[2]));
            }
        }
        return new Outcome(lab.spec().name(), goal, items);
    }

    private static Item ping(RunningLab lab, String[] c) {
        String what = c[1] + " ping " + String.join(" ", java.util.Arrays.copyOfRange(c, 2, c.length));
        LabRouter r = lab.router(c[1]);
        if (r == null) {
            return new Item(what, false, "no router " + c[1] + " in this lab");
        }
        String source = c.length >= 5 && c[3].equals("source") ? c[4] : null;
        int[] best = {0, 0};
        for (int attempt = 0; attempt < 2 && best[0] < 3; attempt++) { // a tunnel coming up eats the first echoes
            Matcher m = SUCCESS.matcher(r.runtime().exec().ping(c[2], 5, 100, 2, source));
            if (m.find()) {
                best = new int[] {Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
            }
        }
        return new Item(what, best[0] >= 3, best[0] + " of " + best[1] + " echoes answered");
    }

    private static Item ikeSa(RunningLab lab, String router, String peer) {
        String what = router + " IKEv2 SA with " + peer;
        LabRouter r = lab.router(router);
        if (r == null) {
            return new Item(what, false, "no router " + router + " in this lab");
        }
        List<IkeSaSnapshot> sas = r.runtime().ikeSas();
        for (IkeSaSnapshot s : sas) {
            if (s.remoteAddress().getAddress().getHostAddress().equals(peer)
                    && ("ESTABLISHED".equals(s.state()) || "REKEYING".equals(s.state()))) {
                return new Item(what, true, "READY (" + s.encryption() + ", " + s.group() + ")");
            }
        }
        return new Item(what, false, sas.isEmpty() ? "no IKEv2 SA at all" : "none READY with that peer");
    }

    private static Item ipsecSa(RunningLab lab, String router, String peer) {
        String what = router + " IPsec SAs with " + peer;
        LabRouter r = lab.router(router);
        if (r == null) {
            return new Item(what, false, "no router " + router + " in this lab");
        }
        boolean any = false;
        for (IpsecFlowSnapshot f : r.runtime().ipsecFlows()) {
            if (!Ipv4Addresses.format(f.peer()).equals(peer) || f.currentOutboundSpi() == 0) {
                continue;
            }
            any = true;
            if (f.counters().encaps() > 0 && f.counters().decaps() > 0) {
                String transform = f.outbound().isEmpty() ? "" : ", " + f.outbound().get(0).transform();
                return new Item(what, true, "inbound and outbound SAs, " + f.counters().encaps() + " packets encrypted, "
                        + f.counters().decaps() + " decrypted" + transform);
            }
        }
        return new Item(what, false, any ? "SAs up but no packets through them both ways" : "no IPsec SA with that peer");
    }
}
