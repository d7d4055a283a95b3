package iosim.ikev2.udp;

import iosim.ike.net.Datagram;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * IKE over UDP on the JDK's {@link DatagramChannel}: one socket on the IKE port (500) and one
 * on the NAT-T port (4500). On 4500 outgoing IKE messages get the four-zero-octet non-ESP
 * marker and incoming ones lose it; ESP packets arriving there (non-zero first octets) are
 * counted and dropped, and NAT keepalives are counted and dropped. A daemon thread reads both
 * sockets and hands each IKE datagram to the consumer (which must move it to the engine's
 * thread).
 */
public final class UdpIkeTransport implements AutoCloseable {
    private static final int MAX_DATAGRAM = 65535;

    private final DatagramChannel ike;
    private final DatagramChannel natt;
    private final InetSocketAddress ikeAddress;
    private final InetSocketAddress nattAddress;
    private final Selector selector;
    private final Thread reader;
    private final Consumer<Datagram> consumer;
    private final AtomicLong espDropped = new AtomicLong();
    private final AtomicLong keepalivesReceived = new AtomicLong();
    private final AtomicLong malformed = new AtomicLong();
    private volatile boolean closed;

    public UdpIkeTransport(InetAddress local, int ikePort, int nattPort, Consumer<Datagram> consumer)
            throws IOException {
        this.consumer = consumer;
        this.ike = open(new InetSocketAddress(local, ikePort));
        this.natt = open(new InetSocketAddress(local, nattPort));
        this.ikeAddress = (InetSocketAddress) ike.getLocalAddress();
        this.nattAddress = (InetSocketAddress) natt.getLocalAddress();
        this.selector = Selector.open();
        ike.register(selector, SelectionKey.OP_READ, Boolean.FALSE);
        natt.register(selector, SelectionKey.OP_READ, Boolean.TRUE);
        this.reader = new Thread(this::readLoop, "ike-udp-" + ikeAddress);
        reader.setDaemon(true);
        reader.start();
    }

    private static DatagramChannel open(InetSocketAddress bind) throws IOException {
        DatagramChannel ch = DatagramChannel.open();
        ch.setOption(StandardSocketOptions.SO_REUSEADDR, true);
        ch.bind(bind);
        ch.configureBlocking(false);
        return ch;
    }

    public InetSocketAddress ikeAddress() {
        return ikeAddress;
    }

    public InetSocketAddress nattAddress() {
        return nattAddress;
    }

    /** Sends a datagram from whichever of our sockets has its source port. */
    public void send(Datagram d) {
        try {
            boolean onNatt = d.source().getPort() == nattAddress.getPort();
            DatagramChannel ch = onNatt ? natt : ike;
            ByteBuffer buf;
            if (onNatt && !d.isNatKeepalive()) {
                buf = ByteBuffer.allocate(d.data().length + 4);
                buf.putInt(0).put(d.data()).flip();
            } else {
                buf = ByteBuffer.wrap(d.data());
            }
            ch.send(buf, d.destination());
        } catch (IOException e) {
            malformed.incrementAndGet();
        }
    }

    private void readLoop() {
        ByteBuffer buf = ByteBuffer.allocate(MAX_DATAGRAM);
        while (!closed) {
            try {
                selector.select(200);
                for (SelectionKey key : selector.selectedKeys()) {
                    DatagramChannel ch = (DatagramChannel) key.channel();
                    boolean onNatt = (Boolean) key.attachment();
                    while (true) {
                        buf.clear();
                        InetSocketAddress from = (InetSocketAddress) ch.receive(buf);
                        if (from == null) {
                            break;
                        }
                        buf.flip();
                        deliver(from, onNatt ? nattAddress : ikeAddress, onNatt, buf);
                    }
                }
                selector.selectedKeys().clear();
            } catch (IOException | RuntimeException e) {
                if (!closed) {
                    malformed.incrementAndGet();
                }
            }
        }
    }

    private void deliver(InetSocketAddress from, InetSocketAddress to, boolean onNatt, ByteBuffer buf) {
        byte[] data = new byte[buf.remaining()];
        buf.get(data);
        if (onNatt) {
            if (data.length == 1 && data[0] == (byte) 0xFF) {
                keepalivesReceived.incrementAndGet();
                return;
            }
            if (data.length < 4) {
                malformed.incrementAndGet();
                return;
            }
            if (data[0] != 0 || data[1] != 0 || data[2] != 0 || data[3] != 0) {
                espDropped.incrementAndGet();
                return;
            }
            data = Arrays.copyOfRange(data, 4, data.length);
        }
        consumer.accept(new Datagram(from, to, data));
    }

    public long espDropped() {
        return espDropped.get();
    }

    public long keepalivesReceived() {
        return keepalivesReceived.get();
    }

    @Override
    public void close() {
        closed = true;
        selector.wakeup();
        try {
            reader.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            selector.close();
            ike.close();
            natt.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
