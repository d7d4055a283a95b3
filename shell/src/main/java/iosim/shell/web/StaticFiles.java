package iosim.shell.web;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The page and its libraries, read once from the class path (the WebJars the build bundles;
 * nothing is fetched at run time) and served by exact path only: no file system, no traversal.
 */
@ChannelHandler.Sharable
final class StaticFiles extends SimpleChannelInboundHandler<FullHttpRequest> {
    /** URL path -> class-path resource. */
    static final Map<String, String> FILES = files();

    /** The Content-Security-Policy of every answer: only this server's scripts and sockets. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

    private final Map<String, byte[]> bodies = new LinkedHashMap<>();
    private final WebStats stats;

    StaticFiles(WebStats stats) {
        this.stats = stats;
        FILES.forEach((path, res) -> bodies.put(path, read(res)));
    }

    private static Map<String, String> files() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("/", "iosim/shell/web/index.html");
        m.put("/app.js", "iosim/shell/web/app.js");
        m.put("/app.css", "iosim/shell/web/app.css");
        m.put("/lib/cytoscape.min.js", "META-INF/resources/webjars/cytoscape/3.33.1/dist/cytoscape.min.js");
        m.put("/lib/xterm.js", "META-INF/resources/webjars/xterm/4.9.0/lib/xterm.js");
        m.put("/lib/xterm.css", "META-INF/resources/webjars/xterm/4.9.0/css/xterm.css");
        m.put("/lib/xterm-addon-fit.js", "META-INF/resources/webjars/xterm-addon-fit/0.3.0/lib/xterm-addon-fit.js");
        return Map.copyOf(m);
    }

    private static byte[] read(String resource) {
        try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the build: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest req) {
        stats.httpRequests.incrementAndGet();
        String path = new QueryStringDecoder(req.uri()).path();
        byte[] body = bodies.get(path);
        HttpResponseStatus status = HttpResponseStatus.OK;
        if (!req.method().equals(HttpMethod.GET) && !req.method().equals(HttpMethod.HEAD)) {
            status = HttpResponseStatus.METHOD_NOT_ALLOWED;
        } else if (body == null) {
            status = HttpResponseStatus.NOT_FOUND;
        }
        if (status != HttpResponseStatus.OK) {
            body = (status.code() + " " + status.reasonPhrase() + "\n").getBytes(StandardCharsets.US_ASCII);
        }
        FullHttpResponse res = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
                req.method().equals(HttpMethod.HEAD) ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(body));
        res.headers().set(HttpHeaderNames.CONTENT_TYPE, status == HttpResponseStatus.OK ? type(path) : "text/plain");
        HttpUtil.setContentLength(res, body.length);
        res.headers().set(HttpHeaderNames.CACHE_CONTROL, "no-cache");
        res.headers().set("X-Content-Type-Options", "nosniff");
        res.headers().set("Content-Security-Policy", CSP);
        res.headers().set("Referrer-Policy", "no-referrer");
        boolean keep = HttpUtil.isKeepAlive(req) && status == HttpResponseStatus.OK;
        if (keep) {
            res.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
            ctx.writeAndFlush(res);
        } else {
            res.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            ctx.writeAndFlush(res).addListener(ChannelFutureListener.CLOSE);
        }
    }

    private static String type(String path) {
        if (path.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        if (path.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        return "text/html; charset=utf-8";
    }
}
