package iosim.lab;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code iosim.shell.Main ARGS} in a child JVM (this test's class path), fed through stdin. */
final class IosimProcess implements AutoCloseable {
    private final Process process;
    private final StringBuilder out = new StringBuilder();

    IosimProcess(List<String> args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), "iosim.shell.Main"));
        cmd.addAll(args);
        process = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        InputStream in = process.getInputStream();
        Thread reader = new Thread(() -> {
            byte[] buf = new byte[8192];
            try {
                for (int n; (n = in.read(buf)) > 0; ) {
                    synchronized (out) {
                        out.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                        out.notifyAll();
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "iosim-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /** Types lines (each followed by a newline). */
    void type(String... lines) throws IOException {
        OutputStream stdin = process.getOutputStream();
        for (String l : lines) {
            stdin.write((l + "\n").getBytes(StandardCharsets.UTF_8));
        }
        stdin.flush();
    }

    /** Waits (bounded) until the output contains {@code text}; false on timeout. */
    boolean await(String text, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        synchronized (out) {
            while (out.indexOf(text) < 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !process.isAlive() && out.indexOf(text) < 0) {
                    return out.indexOf(text) >= 0;
                }
                out.wait(Math.max(1, Math.min(200, TimeUnit.NANOSECONDS.toMillis(left))));
            }
            return true;
        }
    }

    /** Waits (bounded) until {@code text} occurs {@code count} times in the output. */
    boolean awaitCount(String text, int count, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        synchronized (out) {
            while (occurrences(text) < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !process.isAlive()) {
                    return occurrences(text) >= count;
                }
                out.wait(Math.max(1, Math.min(200, TimeUnit.NANOSECONDS.toMillis(left))));
            }
            return true;
        }
    }

    private int occurrences(String text) {
        int n = 0;
        for (int i = out.indexOf(text); i >= 0; i = out.indexOf(text, i + 1)) {
            n++;
        }
        return n;
    }

    /** Ends input and waits (bounded) for the exit status. */
    int finish(long seconds) throws IOException, InterruptedException {
        process.getOutputStream().close();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    String output() {
        synchronized (out) {
            return out.toString();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
