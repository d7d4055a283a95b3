package iosim.dataplane.link;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.nio.NioDatagramChannel;
import iosim.dataplane.EthernetInterface;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An Ethernet link carried over UDP: each frame is one datagram between two endpoints (the NIO
 * UDP convention of dynamips/GNS3), so routers in different processes or machines connect. The
 * Netty channel is registered on the interface's node event loop, so received frames enter the
 * pipeline without a thread hop. The interface's node must run on an NIO-capable
 * {@code IoEventLoop} (e.g. {@code MultiThreadIoEventLoopGroup(NioIoHandler.newFactory())}).
 */
public final class UdpLink implements Link {
    private final UdpLinkSpec spec;
    private final Channel channel;
    private final InetSocketAddress remote;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong sendErrors = new AtomicLong();

    private UdpLink(UdpLinkSpec spec, Channel channel, InetSocketAddress remote) {
        this.spec = spec;
        this.channel = channel;
        this.remote = remote;
    }

    /** Binds the local port and attaches the link to {@code iface}. Completes when bound and attached. */
    public static CompletableFuture<UdpLink> open(EthernetInterface iface, UdpLinkSpec spec) {
        CompletableFuture<UdpLink> result = new CompletableFuture<>();
        InetSocketAddress remote = new InetSocketAddress(spec.remoteHost(), spec.remotePort());
        if (remote.isUnresolved()) {
            result.completeExceptionally(new IllegalArgumentException("cannot resolve " + spec.remoteHost()));
            return result;
        }
        UdpLink[] holder = new UdpLink[1];
        Bootstrap b = new Bootstrap().group(iface.node().eventLoop()).channel(NioDatagramChannel.class)
                .handler(new SimpleChannelInboundHandler<DatagramPacket>() {
                    @Override
                    protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket msg) {
                        UdpLink l = holder[0];
                        if (l != null) {
                            l.received.incrementAndGet();
                        }
                        iface.deliverFrame(msg.content().retain());
                    }

                    @Override
                    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                        UdpLink l = holder[0];
                        if (l != null) {
                            l.sendErrors.incrementAndGet();
                        }
                    }
                });
        ChannelFuture bind = spec.localHost() == null ? b.bind(spec.localPort())
                : b.bind(spec.localHost(), spec.localPort());
        bind.addListener(f -> {
            if (!f.isSuccess()) {
                result.completeExceptionally(f.cause());
                return;
            }
            UdpLink link = new UdpLink(spec, bind.channel(), remote);
            holder[0] = link;
            iface.attach(link);
            iface.node().execute(() -> result.complete(link));
        });
        return result;
    }

    /** Convenience for {@code LOCALPORT:REMOTEHOST:REMOTEPORT}. */
    public static CompletableFuture<UdpLink> open(EthernetInterface iface, String spec) {
        return open(iface, UdpLinkSpec.parse(spec));
    }

    /** The locally bound port (useful when the spec asked for port 0). */
    public int localPort() {
        return ((InetSocketAddress) channel.localAddress()).getPort();
    }

    public long framesSent() {
        return sent.get();
    }

    public long framesReceived() {
        return received.get();
    }

    @Override
    public void send(ByteBuf frame) {
        if (!channel.isActive()) {
            frame.release();
            return;
        }
        sent.incrementAndGet();
        channel.writeAndFlush(new DatagramPacket(frame, remote)).addListener(f -> {
            if (!f.isSuccess()) {
                sendErrors.incrementAndGet();
            }
        });
    }

    @Override
    public void close() {
        channel.close();
    }

    @Override
    public String describe() {
        return "udp " + spec;
    }
}
