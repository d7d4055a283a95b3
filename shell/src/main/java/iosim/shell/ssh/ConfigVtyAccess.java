package iosim.shell.ssh;

import iosim.config.RunningConfig;
import iosim.config.model.CryptoKey;
import iosim.config.model.LineSettings;
import iosim.config.model.LineType;
import iosim.config.model.UserAccount;
import iosim.config.secret.Secrets;
import java.security.KeyPair;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Supplier;

/**
 * {@link VtyAccess} read from a {@link RunningConfig}: vty 0's {@code login} / {@code transport
 * input} / {@code exec-timeout}, the local user database ({@code username NAME secret}, hashed
 * as the model stores it: type 9, 8, 5 or 7), and the RSA key from {@code crypto key generate rsa}.
 */
public final class ConfigVtyAccess implements VtyAccess {
    private final Supplier<RunningConfig> config;

    public ConfigVtyAccess(Supplier<RunningConfig> config) {
        this.config = config;
    }

    private LineSettings vty0() {
        SortedMap<Integer, LineSettings> vty = config.get().lines(LineType.VTY);
        return vty.isEmpty() ? LineSettings.defaults(LineType.VTY) : vty.get(vty.firstKey());
    }

    @Override
    public Optional<KeyPair> hostKey() {
        return rsaKey(config.get()).map(CryptoKey::keyPair);
    }

    /**
     * The key SSH uses: the RSA key labelled {@code hostname.domain} (IOS's default name) if it
     * exists, else the first RSA key.
     */
    static Optional<CryptoKey> rsaKey(RunningConfig c) {
        String domain = c.system().domainName();
        String preferred = domain == null ? c.hostname() : c.hostname() + "." + domain;
        CryptoKey first = null;
        for (CryptoKey k : c.cryptoKeys().values()) {
            if (!"RSA".equalsIgnoreCase(k.algorithm()) || k.keyPair() == null) {
                continue;
            }
            if (k.label().equalsIgnoreCase(preferred)) {
                return Optional.of(k);
            }
            if (first == null) {
                first = k;
            }
        }
        return Optional.ofNullable(first);
    }

    @Override
    public boolean sshAllowed() {
        List<String> t = vty0().transportInput();
        // IOS's default for vty lines is "transport input all" on classic IOS (ssh on IOS-XE too)
        return t == null || t.contains("ssh") || t.contains("all");
    }

    @Override
    public Login login(String user, String password) {
        LineSettings line = vty0();
        RunningConfig c = config.get();
        String login = line.login();
        if ("local".equals(login)) {
            UserAccount u = c.users().get(user);
            if (u == null || password == null || !Secrets.matches(u.credential(), password)) {
                return Login.refused("Login Authentication Failed");
            }
            return Login.ok(u.privilege());
        }
        int level = line.privilegeLevel() != null ? line.privilegeLevel() : 1;
        if ("line".equals(login)) {
            if (line.password() == null) {
                return Login.refused("Password required, but none set");
            }
            if (password == null || !Secrets.matches(line.password(), password)) {
                return Login.refused("Login Authentication Failed");
            }
            return Login.ok(level);
        }
        return Login.ok(level);
    }

    @Override
    public int execTimeoutSeconds() {
        return vty0().effectiveExecTimeoutSeconds();
    }

    @Override
    public int vtyLines() {
        return Math.max(1, config.get().lines(LineType.VTY).size());
    }
}
