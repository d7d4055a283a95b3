package iosim.shell.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;

/**
 * A console socket once open: binary frames are keystrokes for the {@link WebConsole}; text
 * frames are control messages ({@code {"type":"resize","cols":C,"rows":R}}); anything else is
 * counted as a bad frame and ignored.
 */
final class ConsoleSocket extends SimpleChannelInboundHandler<WebSocketFrame> {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebConsole console;
    private final WebStats stats;

    ConsoleSocket(WebConsole console, WebStats stats) {
        this.console = console;
        this.stats = stats;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
        if (frame instanceof BinaryWebSocketFrame b) {
            console.type(ByteBufUtil.getBytes(b.content()));
        } else if (frame instanceof TextWebSocketFrame t) {
            control(t.text());
        } else {
            stats.badFrames.incrementAndGet();
        }
    }

    private void control(String text) {
        try {
            JsonNode m = JSON.readTree(text);
            if (m != null && "resize".equals(m.path("type").asText()) && m.path("cols").canConvertToInt()
                    && m.path("rows").canConvertToInt()) {
                console.resize(m.path("cols").asInt(), m.path("rows").asInt());
                return;
            }
        } catch (java.io.IOException e) {
            // not JSON
        }
        stats.badFrames.incrementAndGet();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
