package iosim.shell.web;

import iosim.shell.lab.RunningLab;
import java.io.IOException;
import java.net.InetAddress;

/**
 * The lab dashboard ({@code ./iosim lab DIR --web [PORT]}): a page with the lab's topology,
 * live link and tunnel state and SA counters, and router consoles, served over HTTP and
 * WebSockets while the lab runs. Start it after the lab; close it before.
 */
public final class WebDashboard implements AutoCloseable {
    private final WebOptions options;
    private final WebAccess access;
    private final WebStats stats = new WebStats();
    private final StateHub hub;
    private final LabMonitor monitor;
    private final WebServer server;

    private WebDashboard(WebOptions options, RunningLab lab, long intervalMillis) throws IOException {
        this.options = options;
        this.access = new WebAccess(options.password());
        this.hub = new StateHub(stats);
        this.monitor = new LabMonitor(lab, hub, stats, intervalMillis);
        try {
            this.server = new WebServer(options, access, lab, hub, stats);
        } catch (InterruptedException e) {
            monitor.close();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting the dashboard", e);
        } catch (RuntimeException e) {
            monitor.close();
            throw new IOException("cannot listen on " + options.bind() + ":" + options.port() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Starts the dashboard of a running lab.
     *
     * @throws IllegalArgumentException when the options are not allowed ({@link WebOptions#problem()})
     * @throws IOException              when the port cannot be bound
     */
    public static WebDashboard start(RunningLab lab, WebOptions options) throws IOException {
        return start(lab, options, LabMonitor.DEFAULT_INTERVAL_MILLIS);
    }

    /** {@link #start(RunningLab, WebOptions)} sampling the lab every {@code intervalMillis}. */
    public static WebDashboard start(RunningLab lab, WebOptions options, long intervalMillis) throws IOException {
        String problem = options.problem();
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return new WebDashboard(options, lab, intervalMillis);
    }

    public int port() {
        return server.port();
    }

    /** The page's address with this run's token (what the console prints). */
    public String url() {
        String host = options.bind();
        try {
            InetAddress a = InetAddress.getByName(host);
            if (a.isAnyLocalAddress()) {
                host = InetAddress.getLocalHost().getHostName();
            } else if (a instanceof java.net.Inet6Address) {
                host = "[" + a.getHostAddress() + "]";
            }
        } catch (IOException e) {
            // keep the name as given
        }
        return "http://" + host + ":" + port() + "/?token=" + access.token();
    }

    /** The lines printed on the console when the dashboard starts. */
    public String banner() {
        return "Lab dashboard: " + url() + "\n"
                + (access.needsPassword() ? "  (user " + WebAccess.USER + ", the password given; anyone with the URL"
                + " and password can use every console)\n" : "  (this machine only; the token in the URL is the key)\n");
    }

    public WebStats stats() {
        return stats;
    }

    /** Pages watching now. */
    public int pages() {
        return hub.pages();
    }

    /** TCP connections open now, the listening socket included. */
    public int connections() {
        return server.connections();
    }

    @Override
    public void close() {
        monitor.close();
        server.close();
    }
}
