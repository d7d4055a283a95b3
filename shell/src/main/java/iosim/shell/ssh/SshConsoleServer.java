package iosim.shell.ssh;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.AsyncAuthException;
import org.apache.sshd.server.auth.password.UserAuthPasswordFactory;
import org.apache.sshd.server.session.ServerSession;

/**
 * A router's SSH console (Apache MINA SSHD): listens on its address and port only while the
 * router has an RSA key ({@code crypto key generate rsa}), as IOS does, with that key as host
 * key. Password logins are checked as the vty lines' {@code login} setting says; failures are
 * logged and answered late ({@link LoginGuard}); {@code transport input} without ssh closes the
 * connection. {@code ip ssh authentication-retries} failures close the connection, as does not
 * logging in within {@code ip ssh time-out}; {@code login block-for} quiet mode refuses
 * connections. Each session takes a vty line; {@code exec-timeout} closes idle sessions;
 * {@code reload} drops them all ({@link #dropSessions}).
 */
public final class SshConsoleServer implements AutoCloseable {
    /** Who a session authenticated as. */
    public record Authenticated(String user, String source, int privilege) {}

    private static final AttributeRepository.AttributeKey<Authenticated> WHO = new AttributeRepository.AttributeKey<>();
    private static final AttributeRepository.AttributeKey<Integer> FAILURES = new AttributeRepository.AttributeKey<>();

    private final String name;
    private final String host;
    private final int port;
    private final VtyAccess access;
    private final VtyShell shell;
    private final VtyLines lines;
    private final LoginGuard guard;
    private final Clock clock;
    private final ScheduledExecutorService timer;
    private final Set<VtyCommand> running = ConcurrentHashMap.newKeySet();
    private SshServer server;
    private int boundPort;
    private volatile java.util.function.Supplier<iosim.shell.fs.FlashFileSystem> flash;

