package iosim.shell.web;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;

/**
 * A page's state socket once open: the server only talks on it ({@link StateHub}); whatever the
 * page sends is counted as a bad frame and ignored.
 */
final class StateSocket extends SimpleChannelInboundHandler<WebSocketFrame> {
    private final WebStats stats;

    StateSocket(WebStats stats) {
        this.stats = stats;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
        stats.badFrames.incrementAndGet();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
