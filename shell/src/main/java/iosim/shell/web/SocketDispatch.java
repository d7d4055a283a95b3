package iosim.shell.web;

import iosim.shell.lab.LabRouter;
import iosim.shell.lab.RunningLab;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;
import java.util.List;

/**
 * Gives an opened WebSocket its job: {@code /ws/state} watches the lab ({@link StateHub}),
 * {@code /ws/console?router=NAME} runs a console ({@link WebConsole}); anything else, or one too
 * many, is closed with a reason. Keeps idle sockets alive with pings and closes the silent ones.
 */
final class SocketDispatch extends ChannelInboundHandlerAdapter {
    /** In-page consoles open at once in the whole lab. */
    static final int MAX_CONSOLES = 64;

    private final RunningLab lab;
    private final StateHub hub;
    private final WebStats stats;
    private boolean socket;

    SocketDispatch(RunningLab lab, StateHub hub, WebStats stats) {
        this.lab = lab;
        this.hub = hub;
        this.stats = stats;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt instanceof WebSocketServerProtocolHandler.HandshakeComplete hs) {
            socket = true;
            stats.socketsOpened.incrementAndGet();
            ctx.channel().closeFuture().addListener(f -> stats.socketsClosed.incrementAndGet());
            open(ctx, hs.requestUri());
        } else if (evt instanceof IdleStateEvent idle) {
            if (idle.state() == IdleState.READER_IDLE) {
                ctx.close();
            } else if (socket) {
                ctx.channel().writeAndFlush(new PingWebSocketFrame());
            }
        } else {
            super.userEventTriggered(ctx, evt);
        }
    }

    private void open(ChannelHandlerContext ctx, String uri) {
        QueryStringDecoder q = new QueryStringDecoder(uri);
        Channel ch = ctx.channel();
        switch (q.path()) {
            case HttpGate.SOCKETS + "/state" -> {
                ctx.pipeline().addAfter(ctx.name(), "state", new StateSocket(stats));
                if (!hub.add(ch)) {
                    stats.refused.incrementAndGet();
                    close(ch, WebSocketCloseStatus.TRY_AGAIN_LATER, "too many pages watch this lab");
                }
            }
            case HttpGate.SOCKETS + "/console" -> {
                List<String> names = q.parameters().get("router");
                LabRouter r = names == null || names.size() != 1 ? null : lab.router(names.get(0));
                if (r == null) {
                    close(ch, WebSocketCloseStatus.POLICY_VIOLATION, "no such router");
                } else if (stats.openConsoles() >= MAX_CONSOLES) {
                    stats.consolesRefused.incrementAndGet();
                    close(ch, WebSocketCloseStatus.TRY_AGAIN_LATER, "% All console sessions are busy");
                } else {
                    WebConsole c = new WebConsole(r, ch, stats);
                    ctx.pipeline().addAfter(ctx.name(), "console", new ConsoleSocket(c, stats));
                    c.start();
                }
            }
            default -> close(ch, WebSocketCloseStatus.POLICY_VIOLATION, "no such socket");
        }
    }

    private static void close(Channel ch, WebSocketCloseStatus status, String why) {
        ch.writeAndFlush(new CloseWebSocketFrame(status, why)).addListener(f -> ch.close());
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (socket) {
            ctx.fireChannelRead(msg);
        } else {
            ReferenceCountUtil.release(msg); // an HTTP message nobody answered (the static files answer all)
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close(); // a broken frame or connection: this socket ends, the lab does not notice
    }
}
