package iosim.ikev2.interop;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Our engine ({@link InteropPeer}) in a child JVM inside netns "left". Lines it prints are
 * collected; {@link #await} waits (bounded) for one matching a pattern.
 */
final class EnginePeerProcess implements AutoCloseable {
    private final Process process;
    private final Writer stdin;
    private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> transcript = java.util.Collections.synchronizedList(new ArrayList<>());

    EnginePeerProcess(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", "left",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath(),
                InteropPeer.class.getName()));
        cmd.addAll(List.of(args));
        process = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String l;
                while ((l = r.readLine()) != null) {
                    transcript.add(l);
                    lines.add(l);
                }
            } catch (IOException ignored) {
                // process ended
            }
        }, "interop-peer-reader");
        t.setDaemon(true);
        t.start();
        await("READY", 20);
    }

    private static String classpath() {
        List<String> parts = new ArrayList<>();
        parts.add(location(InteropPeer.class));
        parts.add(location(iosim.ikev2.engine.IkeEngine.class));
        parts.add(location(iosim.ike.crypto.DhGroup.class));
        parts.add(location(org.bouncycastle.crypto.params.DHParameters.class));
        parts.add(location(org.bouncycastle.cert.X509CertificateHolder.class));
        return String.join(File.pathSeparator, parts.stream().distinct().toList());
    }

    private static String location(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    void send(String command) throws IOException {
        stdin.write(command + "\n");
        stdin.flush();
    }

    /**
     * Waits for the next line matching {@code regex} (find), skipping the lines before it; fails
     * with the transcript after the timeout.
     */
    String await(String regex, int seconds) {
        Pattern p = Pattern.compile(regex);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        try {
            while (System.nanoTime() < end) {
                String l = lines.poll(Math.max(1, TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime())),
                        TimeUnit.MILLISECONDS);
                if (l != null && p.matcher(l).find()) {
                    return l;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError("engine peer printed no line matching /" + regex + "/ within " + seconds
                + " s; transcript:\n" + String.join("\n", transcript));
    }

    /** Whether any line printed so far matches. */
    boolean printed(String regex) {
        Pattern p = Pattern.compile(regex);
        synchronized (transcript) {
            return transcript.stream().anyMatch(l -> p.matcher(l).find());
        }
    }

    String transcript() {
        synchronized (transcript) {
            return String.join("\n", transcript);
        }
    }

    @Override
    public void close() {
        try {
            send("quit");
            stdin.close();
        } catch (IOException ignored) {
            // already gone
        }
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
