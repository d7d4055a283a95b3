package iosim.shell.ssh;

import iosim.shell.console.IosTerminalType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.sshd.common.channel.PtyMode;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.Signal;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;

/**
 * One SSH channel's vty session: the interactive shell (a JLine terminal over the channel's
 * streams with the client's PTY size, resized on WINCH; {@link IosTerminalType}, so plain text
 * whatever TERM the client sent, and no cursor moves without a PTY) or one exec request. Runs on its own
 * thread; frees the vty line and reports the exit status when done. Never lets an exception's
 * trace reach the user.
 */
final class VtyCommand implements Command {
    private final SshConsoleServer server;
    private final String exec;
    private InputStream in;
    private OutputStream out;
    private ExitCallback exit;
    private volatile Thread thread;
    private volatile VtyLines.Session line;
    private volatile ChannelSession channel;

    /** @param exec the command of an exec request, or null for an interactive shell */
    VtyCommand(SshConsoleServer server, String exec) {
        this.server = server;
        this.exec = exec;
    }

    @Override
    public void setInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        // IOS writes everything to the session's output
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    @Override
    public void start(ChannelSession ch, Environment env) throws IOException {
        this.channel = ch;
        SshConsoleServer.Authenticated who = server.authenticated(ch.getSession());
        var taken = server.lines().open(who.user(), who.source(), server.access().vtyLines());
        if (taken.isEmpty()) {
            out.write("% All vty lines are busy\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            exit.onExit(1, "no free vty line");
            return;
        }
        line = taken.get();
        Thread t = new Thread(() -> run(env, who), server.name() + "-" + line.lineName());
        t.setDaemon(true);
        thread = t;
        server.watch(this);
        t.start();
    }

    VtyLines.Session line() {
        return line;
    }

    /** Ends the session (exec-timeout, router shutdown). */
    void kill() {
        ChannelSession ch = channel;
        if (ch != null) {
            ch.close(false);
        }
    }

    private void run(Environment env, SshConsoleServer.Authenticated who) {
        int status = 0;
        InputStream input = new ActivityInputStream(in, () -> line.touch(server.clock().instant()));
        try {
            if (exec != null) {
                PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
                status = server.shell().command(line, who.privilege(), exec, ps);
                ps.flush();
            } else {
                try (Terminal term = terminal(env, input)) {
                    server.shell().interactive(line, who.privilege(), term);
                }
            }
        } catch (IOException | RuntimeException e) {
            status = 1;
        } finally {
            server.lines().close(line);
            server.unwatch(this);
            exit.onExit(status);
        }
    }

    private Terminal terminal(Environment env, InputStream input) throws IOException {
        Map<String, String> e = env.getEnv();
        // IOS ignores TERM: one plain type for every client with a pty, no cursor moves without
        boolean pty = e.get(Environment.ENV_TERM) != null || !env.getPtyModes().isEmpty();
        String type = pty ? IosTerminalType.name() : IosTerminalType.dumb();
        int cols = parse(e.get(Environment.ENV_COLUMNS), 80);
        int rows = parse(e.get(Environment.ENV_LINES), 24);
        // an ExternalTerminal (no local pty, no output pump thread): output reaches the channel
        // before the session's exit status does
        // created paused: input typed ahead is not pumped (and echoed) before ECHO is off below
        ExternalTerminal t = new ExternalTerminal(null, line.lineName(), type, input, out, StandardCharsets.UTF_8,
                Terminal.SignalHandler.SIG_DFL, true);
        t.setSize(new Size(cols, rows));
        Attributes a = t.getAttributes();
        a.setOutputFlag(Attributes.OutputFlag.OPOST, true);
        a.setOutputFlag(Attributes.OutputFlag.ONLCR, true);
        // the console echoes what it reads itself: keys typed ahead of a prompt are not echoed twice
        a.setLocalFlag(Attributes.LocalFlag.ECHO, false);
        Integer erase = env.getPtyModes().get(PtyMode.VERASE);
        if (erase != null) {
            a.setControlChar(Attributes.ControlChar.VERASE, erase);
        }
        t.setAttributes(a);
        t.resume();
        env.addSignalListener((ch, sig) -> {
            t.setSize(new Size(parse(env.getEnv().get(Environment.ENV_COLUMNS), cols),
                    parse(env.getEnv().get(Environment.ENV_LINES), rows)));
            t.raise(Terminal.Signal.WINCH);
        }, Signal.WINCH);
        return t;
    }

    /** A PTY size field; 0 or garbage (ssh -tt without a local terminal) takes the default. */
    private static int parse(String s, int dflt) {
        try {
            int v = s == null ? dflt : Integer.parseInt(s.strip());
            return v > 0 ? v : dflt;
        } catch (NumberFormatException e) {
            return dflt;
        }
    }

    @Override
    public void destroy(ChannelSession ch) {
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
    }
}
