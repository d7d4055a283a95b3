package iosim.shell.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A lab host that is a real Linux host: a network namespace ({@code PREFIX + NAME}) whose
 * {@code eth0} is one end of a veth pair; the other end ({@link #routerSide()}) stays in this
 * namespace and the router's port is attached to it with AF_PACKET, as {@code --attach} does.
 * Inside, real {@code ping}, {@code ssh}, {@code curl}, {@code iperf3} run through the lab.
 * Needs root and iproute2; the namespace is deleted when the lab stops.
 */
public final class NetnsHost implements AutoCloseable {
    private final HostSpec spec;
    private final String namespace;
    private final String routerSide;

    private NetnsHost(HostSpec spec, String namespace, String routerSide) {
        this.spec = spec;
        this.namespace = namespace;
        this.routerSide = routerSide;
    }

    /** Creates the namespace and its veth pair for host {@code spec} (the {@code index}-th host). */
    static NetnsHost create(HostSpec spec, String prefix, int index) throws IOException {
        String ns = prefix + spec.name();
        String veth = (prefix.length() > 8 ? prefix.substring(0, 8) : prefix) + "h" + index + "r";
        NetnsHost h = new NetnsHost(spec, ns, veth);
        ip("netns", "del", ns).ignoreFailure();
        ip("link", "del", veth).ignoreFailure();
        try {
            ip("netns", "add", ns).check();
            ip("link", "add", veth, "type", "veth", "peer", "name", "eth0", "netns", ns).check();
            ip("link", "set", veth, "up").check();
            h.inside("ip", "link", "set", "lo", "up").check();
            h.inside("ip", "addr", "add", spec.address() + "/" + spec.prefix(), "dev", "eth0").check();
            h.inside("ip", "link", "set", "eth0", "up").check();
            if (spec.gateway() != null) {
                h.inside("ip", "route", "add", "default", "via", spec.gateway()).check();
            }
        } catch (IOException e) {
            h.close();
            throw e;
        }
        return h;
    }

    public String name() {
        return spec.name();
    }

    public HostSpec spec() {
        return spec;
    }

    /** The namespace's name ({@code ip netns exec NAME ...}). */
    public String namespace() {
        return namespace;
    }

    /** The veth end the router's port is attached to. */
    public String routerSide() {
        return routerSide;
    }

    /** The command line that runs {@code cmd} inside the host (default signal handling restored). */
    public List<String> command(List<String> cmd) {
        List<String> out = new ArrayList<>(List.of("ip", "netns", "exec", namespace, "env", "--default-signal=INT,QUIT"));
        out.addAll(cmd);
        return out;
    }

    private Result inside(String... cmd) throws IOException {
        return run(command(List.of(cmd)));
    }

    @Override
    public void close() {
        try {
            ip("netns", "del", namespace).ignoreFailure();
            ip("link", "del", routerSide).ignoreFailure();
        } catch (IOException e) {
            // gone already
        }
    }

    record Result(List<String> cmd, int status, String output) {
        void check() throws IOException {
            if (status != 0) {
                throw new IOException(String.join(" ", cmd) + ": " + output.strip());
            }
        }

        void ignoreFailure() {
        }
    }

    private static Result ip(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("ip"));
        cmd.addAll(List.of(args));
        return run(cmd);
    }

    static Result run(List<String> cmd) throws IOException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(cmd, -1, "timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return new Result(cmd, p.exitValue(), out);
    }
}
