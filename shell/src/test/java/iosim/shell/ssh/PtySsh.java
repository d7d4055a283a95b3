package iosim.shell.ssh;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The real OpenSSH client on a real pseudo-terminal ({@code script}), typed into key by key as a
 * user would: what it prints is collected, {@link #expect} waits (bounded) for a text, and
 * {@link #resize} changes the terminal's window ({@code stty -F}), which makes ssh send a
 * window-change request.
 */
final class PtySsh implements AutoCloseable {
    private final Process process;
    private final OutputStream keys;
    private final ByteArrayOutputStream seen = new ByteArrayOutputStream();
    private final Path ttyFile;
    private int mark;

    private PtySsh(Process process, Path ttyFile) {
        this.process = process;
        this.keys = process.getOutputStream();
        this.ttyFile = ttyFile;
        Thread t = new Thread(() -> copy(process.getInputStream()), "pty-ssh-reader");
        t.setDaemon(true);
        t.start();
    }

    /** Logs in as {@code user} on a {@code cols}x{@code rows} terminal. */
    static PtySsh open(int port, String user, String password, int rows, int cols, Path tmp) throws IOException {
        Path tty = Files.createTempFile(tmp, "tty", ".txt");
        String ssh = "sshpass -p " + password + " ssh -F /dev/null -o StrictHostKeyChecking=no"
                + " -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR -o PubkeyAuthentication=no"
                + " -o PreferredAuthentications=password,keyboard-interactive -o NumberOfPasswordPrompts=1"
                + " -o ConnectTimeout=5 -t -p " + port + " " + user + "@127.0.0.1";
        String inner = "tty > " + tty + "; stty rows " + rows + " cols " + cols + "; exec " + ssh;
        Process p = new ProcessBuilder(List.of("script", "-qfec", inner, "/dev/null"))
                .redirectErrorStream(true).start();
        return new PtySsh(p, tty);
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
            // the client ended
        }
    }

    /** Everything printed so far. */
    String all() {
        synchronized (seen) {
            return seen.toString(StandardCharsets.UTF_8);
        }
    }

    /** Printed since the last {@link #expect} matched. */
    String sinceMark() {
        return all().substring(mark);
    }

    /**
     * Waits (at most {@code seconds}) until {@code text} appears after the last match; returns
     * what was printed up to and including it, and moves the mark past it.
     */
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
            if (System.nanoTime() > deadline) {
                fail("no '" + text.replace("\u001b", "ESC") + "' within " + seconds + " s; after the mark:\n"
                        + s.substring(mark).replace("\u001b", "ESC"));
            }
            LockSupport.parkNanos(20_000_000L);
        }
    }

    /** Types {@code text} (Tab, {@code ?}, control keys and all) into the terminal. */
    void type(String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    /** Gives the terminal a new window size; ssh tells the server (window-change). */
    void resize(int rows, int cols) throws IOException, InterruptedException {
        String tty = Files.readString(ttyFile).strip();
        Process p = new ProcessBuilder("stty", "-F", tty, "rows", Integer.toString(rows), "cols",
                Integer.toString(cols)).redirectErrorStream(true).start();
        if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
            fail("stty -F " + tty + " did not resize: " + new String(p.getInputStream().readAllBytes(),
                    StandardCharsets.UTF_8));
        }
    }

    /** Waits (bounded) for the client to end by itself. */
    boolean ended(int seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
