package iosim.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A router in a child JVM ({@code iosim.shell.Main router ...}) driven through its stdin console,
 * optionally inside a network namespace. {@link #send} types one line and waits (bounded) until
 * the console has printed the next prompt, returning what the command printed.
 */
final class RouterProcess implements AutoCloseable {
    private final Process process;
    private final OutputStream stdin;
    private final StringBuilder out = new StringBuilder();
    private final Thread reader;

    RouterProcess(String netns, Path startupConfig, List<String> extraArgs) throws IOException {
        List<String> cmd = new ArrayList<>();
        if (netns != null) {
            cmd.addAll(List.of("ip", "netns", "exec", netns));
        }
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "iosim.shell.Main", "router",
                "--startup-config", startupConfig.toString()));
        cmd.addAll(extraArgs);
        process = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        stdin = process.getOutputStream();
        InputStream in = process.getInputStream();
        reader = new Thread(() -> {
            byte[] buf = new byte[8192];
            try {
                int n;
                while ((n = in.read(buf)) > 0) {
                    synchronized (out) {
                        out.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                        out.notifyAll();
                    }
                }
            } catch (IOException e) {
                // process ended
            }
        }, "router-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /** Types {@code line} and returns its output once a prompt ending in {@code promptEnd} follows it. */
    String send(String line, long timeoutSeconds) throws IOException, InterruptedException {
        int start;
        synchronized (out) {
            start = out.length();
        }
        stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        synchronized (out) {
            while (true) {
                String s = out.substring(start);
                int echo = s.indexOf(line);
                int prompt = echo < 0 ? -1 : promptAfter(s, echo + line.length());
                if (prompt >= 0) {
                    return s.substring(echo + line.length(), prompt);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || !process.isAlive()) {
                    throw new AssertionError("no prompt after '" + line + "' within " + timeoutSeconds + " s; output:\n" + s);
                }
                out.wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
            }
        }
    }

    /** Index of the next {@code HOST#} / {@code HOST>} / {@code HOST(config...)#} prompt at a line start. */
    private static int promptAfter(String s, int from) {
        int i = s.indexOf('\n', from);
        while (i >= 0) {
            int end = s.indexOf('\n', i + 1);
            String line = end < 0 ? s.substring(i + 1) : s.substring(i + 1, end);
            if (line.matches("[A-Za-z0-9._-]+(\\([a-z0-9-]+\\))?[#>].*") && end < 0) {
                return i + 1;
            }
            if (end < 0) {
                return -1;
            }
            i = end;
        }
        return -1;
    }

    String output() {
        synchronized (out) {
            return out.toString();
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            stdin.close();
        } catch (IOException e) {
            // already gone
        }
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
