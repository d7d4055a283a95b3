package iosim.lab;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code iosim.shell.Main ARGS} in a child JVM on a real pseudo-terminal ({@code script}),
 * typed into key by key; {@link #expect} waits (bounded) for a text after the last match.
 */
final class PtyIosim implements AutoCloseable {
    private final Process process;
    private final OutputStream keys;
    private final ByteArrayOutputStream seen = new ByteArrayOutputStream();
    private int mark;

    private PtyIosim(Process process) {
        this.process = process;
        this.keys = process.getOutputStream();
        Thread t = new Thread(() -> copy(process.getInputStream()), "pty-iosim-reader");
        t.setDaemon(true);
        t.start();
    }

    /** True when util-linux {@code script} is there to make a pty. */
    static boolean available() {
        return Files.isExecutable(Path.of("/usr/bin/script"));
    }

    static PtyIosim start(List<String> args, int rows, int cols) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), "iosim.shell.Main"));
        cmd.addAll(args);
        StringBuilder quoted = new StringBuilder();
        for (String c : cmd) {
            quoted.append(" '").append(c.replace("'", "'\\''")).append('\'');
        }
        String inner = "stty rows " + rows + " cols " + cols + "; exec" + quoted;
        ProcessBuilder pb = new ProcessBuilder(List.of("script", "-qfec", inner, "/dev/null")).redirectErrorStream(true);
        pb.environment().put("TERM", "xterm");
        return new PtyIosim(pb.start());
    }

    private void copy(InputStream in) {
        byte[] b = new byte[4096];
        try {
            for (int n; (n = in.read(b)) > 0; ) {
                synchronized (seen) {
                    seen.write(b, 0, n);
                }
            }
        } catch (IOException e) {
            // ended
        }
    }

    String all() {
        synchronized (seen) {
            return seen.toString(StandardCharsets.UTF_8);
        }
    }

    /** Waits (at most {@code seconds}) for {@code text} after the mark; returns what came up to it. */
    String expect(String text, int seconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            String s = all();
            int i = s.indexOf(text, mark);
            if (i >= 0) {
                String got = s.substring(mark, i + text.length());
                mark = i + text.length();
                return got;
            }
            if (System.nanoTime() > deadline || !process.isAlive() && all().indexOf(text, mark) < 0) {
                fail("no '" + text.replace("\u001b", "ESC") + "' within " + seconds + " s; after the mark:\n"
                        + s.substring(mark).replace("\u001b", "ESC"));
            }
            LockSupport.parkNanos(20_000_000L);
        }
    }

    void type(String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    boolean ended(int seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
