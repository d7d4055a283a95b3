package iosim.shell.ssh;

import iosim.config.ConfigChange;
import iosim.config.ConfigListener;
import iosim.config.ConfigSection;
import iosim.config.RunningConfig;
import iosim.config.model.CryptoKey;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Keeps a router's SSH side in step with its configuration: restores the RSA keys saved in
 * private NVRAM into each new running-config (boot, {@code reload}), saves or deletes them as
 * {@code crypto key generate|zeroize rsa} changes them, and starts or stops the SSH server as a
 * key appears or goes. After every change that touches them it hands the vty settings (users,
 * lines, keys, host name) to the server's {@link VtyAccess} as an immutable copy.
 */
public final class VtyConfigFollower implements ConfigListener {
    private final HostKeyStore store;
    private final SshConsoleServer server;
    private final Consumer<String> syslog;
    private RunningConfig current;

    public VtyConfigFollower(HostKeyStore store, SshConsoleServer server, Consumer<String> syslog) {
        this.store = store;
        this.server = server;
        this.syslog = syslog;
    }

    /** Follows {@code config} (a fresh one at boot or reload): restores the saved keys into it. */
    public synchronized void attach(RunningConfig config) {
        if (current != null) {
            current.removeListener(this);
        }
        current = config;
        for (CryptoKey k : store.load()) {
            if (!config.cryptoKeys().containsKey(k.label())) {
                config.mutable().cryptoKeys().put(k.label(), k);
            }
        }
        server.access().update(config);
        config.addListener(this);
    }

    /** Starts or stops SSH as the keys say; a port that cannot be bound is logged. */
    public void refresh() {
        try {
            server.refresh();
        } catch (IOException e) {
            syslog.accept("%SSH-3-NO_LISTEN: SSH server cannot listen: " + e.getMessage());
        }
    }

    @Override
    public void configChanged(ConfigChange change) {
        RunningConfig c;
        synchronized (this) {
            c = current;
        }
        if (change.section() == ConfigSection.SYSTEM || change.section() == ConfigSection.USERS
                || change.section() == ConfigSection.LINE || change.section() == ConfigSection.CRYPTO_KEY) {
            server.access().update(c); // on the changing thread: SSH threads read only the copy
        }
        if (change.section() != ConfigSection.CRYPTO_KEY) {
            return;
        }
        try {
            store.sync(c.cryptoKeys().values());
        } catch (IOException e) {
            syslog.accept("%SYS-3-NV_WRITE: cannot save the keys to NVRAM: " + e.getMessage());
        }
        refresh();
    }
}
