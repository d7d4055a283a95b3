package iosim.shell.web;

import iosim.shell.cli.Router;
import iosim.shell.console.ConsoleLine;
import iosim.shell.console.IosTerminalType;
import iosim.shell.console.JLineConsole;
import iosim.shell.lab.LabRouter;
import io.netty.channel.Channel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;

/**
 * A router's console in the page: the same {@link JLineConsole} as the terminal and SSH
 * consoles (prompts, {@code ?}, Tab, history, {@code --More--}), on the console line, over a
 * JLine terminal whose input is the socket's keystroke frames and whose output is sent back as
 * frames. Runs on its own thread until the user's input ends or the page closes the socket;
 * either way the session, the thread and the socket end together and are counted.
 */
final class WebConsole {
    private static final long BOOT_WAIT_NANOS = 120_000_000_000L;
    private static final int MAX_QUEUED_FRAMES = 256;

    private final LabRouter router;
    private final Channel ch;
    private final WebStats stats;
    private final ConsoleInput input = new ConsoleInput(MAX_QUEUED_FRAMES);
    private volatile Terminal terminal;
    private volatile Thread thread;

    WebConsole(LabRouter router, Channel ch, WebStats stats) {
        this.router = router;
        this.ch = ch;
        this.stats = stats;
    }

    /** Starts the session's thread; the socket's close ends it. */
    void start() {
        stats.consolesOpened.incrementAndGet();
        Thread t = new Thread(this::run, "web-console-" + router.name());
        t.setDaemon(true);
        thread = t;
        ch.closeFuture().addListener(f -> stop());
        t.start();
    }

    private void run() {
        // the SSH console's terminal set-up (VtyCommand): IOS's plain type whatever the page is,
        // created paused so keys typed ahead are not echoed before ECHO is off
        try (ExternalTerminal t = new ExternalTerminal(null, "web", IosTerminalType.name(), input,
                new ConsoleOutput(ch), StandardCharsets.UTF_8, Terminal.SignalHandler.SIG_DFL, true)) {
            t.setSize(new Size(80, 24));
            Attributes a = t.getAttributes();
            a.setOutputFlag(Attributes.OutputFlag.OPOST, true);
            a.setOutputFlag(Attributes.OutputFlag.ONLCR, true);
            a.setLocalFlag(Attributes.LocalFlag.ECHO, false);
            a.setControlChar(Attributes.ControlChar.VERASE, 127); // xterm.js sends DEL for Backspace
            t.setAttributes(a);
            t.resume();
            terminal = t;
            new JLineConsole(ready(), List.of(), ConsoleLine.console()).run(t);
        } catch (IOException | RuntimeException | java.io.IOError e) {
            // the page went away or the router was stopped: the session ends
        } finally {
            stats.consolesClosed.incrementAndGet();
            input.close();
            ch.close();
        }
    }

    /** The router once it is not booting ({@code reload}): no prompt before it is ready (bounded wait). */
    private Router ready() {
        Router r = router.router();
        long deadline = System.nanoTime() + BOOT_WAIT_NANOS;
        while (r.booting() && System.nanoTime() < deadline && ch.isActive()) {
            LockSupport.parkNanos(20_000_000L);
        }
        return r;
    }

    /** Keystrokes from the page; false when dropped (the CLI is not keeping up). */
    boolean type(byte[] bytes) {
        boolean ok = input.offer(bytes);
        if (!ok) {
            stats.inputDropped.incrementAndGet();
        }
        return ok;
    }

    /** The page's terminal changed size. */
    void resize(int cols, int rows) {
        Terminal t = terminal;
        if (t != null && cols > 0 && rows > 0) {
            t.setSize(new Size(Math.min(cols, 500), Math.min(rows, 300)));
            t.raise(Terminal.Signal.WINCH);
        }
    }

    /** Ends the session (the page closed it, or the dashboard stops). */
    void stop() {
        input.close();
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
    }
}
