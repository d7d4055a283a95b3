package iosim.shell.web;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.locks.LockSupport;

/**
 * The CLI's output of an in-page console: bytes collected until the terminal flushes, then sent
 * as one binary WebSocket frame (xterm.js decodes the UTF-8). A page that stops reading makes the
 * console's thread wait (bounded), then the session ends rather than memory growing.
 */
final class ConsoleOutput extends OutputStream {
    private static final int CHUNK = 16 * 1024;
    private static final long STALL_NANOS = 30_000_000_000L;

    private final Channel ch;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    ConsoleOutput(Channel ch) {
        this.ch = ch;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        pending.write(b);
        if (pending.size() >= CHUNK) {
            flush();
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        pending.write(b, off, len);
        if (pending.size() >= CHUNK) {
            flush();
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        if (pending.size() == 0) {
            return;
        }
        if (!ch.isActive()) {
            pending.reset();
            throw new IOException("the page closed the console");
        }
        long deadline = System.nanoTime() + STALL_NANOS;
        while (!ch.isWritable()) {
            if (!ch.isActive() || System.nanoTime() > deadline) {
                pending.reset();
                throw new IOException("the page stopped reading the console");
            }
            LockSupport.parkNanos(5_000_000L);
        }
        ch.writeAndFlush(new BinaryWebSocketFrame(Unpooled.wrappedBuffer(pending.toByteArray())));
        pending.reset();
    }
}
