package iosim.shell.ssh;

import iosim.config.RunningConfig;
import iosim.config.model.CryptoKey;
import iosim.config.model.LineSettings;
import iosim.config.model.LineType;
import iosim.config.model.SystemSettings;
import iosim.config.model.UserAccount;
import java.security.KeyPair;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * What SSH logins read from a router's configuration, copied out of the running-config on the
 * thread that changed it: SSH threads read only this immutable value, never the running-config.
 *
 * @param hostKey  the RSA key SSH uses (IOS's {@code hostname.domain} label first), if any
 * @param vty0     the first vty line's settings (login, password, transport input, exec-timeout)
 * @param users    the local user database ({@code username NAME [privilege N] secret ...})
 * @param vtyLines how many vty lines exist ({@code line vty 0 4}: five)
 * @param sshTimeoutSeconds {@code ip ssh time-out}
 * @param authenticationRetries {@code ip ssh authentication-retries}
 * @param loginBlock {@code login block-for}, if configured
 * @param scpServer {@code ip scp server enable}
 */
record VtySettings(Optional<KeyPair> hostKey, LineSettings vty0, Map<String, UserAccount> users, int vtyLines,
        int sshTimeoutSeconds, int authenticationRetries, Optional<SystemSettings.LoginBlock> loginBlock,
        boolean scpServer) {
    static final VtySettings NONE = new VtySettings(Optional.empty(), LineSettings.defaults(LineType.VTY), Map.of(), 1,
            SystemSettings.SSH_TIMEOUT_DEFAULT, SystemSettings.SSH_RETRIES_DEFAULT, Optional.empty(), false);

    VtySettings {
        users = Map.copyOf(users);
    }

    static VtySettings of(RunningConfig c) {
        SortedMap<Integer, LineSettings> vty = c.lines(LineType.VTY);
        LineSettings first = vty.isEmpty() ? LineSettings.defaults(LineType.VTY) : vty.get(vty.firstKey());
        SystemSettings sys = c.system();
        return new VtySettings(rsaKey(c).map(CryptoKey::keyPair), first, c.users(), Math.max(1, vty.size()),
                sys.sshTimeoutSeconds() != null ? sys.sshTimeoutSeconds() : SystemSettings.SSH_TIMEOUT_DEFAULT,
                sys.sshAuthenticationRetries() != null ? sys.sshAuthenticationRetries()
                        : SystemSettings.SSH_RETRIES_DEFAULT,
                Optional.ofNullable(sys.loginBlock()), sys.scpServer());
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
}
