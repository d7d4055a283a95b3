package iosim.dataplane.capture;

import io.netty.buffer.ByteBuf;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One running capture of an interface into a pcap file (Ethernet link type), in the spirit of
 * IOS-XE's {@code monitor capture CAP interface IF both} / {@code start} / {@code stop} /
 * {@code export}. Frames are written on the node's event loop; {@link #close()} flushes.
 */
public final class PacketCapture implements AutoCloseable {
    /** Which frames are recorded. */
    public enum Direction { IN, OUT, BOTH }

    private final Path file;
    private final Direction direction;
    private final OutputStream out;
    private final Runnable onClose;
    private volatile boolean closed;
    private volatile long packets;
    private volatile long bytes;
    private volatile String error;

    private PacketCapture(Path file, Direction direction, OutputStream out, Runnable onClose) {
        this.file = file;
        this.direction = direction;
        this.out = out;
        this.onClose = onClose;
    }

    /** Creates (truncates) {@code file} and writes the pcap global header. */
    public static PacketCapture open(Path file, Direction direction, Runnable onClose) throws IOException {
        OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        write(os, PcapFormat.globalHeader(PcapFormat.LINKTYPE_ETHERNET));
        return new PacketCapture(file, direction, os, onClose);
    }

    public Direction direction() {
        return direction;
    }

    private static void write(OutputStream os, ByteBuffer b) throws IOException {
        os.write(b.array(), b.arrayOffset() + b.position(), b.remaining());
    }

    /** Records one Ethernet frame (the buffer's readable bytes; not consumed or released). */
    public void record(ByteBuf frame, boolean inbound, long epochMicros) {
        if (closed || (inbound ? direction == Direction.OUT : direction == Direction.IN)) {
            return;
        }
        int len = frame.readableBytes();
        int cap = Math.min(len, PcapFormat.SNAPLEN);
        try {
            write(out, PcapFormat.recordHeader(epochMicros, cap, len));
            frame.getBytes(frame.readerIndex(), out, cap);
            packets++;
            bytes += cap;
        } catch (IOException e) {
            error = e.getMessage();
            close();
        }
    }

    public Path file() {
        return file;
    }

    public long packets() {
        return packets;
    }

    public long bytes() {
        return bytes;
    }

    public boolean isClosed() {
        return closed;
    }

    /** The I/O error that stopped the capture, or null. */
    public String error() {
        return error;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            out.close();
        } catch (IOException e) {
            error = e.getMessage();
        }
        if (onClose != null) {
            onClose.run();
        }
    }
}
