package iosim.shell.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import iosim.shell.lab.RunningLab;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's server against bad input, with the JDK's HTTP and WebSocket clients: no token,
 * wrong token, garbage frames and bytes, oversized frames, dropped sockets, consoles closed
 * mid-session, hundreds of tabs; the lab keeps answering and every socket and console is closed
 * and counted afterwards.
 */
class WebDashboardTest {
    @TempDir
    static Path tmp;
    static RunningLab lab;
    static WebDashboard web;
    static HttpClient http;

    @BeforeAll
    static void start() throws Exception {
        lab = RunningLab.start(defaultLab(tmp), new PrintStream(OutputStream.nullOutputStream()));
        web = WebDashboard.start(lab, WebOptions.loopback(0), 50);
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        if (web != null) {
            web.close();
        }
        if (lab != null) {
            lab.close();
        }
    }

    static String base() {
        return "127.0.0.1:" + web.port();
    }

    static String token() {
        return web.url().substring(web.url().indexOf("token=") + 6);
    }

    @Test
    void servesThePageAndItsLibrariesFromTheBuild() throws Exception {
        HttpResponse<String> page = get("/?token=" + token());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<script src=\"/lib/cytoscape.min.js\">");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'");
        for (String path : StaticFiles.FILES.keySet()) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(get("/lib/../../etc/passwd").statusCode()).isEqualTo(404);
        assertThat(get("/nothing").statusCode()).isEqualTo(404);
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://" + base() + "/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
    }

    @Test
    void socketsNeedThisRunsToken() throws Exception {
        long refused = web.stats().refused();
        long consoles = web.stats().consolesOpened();
        assertThatThrownBy(() -> open("/ws/state", new Collect())).isInstanceOf(CompletionException.class);
        assertThatThrownBy(() -> open("/ws/state?token=wrong", new Collect())).isInstanceOf(CompletionException.class);
        assertThatThrownBy(() -> open("/ws/console?router=SITE-A&token=" + token().substring(1), new Collect()))
                .isInstanceOf(CompletionException.class);
        assertThat(web.stats().refused()).isEqualTo(refused + 3);
        assertThat(web.stats().consolesOpened()).as("no console started without the token").isEqualTo(consoles);
    }

    @Test
    void stateSocketSendsTopologyThenStateAndIgnoresGarbage() throws Exception {
        Collect c = new Collect();
        WebSocket ws = open("/ws/state?token=" + token(), c);
        String topo = c.next();
        assertThat(topo).startsWith("{\"type\":\"topology\"").contains("\"SITE-A\"", "\"PC-B\"", "GigabitEthernet0/0",
                "203.0.113.10/24", "\"T:SITE-A|SITE-B\"");
        assertThat(c.next()).startsWith("{\"type\":\"state\",\"full\":true").contains("\"T:SITE-A|SITE-B\":{\"state\":\"down\"");
        long bad = web.stats().badFrames();
        ws.sendText("{not json", true).join();
        ws.sendBinary(ByteBuffer.wrap(new byte[] {0, 1, 2, (byte) 0xff}), true).join();
        ws.sendText("{\"type\":\"resize\",\"cols\":1}", true).join();
        waitFor(() -> web.stats().badFrames() == bad + 3, "three bad frames counted");
        ws.abort();
        assertThat(lab.router("SITE-A").router().hostname()).isEqualTo("SITE-A");
    }

    @Test
    void anOversizedFrameClosesOnlyThatSocket() throws Exception {
        Collect c = new Collect();
        WebSocket ws = open("/ws/console?router=ISP&token=" + token(), c);
        ws.sendBinary(ByteBuffer.wrap(new byte[WebServer.MAX_FRAME + 1]), true);
        assertThat(c.closed.get(10, TimeUnit.SECONDS)).isNotNull();
        waitFor(() -> web.stats().openConsoles() == 0, "the console closed with its socket");
        Collect again = new Collect();
        WebSocket ok = open("/ws/state?token=" + token(), again);
        assertThat(again.next()).startsWith("{\"type\":\"topology\"");
        ok.abort();
    }

    @Test
    void garbageBytesOnThePortAreAnsweredAndClosed() throws Exception {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), web.port())) {
            s.setSoTimeout(5000);
            s.getOutputStream().write("\u0016\u0003\u0001 GARBAGE\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().write(new byte[5000]);
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(answer).startsWith("HTTP/1.1 400");
        }
        assertThat(get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void consoleRunsTheRoutersCliAndEndsWithItsSocket() throws Exception {
        Collect c = new Collect();
        WebSocket ws = open("/ws/console?router=SITE-A&token=" + token(), c);
        ws.sendText("{\"type\":\"resize\",\"cols\":100,\"rows\":30}", true).join();
        ws.sendBinary(bytes("\r"), true).join();
        c.until("SITE-A>");
        ws.sendBinary(bytes("show ?"), true).join();
        c.until("System hardware and software status");
        ws.sendBinary(bytes("\u0015enable\r"), true).join();
        c.until("Password:");
        ws.sendBinary(bytes("class\r"), true).join();
        c.until("SITE-A#");
        ws.sendBinary(bytes("sh ver\t"), true).join();
        c.until("sh version");
        assertThat(web.stats().openConsoles()).isEqualTo(1);
        ws.abort(); // the page went away mid-line
        waitFor(() -> web.stats().openConsoles() == 0, "the console's session ended");
        waitFor(() -> consoleThreads() == 0, "the console's thread ended");
    }

    @Test
    void hundredsOfTabsOpenAndVanishWithoutLeaking() throws Exception {
        long opened = web.stats().socketsOpened();
        List<WebSocket> pages = new ArrayList<>();
        List<Collect> seen = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Collect c = new Collect();
            seen.add(c);
            pages.add(open("/ws/state?token=" + token(), c));
        }
        for (Collect c : seen) {
            assertThat(c.next()).startsWith("{\"type\":\"topology\"");
        }
        assertThat(web.pages()).isGreaterThanOrEqualTo(300);
        List<WebSocket> consoles = new ArrayList<>();
        List<Collect> consoleEnds = new ArrayList<>();
        long refused = web.stats().consolesRefused();
        for (int i = 0; i < SocketDispatch.MAX_CONSOLES + 6; i++) {
            Collect c = new Collect();
            consoleEnds.add(c);
            consoles.add(open("/ws/console?router=" + (i % 2 == 0 ? "SITE-B" : "ISP") + "&token=" + token(), c));
        }
        waitFor(() -> web.stats().consolesRefused() == refused + 6, "consoles over the limit refused");
        assertThat(web.stats().openConsoles()).isLessThanOrEqualTo(SocketDispatch.MAX_CONSOLES);
        for (int i = 0; i < pages.size(); i++) {
            if (i % 2 == 0) {
                pages.get(i).abort(); // a dropped connection
            } else {
                pages.get(i).sendClose(WebSocket.NORMAL_CLOSURE, "tab closed");
            }
        }
        consoles.forEach(WebSocket::abort);
        waitFor(() -> web.pages() == 0, "every page forgotten");
        waitFor(() -> web.stats().openConsoles() == 0, "every console session ended");
        waitFor(() -> web.stats().openSockets() == 0, "every socket closed");
        waitFor(() -> consoleThreads() == 0, "every console thread ended");
        waitFor(() -> web.connections() == 1, "only the listening socket is left");
        assertThat(web.stats().socketsOpened() - opened).isGreaterThanOrEqualTo(300 + SocketDispatch.MAX_CONSOLES);
        // and the lab still works: the state socket still reports it
        Collect after = new Collect();
        WebSocket ws = open("/ws/state?token=" + token(), after);
        assertThat(after.next()).startsWith("{\"type\":\"topology\"");
        ws.abort();
    }

    @Test
    void labActionsNeedTheTokenAndAnswerBadInput() throws Exception {
        assertThat(post("/api/check").statusCode()).isEqualTo(403);
        assertThat(post("/api/capture?router=SITE-A&if=Gi0/0").statusCode()).isEqualTo(403);
        HttpResponse<String> check = get("/api/check?token=" + token());
        assertThat(check.statusCode()).isEqualTo(200);
        assertThat(check.body()).isEqualTo("{\"present\":false}");
        assertThat(post("/api/capture?router=NOPE&if=Gi0/0&token=" + token()).body()).contains("No router named NOPE");
        assertThat(post("/api/capture?router=SITE-A&token=" + token()).statusCode()).isEqualTo(400);
        assertThat(get("/api/capture/file?name=../../etc/passwd&token=" + token()).statusCode()).isEqualTo(400);
        assertThat(get("/api/nothing?token=" + token()).statusCode()).isEqualTo(404);
        HttpResponse<String> started = post("/api/capture?router=SITE-A&if=Gi0/1&token=" + token());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        assertThat(started.body()).contains("web-SITE-A-Gi0_1-");
        HttpResponse<String> stopped = post("/api/capture/stop?token=" + token());
        assertThat(stopped.body()).contains("packets in", "keys");
        String name = started.body().replaceAll(".*\"file\":\"([^\"]+)\".*", "$1");
        HttpResponse<byte[]> zip = http.send(HttpRequest.newBuilder(URI.create("http://" + base()
                + "/api/capture/file?name=" + name + "&token=" + token())).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Disposition").orElse("")).contains(name + ".zip");
        List<String> entries = new ArrayList<>();
        try (var z = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.body()))) {
            for (var e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                entries.add(e.getName());
            }
        }
        assertThat(entries).contains(name).anyMatch(e -> e.endsWith("/esp_sa")).anyMatch(e -> e.endsWith("/ikev2_decryption_table"));
    }

    @Test
    void aFaultScenarioIsCheckedFromThePage() throws Exception {
        Path dir = defaultLab(tmp.resolve("fault"), "psk-mismatch");
        try (RunningLab fault = RunningLab.start(dir, new PrintStream(OutputStream.nullOutputStream()));
             WebDashboard w = WebDashboard.start(fault, WebOptions.loopback(0))) {
            String t = w.url().substring(w.url().indexOf("token=") + 6);
            String base = "http://127.0.0.1:" + w.port();
            HttpResponse<String> present = http.send(HttpRequest.newBuilder(URI.create(base + "/api/check?token=" + t))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(present.body()).isEqualTo("{\"present\":true}");
            HttpResponse<String> run = http.send(HttpRequest.newBuilder(URI.create(base + "/api/check?token=" + t))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(run.statusCode()).isEqualTo(200);
            assertThat(run.body()).contains("\"fixed\":false", "\"items\":[", "\"passed\":false");
        }
    }

    @Test
    void offLoopbackNeedsTheFlagAndAPassword() {
        assertThat(new WebOptions("127.0.0.1", 0, null, false).problem()).isNull();
        assertThat(new WebOptions("0.0.0.0", 8080, null, false).problem()).contains("loopback only");
        assertThat(new WebOptions("0.0.0.0", 8080, null, true).problem()).contains("password");
        assertThat(new WebOptions("0.0.0.0", 8080, "short", true).problem()).contains("at least 8");
        assertThat(new WebOptions("0.0.0.0", 8080, "long enough pw", true).problem()).isNull();
        assertThat(new WebOptions("127.0.0.1", 70000, null, false).problem()).contains("0 to 65535");
    }

    @Test
    void aPasswordGuardsEveryRequest() throws Exception {
        WebAccess access = new WebAccess("s3cret-pass");
        var ok = new io.netty.handler.codec.http.DefaultFullHttpRequest(io.netty.handler.codec.http.HttpVersion.HTTP_1_1,
                io.netty.handler.codec.http.HttpMethod.GET, "/");
        assertThat(access.passwordOk(ok)).isFalse();
        ok.headers().set("Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString("iosim:s3cret-pass".getBytes(StandardCharsets.UTF_8)));
        assertThat(access.passwordOk(ok)).isTrue();
        ok.headers().set("Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString("iosim:s3cret-pasS".getBytes(StandardCharsets.UTF_8)));
        assertThat(access.passwordOk(ok)).isFalse();
        assertThat(access.tokenOk("/ws/state?token=" + access.token())).isTrue();
        assertThat(access.tokenOk("/ws/state?token=" + access.token() + "&token=x")).isFalse();
    }

    // ---- helpers ------------------------------------------------------------------------------

    static long consoleThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("web-console-")).count();
    }

    static ByteBuffer bytes(String s) {
        return ByteBuffer.wrap(s.getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://" + base() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://" + base() + path))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    static WebSocket open(String path, Collect c) {
        return http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create("ws://" + base() + path), c).join();
    }

    static void waitFor(BooleanSupplier cond, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!cond.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out: " + what + " (" + web.stats() + ", pages=" + web.pages()
                        + ", connections=" + web.connections() + ")");
            }
            Thread.sleep(20);
        }
    }

    /** Collects a socket's messages (text frames whole; binary frames as UTF-8 text, appended). */
    static final class Collect implements WebSocket.Listener {
        final LinkedBlockingQueue<String> texts = new LinkedBlockingQueue<>();
        final StringBuffer output = new StringBuffer();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        private final StringBuilder part = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            part.append(data);
            if (last) {
                texts.add(part.toString());
                part.setLength(0);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
            byte[] b = new byte[data.remaining()];
            data.get(b);
            output.append(new String(b, StandardCharsets.UTF_8));
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
            closed.complete(status);
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            closed.complete(-1);
        }

        String next() throws InterruptedException {
            String s = texts.poll(10, TimeUnit.SECONDS);
            assertThat(s).as("a message arrived").isNotNull();
            return s;
        }

        void until(String text) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (!output.toString().contains(text)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("console never showed " + text + ": " + output);
                }
                Thread.sleep(20);
            }
        }
    }

    static Path defaultLab(Path into) throws Exception {
        return defaultLab(into, "seed-site-to-site");
    }

    static Path defaultLab(Path into, String name) throws Exception {
        Path here = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(here.resolve("running-configs"))) {
            here = here.getParent();
        }
        Path src = here.resolve("running-configs/" + name);
        Path dst = into.resolve("lab");
        Files.createDirectories(dst);
        try (Stream<Path> files = Files.list(src)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(f)) {
                    Files.copy(f, dst.resolve(f.getFileName()));
                }
            }
        }
        String yaml = Files.readString(dst.resolve("lab.yaml"));
        for (String port : new String[] {"2201", "2202", "2203"}) {
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                yaml = yaml.replace("ssh: " + port, "ssh: " + s.getLocalPort());
            }
        }
        Files.writeString(dst.resolve("lab.yaml"), yaml);
        return dst;
    }
}
