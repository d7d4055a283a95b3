package iosim.shell.web;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.util.ReferenceCountUtil;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Lets a request through only when it may pass: the password on every request when the
 * dashboard is not on loopback, and on a WebSocket upgrade or a lab action ({@code /api/...}) the
 * run's token and, when the browser names one, an Origin that is this server (a page of another
 * site cannot open the sockets or start captures).
 */
@ChannelHandler.Sharable
final class HttpGate extends ChannelInboundHandlerAdapter {
    static final String SOCKETS = "/ws";

    private final WebAccess access;
    private final WebStats stats;

    HttpGate(WebAccess access, WebStats stats) {
        this.access = access;
        this.stats = stats;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof FullHttpRequest req)) {
            ctx.fireChannelRead(msg);
            return;
        }
        HttpResponseStatus refuse = null;
        if (!req.decoderResult().isSuccess()) {
            refuse = HttpResponseStatus.BAD_REQUEST;
        } else if (!access.passwordOk(req)) {
            refuse = HttpResponseStatus.UNAUTHORIZED;
        } else if (guarded(new QueryStringDecoder(req.uri()).path())
                && (!access.tokenOk(req.uri()) || !sameOrigin(req))) {
            refuse = HttpResponseStatus.FORBIDDEN;
        }
        if (refuse == null) {
            ctx.fireChannelRead(msg);
            return;
        }
        ReferenceCountUtil.release(msg);
        stats.refused.incrementAndGet();
        byte[] body = (refuse.code() + " " + refuse.reasonPhrase() + "\n").getBytes(StandardCharsets.US_ASCII);
        FullHttpResponse res = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, refuse, Unpooled.wrappedBuffer(body));
        res.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/plain");
        if (refuse == HttpResponseStatus.UNAUTHORIZED) {
            res.headers().set(HttpHeaderNames.WWW_AUTHENTICATE, "Basic realm=\"iosim lab\", charset=\"UTF-8\"");
        }
        HttpUtil.setContentLength(res, body.length);
        // HTTP/1.1: say so when the connection ends, or a client may send its next request on it
        res.headers().set(HttpHeaderNames.CONNECTION, io.netty.handler.codec.http.HttpHeaderValues.CLOSE);
        ctx.writeAndFlush(res).addListener(ChannelFutureListener.CLOSE);
    }

    /** The sockets and the lab's actions need the token; the page and its libraries do not. */
    private static boolean guarded(String path) {
        return path.startsWith(SOCKETS) || path.startsWith(LabActions.API);
    }

    private static boolean sameOrigin(FullHttpRequest req) {
        String origin = req.headers().get(HttpHeaderNames.ORIGIN);
        String host = req.headers().get(HttpHeaderNames.HOST);
        if (origin == null) {
            return true; // not a browser (tests, tools): the token is the check
        }
        try {
            URI o = URI.create(origin);
            return host != null && o.getRawAuthority() != null && o.getRawAuthority().equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
