package iosim.shell.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The keystrokes of an in-page console as the CLI's input stream: frames are queued by the
 * socket's event loop (never blocking it; a full queue drops the frame and says so) and read by
 * the console's thread; {@link #close()} ends the stream (the CLI sees end of input).
 */
final class ConsoleInput extends InputStream {
    private static final byte[] EOF = new byte[0];

    private final BlockingQueue<byte[]> frames;
    private byte[] current = new byte[0];
    private int pos;
    private volatile boolean closed;

    ConsoleInput(int maxFrames) {
        this.frames = new ArrayBlockingQueue<>(maxFrames);
    }

    /** Queues a frame's bytes; false when the queue is full or the stream closed (the frame is dropped). */
    boolean offer(byte[] bytes) {
        return !closed && bytes.length > 0 && frames.offer(bytes);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (pos >= current.length) {
            if (current == EOF) {
                return -1;
            }
            try {
                current = frames.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("console closed");
            }
            pos = 0;
        }
        int n = Math.min(len, current.length - pos);
        System.arraycopy(current, pos, b, off, n);
        pos += n;
        return n;
    }

    @Override
    public int available() {
        return current == EOF ? 0 : current.length - pos;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            frames.clear();
            frames.offer(EOF);
        }
    }
}
