package iosim.shell.lab;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a lab folder's {@code lab.yaml} (schema in {@code docs/LABS.md}) into a {@link LabSpec}.
 * Structure problems are reported with the file and line; the semantic checks (unknown router,
 * interface used twice, missing config file, port in use) are {@link LabValidator}'s.
 */
public final class LabParser {
    public static final String FILE_NAME = "lab.yaml";

    private static final Set<String> TOP = Set.of("name", "console", "routers", "links", "hosts");
    private static final Set<String> ROUTER = new LinkedHashSet<>(List.of("config", "ssh", "ssh-address", "platform"));
    private static final Set<String> LINK = new LinkedHashSet<>(List.of("a", "b", "udp", "attach"));
    private static final Set<String> HOST = new LinkedHashSet<>(List.of("address", "gateway"));

    private LabParser() {
    }

    /** Parses and validates the lab in {@code dir}; throws with every problem found. */
    public static LabSpec load(Path dir) throws LabException {
        List<LabError> errors = new ArrayList<>();
        LabSpec spec = parse(dir, errors);
        errors.addAll(LabValidator.validate(spec, dir.resolve(FILE_NAME)));
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(LabError::line)); // one pass, in file order
            throw new LabException(errors);
        }
        return spec;
    }

    /** Parses the lab file's structure only (no file-system or port checks). */
    public static LabSpec parse(Path dir) throws LabException {
        List<LabError> errors = new ArrayList<>();
        LabSpec spec = parse(dir, errors);
        if (!errors.isEmpty()) {
            throw new LabException(errors);
        }
        return spec;
    }

    /**
     * The lab as far as it parses, its structural problems added to {@code errors}; throws only
     * when there is no lab to speak of (no folder or file, not YAML, not text).
     */
    private static LabSpec parse(Path dir, List<LabError> errors) throws LabException {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isDirectory(dir)) {
            throw new LabException(List.of(new LabError(dir, 0, "no such lab folder")));
        }
        if (!Files.isRegularFile(file)) {
            throw new LabException(List.of(new LabError(file, 0, "no lab file (expected " + FILE_NAME + " in the folder)")));
        }
        Node root;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            LoaderOptions opts = new LoaderOptions();
            opts.setAllowDuplicateKeys(true); // reported ourselves, with the line
            root = new Yaml(opts).compose(r);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            String problem = e.getProblem() != null ? e.getProblem() : "not valid YAML";
            throw new LabException(List.of(new LabError(file, line, "YAML syntax: " + problem)));
        } catch (YAMLException | IOException e) {
            throw new LabException(List.of(new LabError(file, 0, "cannot read: " + readProblem(e))));
        }
        if (root == null) {
            throw new LabException(List.of(new LabError(file, 0, "the lab file is empty")));
        }
        YamlNodes y = new YamlNodes(file, errors);
        Map<String, Node> top = y.mapping(root, "the lab file", TOP);
        String name = top.containsKey("name") ? y.scalar(top.get("name"), "name") : dir.toAbsolutePath().normalize()
                .getFileName().toString();
        List<RouterSpec> routers = new ArrayList<>();
        if (!top.containsKey("routers")) {
            y.error(root, "the lab has no 'routers:' section");
        } else {
            routers(y, top.get("routers"), dir, routers);
        }
        List<HostSpec> hosts = new ArrayList<>();
        if (top.containsKey("hosts")) {
            hosts(y, top.get("hosts"), hosts);
        }
        List<LinkSpec> links = new ArrayList<>();
        if (top.containsKey("links")) {
            for (Node item : y.sequence(top.get("links"), "links")) {
                LinkSpec l = link(y, item);
                if (l != null) {
                    links.add(l);
                }
            }
        }
        String console = routers.isEmpty() ? null : routers.get(0).name();
        if (top.containsKey("console")) {
            String wanted = y.scalar(top.get("console"), "console");
            if (wanted != null && routers.stream().noneMatch(r -> r.name().equals(wanted))) {
                y.error(top.get("console"), "console: unknown router '" + wanted + "'");
            }
            console = wanted;
        }
        return new LabSpec(dir, name, routers, links, hosts, console);
    }

    /** Why the file could not be read, in words (never a Java class name). */
    private static String readProblem(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.nio.charset.CharacterCodingException) {
                return "the file is not UTF-8 text";
            }
            if (t instanceof java.nio.file.AccessDeniedException) {
                return "permission denied";
            }
        }
        String m = e.getMessage() == null ? "" : e.getMessage().replaceAll("\\b(?:[a-z]+\\.)+[A-Z][A-Za-z]*(?:Exception|Error):? ?", "");
        return m.isBlank() ? "input/output error" : m.strip();
    }

    private static void routers(YamlNodes y, Node n, Path dir, List<RouterSpec> out) {
        Map<String, Node> byName = y.mapping(n, "routers", null);
        if (byName.isEmpty() && n instanceof MappingNode) {
            y.error(n, "routers: the lab has no router");
        }
        for (Map.Entry<String, Node> e : byName.entrySet()) {
            String name = e.getKey();
            Node body = e.getValue();
            if (!LabNames.validNodeName(name)) {
                y.error(body, "router name '" + name + "' is not a valid host name (letters, digits, '-', '_';"
                        + " starting with a letter)");
                continue;
            }
            Map<String, Node> r = y.mapping(body, "router " + name, ROUTER);
            if (!r.containsKey("config")) {
                y.error(body, "router " + name + " has no 'config:' (its startup-config file)");
                continue;
            }
            String cfg = y.scalar(r.get("config"), "config of " + name);
            Integer port = r.containsKey("ssh") ? y.integer(r.get("ssh"), "ssh port of " + name, 1, 65535) : null;
            String addr = r.containsKey("ssh-address") ? y.scalar(r.get("ssh-address"), "ssh-address of " + name)
                    : "127.0.0.1";
            iosim.config.Platform platform = iosim.config.Platform.IOSV;
            if (r.containsKey("platform")) {
                String p = y.scalar(r.get("platform"), "platform of " + name);
                platform = p == null ? null : iosim.config.Platform.byName(p).orElse(null);
                if (p != null && platform == null) {
                    y.error(r.get("platform"), "router " + name + " has platform '" + p + "': use one of "
                            + iosim.config.Platform.names());
                }
            }
            if (cfg != null && addr != null && platform != null) {
                out.add(new RouterSpec(name, dir.resolve(cfg).normalize(), addr, port == null ? 0 : port,
                        YamlNodes.line(body), platform));
            }
        }
    }

    private static void hosts(YamlNodes y, Node n, List<HostSpec> out) {
        for (Map.Entry<String, Node> e : y.mapping(n, "hosts", null).entrySet()) {
            String name = e.getKey();
            Node body = e.getValue();
            if (!LabNames.validNodeName(name)) {
                y.error(body, "host name '" + name + "' is not a valid host name");
                continue;
            }
            Map<String, Node> h = y.mapping(body, "host " + name, HOST);
            if (!h.containsKey("address")) {
                y.error(body, "host " + name + " has no 'address:' (A.B.C.D/LEN)");
                continue;
            }
            String address = y.scalar(h.get("address"), "address of " + name);
            String gateway = h.containsKey("gateway") ? y.scalar(h.get("gateway"), "gateway of " + name) : null;
            if (address == null) {
                continue;
            }
            String[] p = address.strip().split("/");
            if (p.length != 2 || !LabNames.ipv4(p[0]) || !p[1].matches("\\d{1,2}") || Integer.parseInt(p[1]) > 32) {
                y.error(h.get("address"), "address of host " + name + " must be A.B.C.D/LEN, not '" + address + "'");
                continue;
            }
            if (gateway != null && !LabNames.ipv4(gateway.strip())) {
                y.error(h.get("gateway"), "gateway of host " + name + " must be A.B.C.D, not '" + gateway + "'");
                continue;
            }
            out.add(new HostSpec(name, p[0], Integer.parseInt(p[1]), gateway == null ? null : gateway.strip(),
                    YamlNodes.line(body)));
        }
    }

    private static LinkSpec link(YamlNodes y, Node item) {
        int line = YamlNodes.line(item);
        if (item instanceof SequenceNode s) {
            if (s.getValue().size() != 2) {
                y.error(item, "a link written as a list joins exactly two endpoints: [ROUTER IF, ROUTER IF]");
                return null;
            }
            Endpoint a = endpoint(y, s.getValue().get(0));
            Endpoint b = endpoint(y, s.getValue().get(1));
            return a == null || b == null ? null : new LinkSpec.Wire(a, b, line);
        }
        Map<String, Node> m = y.mapping(item, "a link", LINK);
        if (!m.containsKey("a")) {
            if (!m.isEmpty()) {
                y.error(item, "a link needs 'a:' (ROUTER INTERFACE)");
            }
            return null;
        }
        Endpoint a = endpoint(y, m.get("a"));
        int kinds = (m.containsKey("b") ? 1 : 0) + (m.containsKey("udp") ? 1 : 0) + (m.containsKey("attach") ? 1 : 0);
        if (kinds != 1) {
            y.error(item, "a link needs exactly one of 'b:' (in-process), 'udp:' (LOCALPORT:HOST:PORT) or"
                    + " 'attach:' (a Linux interface)");
            return null;
        }
        if (a == null) {
            return null;
        }
        if (m.containsKey("b")) {
            Endpoint b = endpoint(y, m.get("b"));
            return b == null ? null : new LinkSpec.Wire(a, b, line);
        }
        if (m.containsKey("udp")) {
            String text = y.scalar(m.get("udp"), "udp");
            if (text == null) {
                return null;
            }
            return UdpEndpoint.parse(text).<LinkSpec>map(u -> new LinkSpec.Udp(a, u, line)).orElseGet(() -> {
                y.error(m.get("udp"), "udp must be LOCALPORT:REMOTEHOST:REMOTEPORT, not '" + text + "'");
                return null;
            });
        }
        String ifName = y.scalar(m.get("attach"), "attach");
        if (ifName == null || !ifName.matches("[A-Za-z0-9_.:@-]{1,15}")) {
            y.error(m.get("attach"), "attach must name a Linux interface (at most 15 characters)");
            return null;
        }
        return new LinkSpec.Attach(a, ifName, line);
    }

    private static Endpoint endpoint(YamlNodes y, Node n) {
        String text = y.scalar(n, "a link endpoint");
        if (text == null) {
            return null;
        }
        String[] p = text.strip().split("\\s+", 2);
        if (p[0].isEmpty()) {
            y.error(n, "empty link endpoint");
            return null;
        }
        if (p.length == 1) {
            return new Endpoint(p[0], null, YamlNodes.line(n));
        }
        return LabNames.ethernet(p[1]).map(i -> new Endpoint(p[0], i, YamlNodes.line(n))).orElseGet(() -> {
            y.error(n, "'" + p[1] + "' is not an Ethernet interface name (GigabitEthernetN/N, Gi0/0, Gi1 on a c8000v, ...)");
            return null;
        });
    }
}