    /**
     * @param name the router's name (thread names)
     * @param port the port; 0 for any free port (tests)
     */
    public SshConsoleServer(String name, String host, int port, VtyAccess access, VtyShell shell, VtyLines lines,
            Consumer<String> syslog, Clock clock, long failureDelayMs) {
        this.name = name;
        this.host = host;
        this.port = port;
        this.access = access;
        this.shell = shell;
        this.lines = lines;
        this.clock = clock;
        this.guard = new LoginGuard(clock, syslog, failureDelayMs);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name + "-ssh-timer");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::idleCheck, 1, 1, TimeUnit.SECONDS);
    }

    public String name() {
        return name;
    }

    VtyAccess access() {
        return access;
    }

    VtyShell shell() {
        return shell;
    }

    public VtyLines lines() {
        return lines;
    }

    Clock clock() {
        return clock;
    }

    /** True while SSH accepts connections (a key exists). */
    public synchronized boolean listening() {
        return server != null && server.isStarted();
    }

    /** The port listened on (the configured one, or the chosen one for port 0); 0 when not listening. */
    public synchronized int boundPort() {
        return listening() ? boundPort : 0;
    }

    /**
     * Follows the configuration: starts listening once a key exists, stops when none is left.
     *
     * @throws IOException when the port cannot be bound
     */
    public synchronized void refresh() throws IOException {
        boolean key = access.hostKey().isPresent();
        if (key && server == null) {
            start();
        } else if (!key && server != null) {
            stopServer();
        }
    }

    private void start() throws IOException {
        SshServer s = SshServer.setUpDefaultServer();
        s.setHost(host);
        s.setPort(port);
        s.setKeyPairProvider(session -> {
            Optional<KeyPair> k = access.hostKey();
            return k.map(List::of).orElse(List.of());
        });
        s.setUserAuthFactories(List.of(UserAuthPasswordFactory.INSTANCE));
        s.setKeyboardInteractiveAuthenticator(null);
        s.setPasswordAuthenticator(this::authenticate);
        s.setShellFactory(channel -> new VtyCommand(this, null));
        FlashTransfer files = new FlashTransfer(this::flash, this::mayTransfer, clock);
        s.setFileSystemFactory(files.fileSystems());
        s.setCommandFactory((channel, command) -> FlashTransfer.isScp(command) ? files.scp(channel, command)
                : new VtyCommand(this, command));
        s.setSubsystemFactories(List.of(files.sftp()));
        s.addSessionListener(new SessionListener() {
            @Override
            public void sessionCreated(Session session) {
                if (!access.sshAllowed() || guard.quiet()) {
                    session.close(true);
                    return;
                }
                timer.schedule(() -> {
                    if (!session.isAuthenticated() && session.isOpen()) {
                        session.close(true); // ip ssh time-out: no login in time
                    }
                }, access.sshTimeoutSeconds(), TimeUnit.SECONDS);
            }
        });
        try {
            s.start();
        } catch (IOException | RuntimeException e) {
            try {
                s.stop(true);
            } catch (IOException ignored) {
                // nothing was listening
            }
            throw new IOException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        server = s;
        boundPort = s.getPort();
    }

    private boolean authenticate(String user, String password, ServerSession session) {
        String source = source(session.getClientAddress());
        VtyAccess.Login login = access.login(user, password);
        if (login.accepted()) {
            guard.succeeded(source);
            session.setAttribute(WHO, new Authenticated(user, source, login.privilege()));
            return true;
        }
        Duration delay = guard.failed(user, source, boundPort, login.reason(), access.loginBlock());
        Integer before = session.getAttribute(FAILURES);
        int failures = (before == null ? 0 : before) + 1;
        session.setAttribute(FAILURES, failures);
        boolean last = failures >= Math.max(1, access.authenticationRetries());
        AsyncAuthException later = new AsyncAuthException();
        timer.schedule(() -> {
            if (last) {
                session.close(true); // ip ssh authentication-retries used up: the router hangs up
            } else {
                later.setAuthed(false);
            }
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
        throw later;
    }

    /**
     * Where SCP and SFTP read and write ({@code ip scp server enable}); without it a transfer is
     * refused.
     */
    public void setFlash(java.util.function.Supplier<iosim.shell.fs.FlashFileSystem> flash) {
        this.flash = flash;
    }

    private iosim.shell.fs.FlashFileSystem flash() {
        java.util.function.Supplier<iosim.shell.fs.FlashFileSystem> f = flash;
        if (f == null) {
            throw new IllegalStateException("no flash:");
        }
        return f.get();
    }

    /** SCP/SFTP: {@code ip scp server enable}, a flash:, and a privilege-15 login (as IOS requires). */
    private boolean mayTransfer(Session session) {
        return flash != null && access.scpEnabled() && session instanceof ServerSession s
                && authenticated(s).privilege() >= 15;
    }

    Authenticated authenticated(ServerSession session) {
        Authenticated a = session.getAttribute(WHO);
        return a != null ? a : new Authenticated(session.getUsername(), source(session.getClientAddress()), 1);
    }

    private static String source(SocketAddress a) {
        return a instanceof InetSocketAddress i && i.getAddress() != null ? i.getAddress().getHostAddress()
                : String.valueOf(a);
    }

    void watch(VtyCommand c) {
        running.add(c);
    }

    void unwatch(VtyCommand c) {
        running.remove(c);
    }

    /** {@code clear line vty N}: closes the session on that vty line; false when there is none. */
    public boolean clearVty(int vty) {
        boolean found = false;
        for (VtyCommand c : running) {
            VtyLines.Session l = c.line();
            if (l != null && l.vty() == vty) {
                c.kill();
                found = true;
            }
        }
        return found;
    }

    /** {@code reload}: every vty session goes down with the box, as on IOS. */
    public void dropSessions() {
        for (VtyCommand c : running) {
            c.kill();
        }
    }

    private void idleCheck() {
        try {
            guard.tick(access.loginBlock());
            int timeout = access.execTimeoutSeconds();
            if (timeout <= 0) {
                return;
            }
            Instant now = clock.instant();
            for (VtyCommand c : running) {
                VtyLines.Session l = c.line();
                if (l != null && Duration.between(l.lastInput(), now).getSeconds() >= timeout) {
                    c.kill();
                }
            }
        } catch (RuntimeException e) {
            // the configuration was being changed; check again in a second
        }
    }

    private void stopServer() {
        for (VtyCommand c : running) {
            c.kill();
        }
        try {
            server.stop(true);
        } catch (IOException e) {
            // already closed
        }
        server = null;
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            stopServer();
        }
        timer.shutdownNow();
    }
}
