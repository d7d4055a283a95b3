package iosim.shell.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import iosim.shell.controller.capture.CaptureKeys;
import iosim.shell.lab.RunningLab;
import iosim.shell.lab.ScenarioCheck;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.util.ReferenceCountUtil;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * What the page asks the lab to do (every request carries the token, {@link HttpGate}), through
 * the lab's own front-end APIs: {@code POST /api/capture?router=R&if=IF} starts a capture of a
 * port ({@code RunningLab.captures()}), {@code POST /api/capture/stop} stops every capture and
 * writes the keys, {@code GET /api/capture/file?name=N} downloads one of the page's captures as a
 * zip (the pcap and its {@code .keys/} folder), {@code GET|POST /api/check} says whether the lab
 * has a scenario check / runs it ({@code ScenarioCheck}). The work runs on a thread of its own,
 * never on the socket's event loop.
 */
@ChannelHandler.Sharable
final class LabActions extends ChannelInboundHandlerAdapter {
    static final String API = "/api";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final RunningLab lab;
    private final WebStats stats;
    private final ObjectMapper json = new ObjectMapper();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "web-actions");
        t.setDaemon(true);
        return t;
    });
    /** The captures this page started, by file name (only these can be downloaded). */
    private final Map<String, Path> files = new ConcurrentHashMap<>();

    LabActions(RunningLab lab, WebStats stats) {
        this.lab = lab;
        this.stats = stats;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof FullHttpRequest req) || !new QueryStringDecoder(req.uri()).path().startsWith(API + "/")) {
            ctx.fireChannelRead(msg);
            return;
        }
        stats.httpRequests.incrementAndGet();
        QueryStringDecoder q = new QueryStringDecoder(req.uri());
        HttpMethod method = req.method();
        ReferenceCountUtil.release(msg);
        try {
            worker.execute(() -> answer(ctx, q, method));
        } catch (RejectedExecutionException e) {
            send(ctx, HttpResponseStatus.SERVICE_UNAVAILABLE, "text/plain", "stopping\n".getBytes(), null);
        }
    }

    private void answer(ChannelHandlerContext ctx, QueryStringDecoder q, HttpMethod method) {
        try {
            String path = q.path();
            boolean post = method.equals(HttpMethod.POST);
            if (path.equals(API + "/capture") && post) {
                String router = one(q, "router");
                String ifName = one(q, "if");
                String name = "web-" + router + "-" + ifName.replace('/', '_') + "-" + LocalDateTime.now().format(STAMP)
                        + ".pcap";
                Path f = lab.captures().start(router, ifName, name);
                files.put(f.getFileName().toString(), f);
                ok(ctx, Map.of("file", f.getFileName().toString(), "path", f.toString()));
            } else if (path.equals(API + "/capture/stop") && post) {
                String text = lab.captures().stopAll();
                List<String> ready = new ArrayList<>(files.keySet());
                ok(ctx, Map.of("text", text, "files", ready));
            } else if (path.equals(API + "/capture/file") && method.equals(HttpMethod.GET)) {
                Path f = files.get(one(q, "name"));
                if (f == null || !Files.isRegularFile(f)) {
                    throw new IllegalArgumentException("no such capture");
                }
                send(ctx, HttpResponseStatus.OK, "application/zip", zip(f),
                        "attachment; filename=\"" + f.getFileName() + ".zip\"");
            } else if (path.equals(API + "/check")) {
                ScenarioCheck check = ScenarioCheck.forLab(lab);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("present", check.present());
                if (check.present() && post) {
                    ScenarioCheck.Outcome o = check.outcome(lab);
                    m.put("fixed", o.fixed());
                    m.put("goal", o.goal());
                    m.put("items", o.items());
                    m.put("text", o.text());
                }
                ok(ctx, m);
            } else {
                send(ctx, HttpResponseStatus.NOT_FOUND, "text/plain", "404 Not Found\n".getBytes(), null);
            }
        } catch (IllegalArgumentException e) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("error", e.getMessage() == null ? "bad request" : e.getMessage());
            send(ctx, HttpResponseStatus.BAD_REQUEST, "application/json", bytes(m), null);
        } catch (Exception e) {
            send(ctx, HttpResponseStatus.INTERNAL_SERVER_ERROR, "application/json",
                    bytes(Map.of("error", "the lab could not do it")), null);
        }
    }

    private static String one(QueryStringDecoder q, String name) {
        List<String> v = q.parameters().get(name);
        if (v == null || v.size() != 1 || v.get(0).isBlank() || v.get(0).length() > 100) {
            throw new IllegalArgumentException("needs one '" + name + "'");
        }
        return v.get(0);
    }

    /** The pcap and its keys folder as one zip. */
    private static byte[] zip(Path pcap) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(pcap.getFileName().toString()));
            Files.copy(pcap, z);
            z.closeEntry();
            Path keys = CaptureKeys.folder(pcap);
            if (Files.isDirectory(keys)) {
                try (Stream<Path> s = Files.list(keys)) {
                    for (Path k : (Iterable<Path>) s.sorted()::iterator) {
                        if (Files.isRegularFile(k)) {
                            z.putNextEntry(new ZipEntry(keys.getFileName() + "/" + k.getFileName()));
                            Files.copy(k, z);
                            z.closeEntry();
                        }
                    }
                }
            }
        }
        return out.toByteArray();
    }

    private void ok(ChannelHandlerContext ctx, Object body) {
        send(ctx, HttpResponseStatus.OK, "application/json", bytes(body), null);
    }

    private byte[] bytes(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException e) {
            return "{}".getBytes();
        }
    }

    private static void send(ChannelHandlerContext ctx, HttpResponseStatus status, String type, byte[] body,
            String disposition) {
        FullHttpResponse res = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(body));
        res.headers().set(HttpHeaderNames.CONTENT_TYPE, type);
        res.headers().set(HttpHeaderNames.CACHE_CONTROL, "no-store");
        res.headers().set("X-Content-Type-Options", "nosniff");
        if (disposition != null) {
            res.headers().set(HttpHeaderNames.CONTENT_DISPOSITION, disposition);
        }
        HttpUtil.setContentLength(res, body.length);
        // HTTP/1.1: say so when the connection ends, or a client may send its next request on it
        res.headers().set(HttpHeaderNames.CONNECTION, io.netty.handler.codec.http.HttpHeaderValues.CLOSE);
        ctx.writeAndFlush(res).addListener(ChannelFutureListener.CLOSE);
    }

    void close() {
        worker.shutdownNow();
    }
}
