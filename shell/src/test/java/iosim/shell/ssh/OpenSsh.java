package iosim.shell.ssh;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real OpenSSH client (with sshpass for the password) against a router's SSH port. */
public final class OpenSsh {
    /** What a client run printed and how it ended. */
    public record Result(int exit, String out) {}

    private OpenSsh() {
    }

    /** Skips the test when ssh or sshpass is missing, fails it instead when CI=true. */
    public static void require() {
        boolean ok = onPath("ssh") && onPath("sshpass");
        if (!ok && "true".equals(System.getenv("CI"))) {
            fail("CI=true but the OpenSSH client or sshpass is not installed (apt-get install openssh-client sshpass)");
        }
        assumeTrue(ok, "needs the OpenSSH client and sshpass (apt-get install openssh-client sshpass)");
    }

    private static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (new File(d, tool).canExecute()) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code sshpass -p PASSWORD ssh ... -p PORT USER@127.0.0.1 [COMMAND]}; {@code stdin} is typed
     * into the session (null: none); {@code tty} asks for a PTY (an interactive shell).
     */
    public static Result run(int port, String user, String password, String command, String stdin, boolean tty,
            long timeoutSeconds) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("sshpass", "-p", password, "ssh", "-F", "/dev/null",
                "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
                "-o", "PubkeyAuthentication=no", "-o", "PreferredAuthentications=password,keyboard-interactive",
                "-o", "NumberOfPasswordPrompts=1", "-o", "ConnectTimeout=5", "-p", Integer.toString(port)));
        if (tty) {
            cmd.add("-tt");
        }
        cmd.add(user + "@127.0.0.1");
        if (command != null) {
            cmd.add(command);
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> copy(p.getInputStream(), out));
        reader.setDaemon(true);
        reader.start();
        try (OutputStream in = p.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
                in.flush();
            }
            if (stdin != null && tty) {
                // keep stdin open until the session ends by itself (logout or exec-timeout)
                if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    fail("ssh did not finish within " + timeoutSeconds + " s; output so far:\n" + out);
                }
            }
        }
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("ssh did not finish within " + timeoutSeconds + " s; output so far:\n" + out);
        }
        reader.join(5000);
        return new Result(p.exitValue(), out.toString(StandardCharsets.UTF_8));
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        byte[] b = new byte[4096];
        try {
            for (int n; (n = in.read(b)) > 0; ) {
                synchronized (out) {
                    out.write(b, 0, n);
                }
            }
        } catch (IOException e) {
            // process ended
        }
    }
}
