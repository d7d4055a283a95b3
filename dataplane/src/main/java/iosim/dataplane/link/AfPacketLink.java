package iosim.dataplane.link;

import io.netty.buffer.ByteBuf;
import iosim.dataplane.EthernetInterface;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Attaches an {@link EthernetInterface} to a real Linux interface with an AF_PACKET socket
 * (JNA; needs root): the router then owns its MAC and IP on that wire, answers ARP and ping and
 * speaks UDP/ESP to whatever is there. A daemon thread reads frames and hands them to the
 * node's loop; frames are sent from the loop. The Linux interface must be up; it is put in
 * promiscuous mode through the socket's membership (undone when the socket closes).
 */
public final class AfPacketLink implements Link {
    private static final int RECEIVE_TIMEOUT_MS = 200;
    private final String linuxName;
    private final LinuxPacketSocket socket;
    private final EthernetInterface iface;
    private final Thread reader;
    private volatile boolean open = true;
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong checksumsCompleted = new AtomicLong();
    private final AtomicLong superFrames = new AtomicLong();
    private final byte[] sendBuffer = new byte[65536];

    private AfPacketLink(String linuxName, LinuxPacketSocket socket, EthernetInterface iface) {
        this.linuxName = linuxName;
        this.socket = socket;
        this.iface = iface;
        // a Netty thread, so the pooled allocator keeps a per-thread cache for it
        this.reader = new io.netty.util.concurrent.FastThreadLocalThread(this::readLoop, "afpacket-" + linuxName);
        this.reader.setDaemon(true);
    }

    /** Opens the packet socket on {@code linuxName} and attaches it to {@code iface}. */
    public static AfPacketLink open(EthernetInterface iface, String linuxName) {
        LinuxPacketSocket s = LinuxPacketSocket.open(linuxName, RECEIVE_TIMEOUT_MS);
        AfPacketLink link = new AfPacketLink(linuxName, s, iface);
        iface.attach(link);
        link.reader.start();
        return link;
    }

    private void readLoop() {
        // a GSO super-frame is up to 64 KiB of IP plus its Ethernet and virtio headers
        byte[] buf = new byte[65536 + 128];
        while (open) {
            int n;
            try {
                n = socket.receive(buf);
            } catch (RuntimeException e) {
                if (open) {
                    errors.incrementAndGet();
                }
                continue;
            }
            if (n <= 0 || !open) {
                continue;
            }
            received.incrementAndGet();
            int skip = socket.vnetHeader() ? VnetHeader.LENGTH : 0;
            if (n <= skip) {
                errors.incrementAndGet();
                continue;
            }
            VnetHeader h = skip == 0 ? VnetHeader.NONE : VnetHeader.decode(buf, 0);
            // heap with the node's headroom: it is one copy either way, ESP is decrypted in place
            // on the array, and a packet routed into a tunnel is encapsulated where it lies
            ByteBuf frame = iface.node().allocator().heapBuffer(iosim.dataplane.Node.HEADROOM + n - skip);
            frame.setIndex(iosim.dataplane.Node.HEADROOM, iosim.dataplane.Node.HEADROOM);
            frame.writeBytes(buf, skip, n - skip);
            if (skip == 0) {
                if (ChecksumCompletion.complete(frame)) {
                    checksumsCompleted.incrementAndGet();
                }
                iface.deliverFrame(frame);
                continue;
            }
            GsoSegmenter.Result r = GsoSegmenter.process(frame, h, iface.node().allocator(), iosim.dataplane.Node.HEADROOM);
            if (r.dropped()) {
                errors.incrementAndGet();
            } else if (r.segmented()) {
                superFrames.incrementAndGet();
            } else if (r.checksumCompleted()) {
                checksumsCompleted.incrementAndGet();
            }
            for (ByteBuf f : r.frames()) {
                iface.deliverFrame(f);
            }
        }
    }

    @Override
    public void send(ByteBuf frame) {
        try {
            if (!open) {
                return;
            }
            int len = frame.readableBytes();
            // a zero VnetHeader before the frame (no offload asked) when the socket has them
            int skip = socket.vnetHeader() ? VnetHeader.LENGTH : 0;
            if (skip + len > sendBuffer.length) {
                errors.incrementAndGet();
                return;
            }
            frame.getBytes(frame.readerIndex(), sendBuffer, skip, len);
            if (len < 60) {
                java.util.Arrays.fill(sendBuffer, skip + len, skip + 60, (byte) 0);
            }
            socket.send(sendBuffer, skip + Math.max(len, 60));
            sent.incrementAndGet();
        } catch (RuntimeException e) {
            errors.incrementAndGet();
        } finally {
            frame.release();
        }
    }

    public long framesReceived() {
        return received.get();
    }

    public long framesSent() {
        return sent.get();
    }

    public long errors() {
        return errors.get();
    }

    public long checksumsCompleted() {
        return checksumsCompleted.get();
    }

    /** GSO super-frames received and cut into wire-sized segments. */
    public long superFramesSegmented() {
        return superFrames.get();
    }

    @Override
    public void close() {
        if (!open) {
            return;
        }
        open = false;
        try {
            reader.join(2L * RECEIVE_TIMEOUT_MS + 500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        socket.close();
    }

    @Override
    public String describe() {
        return "af_packet " + linuxName;
    }
}
