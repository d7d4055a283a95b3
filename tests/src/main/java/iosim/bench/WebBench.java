package iosim.bench;

import com.fasterxml.jackson.databind.JsonNode;
import iosim.browser.HeadlessChromium;
import iosim.shell.cli.CaptureTerminal;
import iosim.shell.cli.CliSession;
import iosim.shell.cli.LoginPrivilege;
import iosim.shell.lab.LabRouter;
import iosim.shell.lab.RunningLab;
import iosim.shell.web.WebDashboard;
import iosim.shell.web.WebOptions;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * The lab dashboard with the 200-router lab (hub + 199 spokes) in headless chromium: page load
 * to the drawn topology, update messages per second the page receives (idle, while the 199
 * tunnels come up, under steady pings on every spoke), and the browser-side time per update
 * (the message handler: JSON, graph colours, tables; and message to painted frame). Without
 * chromium the browser figures are reported as not measured.
 */
public final class WebBench implements Bench {
    private static final int SPOKES = 199;

    @Override
    public String area() {
        return "web";
    }

    @Override
    public List<Figure> run() throws Exception {
        List<Figure> figures = new ArrayList<>();
        Optional<Path> exe = HeadlessChromium.find();
        if (exe.isEmpty()) {
            figures.add(new Figure("NOT MEASURED: no chromium (apt-get install chromium)", 0, "", "-"));
            return figures;
        }
        Path tmp = Files.createTempDirectory("iosim-web-bench");
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        try {
            new HubSpokeLab(SPOKES).write(tmp.resolve("lab"));
            try (RunningLab lab = RunningLab.start(tmp.resolve("lab"), quiet);
                 WebDashboard web = WebDashboard.start(lab, WebOptions.loopback(0));
                 HeadlessChromium b = HeadlessChromium.launch(exe.get(), 1600, 1000)) {
                long t0 = System.nanoTime();
                b.navigate(web.url());
                b.waitFor("window.iosim && iosim.seq >= 0 && cy && cy.nodes().length > 0", Duration.ofSeconds(60));
                figures.add(new Figure("200 routers: page load to topology drawn and state shown", ms(t0), "ms", "-"));
                figures.add(new Figure("  of which Cytoscape set-up + layout (" + b.eval("cy.nodes().length").asInt()
                        + " nodes, " + b.eval("cy.edges().length").asInt() + " edges)",
                        b.eval("iosim.layoutMs").asDouble(), "ms", "-"));
                figures.add(new Figure("  first topology + full state messages", b.eval("iosim.bytes").asDouble() / 1024,
                        "KiB", "-"));
                b.eval("iosim.measureFrames = true");

                Window idle = window(b, web, 5);
                figures.add(new Figure("idle lab: update messages per second (page)", idle.perSecond, "msg/s",
                        "0 (pushed only on change)"));

                AtomicBoolean stop = new AtomicBoolean();
                ExecutorService pool = Executors.newFixedThreadPool(SPOKES);
                try {
                    List<LabRouter> spokes = lab.routers().stream().filter(r -> !r.name().equals("HUB")).toList();
                    long up0 = System.nanoTime();
                    for (LabRouter s : spokes) {
                        pool.submit(() -> pingUntilStopped(s, stop));
                    }
                    Window comingUp = window(b, web, 0);
                    boolean allUp = b.waitFor("Object.values(iosim.state.tunnels).filter(t => t.state === 'up').length >= "
                            + SPOKES, Duration.ofSeconds(120));
                    double upMs = ms(up0);
                    comingUp.end(b, web);
                    int seenUp = b.eval("Object.values(iosim.state.tunnels).filter(t => t.state === 'up').length").asInt();
                    figures.add(new Figure("199 tunnels coming up: time until the page shows " + seenUp + " of " + SPOKES
                            + " up" + (allUp ? "" : " (not all)"), upMs, "ms", "-"));
                    Path shot = Path.of("tests", "target", "web-bench-200-routers.png");
                    if (Files.isDirectory(shot.getParent())) {
                        Files.write(shot, b.screenshot());
                    }
                    figures.add(new Figure("  update messages per second while they come up (page)", comingUp.perSecond,
                            "msg/s", "-"));
                    Window steady = window(b, web, 10);
                    figures.add(new Figure("steady pings on all 199 spokes: update messages per second (page)",
                            steady.perSecond, "msg/s", "<= 5/s (one per 200 ms sample)"));
                    figures.add(new Figure("  bytes per second to the page", steady.bytesPerSecond / 1024, "KiB/s", "-"));
                    figures.add(new Figure("  browser: handler time per update, median", steady.handlerP50, "ms",
                            "< 16 ms (one frame)"));
                    figures.add(new Figure("  browser: handler time per update, p95", steady.handlerP95, "ms",
                            "< 16 ms (one frame)"));
                    figures.add(new Figure("  browser: update received to frame painted, median", steady.frameP50,
                            "ms", "-"));
                    figures.add(new Figure("  browser: update received to frame painted, p95", steady.frameP95, "ms",
                            "-"));
                    figures.add(new Figure("  server: one sample of the 200 routers (mean over the run)",
                            web.stats().meanSampleMillis(), "ms", "< 200 ms (the interval)"));
                } finally {
                    stop.set(true);
                    pool.shutdown();
                    pool.awaitTermination(30, TimeUnit.SECONDS);
                }
                figures.add(new Figure("  page sockets open / console sessions open after the run",
                        web.stats().openSockets() * 1000 + web.stats().openConsoles(), "(sockets*1000+consoles)", "1000"));
            }
        } finally {
            try (Stream<Path> all = Files.walk(tmp)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return figures;
    }

    private static void pingUntilStopped(LabRouter s, AtomicBoolean stop) {
        CaptureTerminal out = new CaptureTerminal();
        CliSession session = new CliSession(s.router(), out, "console");
        LoginPrivilege.start(session, 15);
        while (!stop.get()) {
            out.reset();
            session.execute("ping 10.0.0.1 source Loopback0 repeat 2 timeout 1");
        }
    }

    /** Page-side counts over a time window. */
    private static final class Window {
        long t0;
        int m0;
        double b0;
        int h0;
        int f0;
        double perSecond;
        double bytesPerSecond;
        double handlerP50;
        double handlerP95;
        double frameP50;
        double frameP95;

        void end(HeadlessChromium b, WebDashboard web) throws Exception {
            double secs = (System.nanoTime() - t0) / 1e9;
            perSecond = (b.eval("iosim.messages").asInt() - m0) / secs;
            bytesPerSecond = (b.eval("iosim.bytes").asDouble() - b0) / secs;
            JsonNode h = b.eval("iosim.handlerMs.slice(" + h0 + ")");
            JsonNode f = b.eval("iosim.frameMs.slice(" + f0 + ")");
            handlerP50 = pct(h, 0.5);
            handlerP95 = pct(h, 0.95);
            frameP50 = pct(f, 0.5);
            frameP95 = pct(f, 0.95);
        }
    }

    private static Window window(HeadlessChromium b, WebDashboard web, int seconds) throws Exception {
        Window w = new Window();
        w.m0 = b.eval("iosim.messages").asInt();
        w.b0 = b.eval("iosim.bytes").asDouble();
        w.h0 = b.eval("iosim.handlerMs.length").asInt();
        w.f0 = b.eval("iosim.frameMs.length").asInt();
        w.t0 = System.nanoTime();
        if (seconds > 0) {
            Thread.sleep(seconds * 1000L);
            w.end(b, web);
        }
        return w;
    }

    private static double pct(JsonNode values, double q) {
        List<Double> v = new ArrayList<>();
        values.forEach(x -> v.add(x.asDouble()));
        if (v.isEmpty()) {
            return -1;
        }
        v.sort(Double::compare);
        return v.get(Math.min(v.size() - 1, (int) Math.floor(q * v.size())));
    }

    private static double ms(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }
}
