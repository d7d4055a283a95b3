package iosim.shell.web;

import iosim.shell.lab.RunningLab;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * The dashboard's HTTP and WebSocket server: Netty's HTTP codec and WebSocket protocol handler on
 * one event loop of its own (the routers' loops never serve a page). Per connection: idle checks,
 * HTTP codec, aggregation (small bodies only), the {@link HttpGate}, the WebSocket handshake on
 * {@code /ws/...}, the {@link LabActions} ({@code /api/...}), the {@link StaticFiles}, and the
 * {@link SocketDispatch}.
 */
final class WebServer implements AutoCloseable {
    static final int MAX_FRAME = 64 * 1024;
    private static final int MAX_REQUEST = 16 * 1024;

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final ChannelGroup all = new DefaultChannelGroup("iosim-web", GlobalEventExecutor.INSTANCE);
    private final Channel server;
    private final LabActions actions;

    WebServer(WebOptions options, WebAccess access, RunningLab lab, StateHub hub, WebStats stats)
            throws InterruptedException {
        HttpGate gate = new HttpGate(access, stats);
        StaticFiles files = new StaticFiles(stats);
        LabActions labActions = new LabActions(lab, stats);
        this.actions = labActions;
        WebSocketServerProtocolConfig ws = WebSocketServerProtocolConfig.newBuilder()
                .websocketPath(HttpGate.SOCKETS)
                .checkStartsWith(true)
                .maxFramePayloadLength(MAX_FRAME)
                .handshakeTimeoutMillis(10_000)
                .allowExtensions(false)
                .build();
        ServerBootstrap b = new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(256 * 1024, 1024 * 1024))
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        all.add(ch);
                        ChannelPipeline p = ch.pipeline();
                        p.addLast(new IdleStateHandler(90, 25, 0, TimeUnit.SECONDS));
                        p.addLast(new HttpServerCodec(4096, 8192, 8192));
                        p.addLast(new HttpObjectAggregator(MAX_REQUEST));
                        p.addLast(gate);
                        p.addLast(new WebSocketServerProtocolHandler(ws));
                        p.addLast(labActions);
                        p.addLast(files);
                        p.addLast(new SocketDispatch(lab, hub, stats));
                    }
                });
        server = b.bind(options.bind(), options.port()).sync().channel();
        all.add(server);
    }

    int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    /** Connections open now (the listening socket included). */
    int connections() {
        return all.size();
    }

    @Override
    public void close() {
        actions.close();
        all.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(3, TimeUnit.SECONDS);
    }
}
