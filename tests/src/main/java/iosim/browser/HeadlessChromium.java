package iosim.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Debian's {@code chromium} in headless mode, driven over the DevTools protocol (the JDK's
 * WebSocket client, JSON by Jackson): load a page, evaluate JavaScript, click, type, take
 * screenshots. One page per browser. Kills only the process it started (and that process's
 * children) and removes its profile folder on close.
 */
public final class HeadlessChromium implements AutoCloseable {
    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");
    private static final Duration ANSWER = Duration.ofSeconds(30);

    private final ObjectMapper json = new ObjectMapper();
    private final Process process;
    private final Path profile;
    private final WebSocket ws;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, CompletableFuture<JsonNode>> waiting = new ConcurrentHashMap<>();

    /** The browser executable, when one is installed. */
    public static Optional<Path> find() {
        return CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /** Starts a headless browser with a {@code width} x {@code height} window. */
    public static HeadlessChromium launch(Path exe, int width, int height) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("iosim-chromium-");
        ProcessBuilder pb = new ProcessBuilder(exe.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--hide-scrollbars", "--force-color-profile=srgb", "--remote-debugging-port=0",
                "--remote-debugging-address=127.0.0.1", "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile, "about:blank");
        pb.redirectErrorStream(true);
        pb.redirectOutput(profile.resolve("chromium.log").toFile());
        Process p = pb.start();
        try {
            return new HeadlessChromium(p, profile, width, height);
        } catch (IOException | InterruptedException | RuntimeException e) {
            kill(p);
            delete(profile);
            throw e;
        }
    }

    private HeadlessChromium(Process p, Path profile, int width, int height) throws IOException, InterruptedException {
        this.process = p;
        this.profile = profile;
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!(Files.exists(portFile) && Files.readAllLines(portFile).size() >= 2)) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                throw new IOException("chromium did not start: " + tail(profile.resolve("chromium.log")));
            }
            Thread.sleep(50);
        }
        int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
        HttpClient http = HttpClient.newHttpClient();
        String pageWs = null;
        while (pageWs == null) {
            String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            for (JsonNode t : json.readTree(list)) {
                if ("page".equals(t.path("type").asText()) && t.path("url").asText().startsWith("about:blank")) {
                    pageWs = t.path("webSocketDebuggerUrl").asText();
                }
            }
            if (pageWs == null) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("chromium shows no page");
                }
                Thread.sleep(50);
            }
        }
        this.ws = http.newWebSocketBuilder().buildAsync(URI.create(pageWs), new Listener()).join();
        send("Page.enable", null);
        send("Runtime.enable", null);
        ObjectNode m = json.createObjectNode().put("width", width).put("height", height).put("deviceScaleFactor", 1)
                .put("mobile", false);
        send("Emulation.setDeviceMetricsOverride", m);
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    JsonNode m = json.readTree(text);
                    if (m.has("id")) {
                        CompletableFuture<JsonNode> f = waiting.remove(m.get("id").asLong());
                        if (f != null) {
                            f.complete(m);
                        }
                    }
                } catch (IOException e) {
                    // not JSON: ignore
                }
            }
            w.request(1);
            return null;
        }
    }

    /** Sends a DevTools command and returns its {@code result}; throws on a protocol error. */
    public JsonNode send(String method, ObjectNode params) throws IOException {
        long id = ids.incrementAndGet();
        ObjectNode m = json.createObjectNode().put("id", id).put("method", method);
        if (params != null) {
            m.set("params", params);
        }
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        waiting.put(id, f);
        ws.sendText(json.writeValueAsString(m), true).join();
        JsonNode r;
        try {
            r = f.get(ANSWER.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            waiting.remove(id);
            throw new IOException(method + ": no answer from chromium", e);
        }
        if (r.has("error")) {
            throw new IOException(method + ": " + r.get("error"));
        }
        return r.path("result");
    }

    public ObjectNode params() {
        return json.createObjectNode();
    }

    /** Evaluates {@code js} in the page (promises awaited) and returns its value as JSON. */
    public JsonNode eval(String js) throws IOException {
        JsonNode r = send("Runtime.evaluate", params().put("expression", js).put("returnByValue", true)
                .put("awaitPromise", true));
        if (r.has("exceptionDetails")) {
            throw new IOException("page threw: " + r.get("exceptionDetails").toString());
        }
        return r.path("result").path("value");
    }

    /** Loads {@code url} and waits for the document to be complete. */
    public void navigate(String url) throws IOException, InterruptedException {
        send("Page.navigate", params().put("url", url));
        waitFor("document.readyState === 'complete'", Duration.ofSeconds(30));
    }

    /** Waits until {@code condition} (a JavaScript expression) is true; false after {@code timeout}. */
    public boolean waitFor(String condition, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode v;
            try {
                v = eval("!!(" + condition + ")");
            } catch (IOException e) {
                v = null; // the page is (re)loading
            }
            if (v != null && v.asBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    /** A PNG of the viewport. */
    public byte[] screenshot() throws IOException {
        JsonNode r = send("Page.captureScreenshot", params().put("format", "png"));
        return Base64.getDecoder().decode(r.path("data").asText());
    }

    /** A left click at page coordinates. */
    public void click(double x, double y) throws IOException {
        for (String type : new String[] {"mousePressed", "mouseReleased"}) {
            send("Input.dispatchMouseEvent", params().put("type", type).put("x", x).put("y", y)
                    .put("button", "left").put("clickCount", 1));
        }
    }

    /** Types {@code text} as key presses into the focused element; {@code \r} is Enter. */
    public void type(String text) throws IOException {
        for (char c : text.toCharArray()) {
            ObjectNode down = params().put("type", "keyDown");
            if (c == '\r' || c == '\n') {
                down.put("key", "Enter").put("code", "Enter").put("windowsVirtualKeyCode", 13).put("text", "\r");
            } else if (c == '\t') {
                down.put("key", "Tab").put("code", "Tab").put("windowsVirtualKeyCode", 9);
            } else {
                down.put("key", String.valueOf(c)).put("text", String.valueOf(c));
                if (Character.isLetterOrDigit(c) && c < 128) {
                    down.put("windowsVirtualKeyCode", (int) Character.toUpperCase(c));
                } else if (c == ' ') {
                    down.put("code", "Space").put("windowsVirtualKeyCode", 32);
                }
            }
            send("Input.dispatchKeyEvent", down);
            ObjectNode up = params().put("type", "keyUp").put("key", down.path("key").asText());
            if (down.has("windowsVirtualKeyCode")) {
                up.put("windowsVirtualKeyCode", down.get("windowsVirtualKeyCode").asInt());
            }
            send("Input.dispatchKeyEvent", up);
        }
    }

    @Override
    public void close() {
        try {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "").get(2, TimeUnit.SECONDS);
        } catch (Exception e) {
            // closing anyway
        }
        kill(process);
        delete(profile);
    }

    private static void kill(Process p) {
        List<ProcessHandle> children = p.descendants().toList();
        p.destroy();
        try {
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.forEach(ProcessHandle::destroyForcibly);
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind
        }
    }

    private static String tail(Path log) {
        try {
            List<String> l = Files.readAllLines(log);
            return String.join(" | ", l.subList(Math.max(0, l.size() - 3), l.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
