package iosim.shell.ssh;

import iosim.config.RunningConfig;
import iosim.config.model.LineSettings;
import iosim.config.model.UserAccount;
import iosim.config.secret.Secrets;
import java.security.KeyPair;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link VtyAccess} from a router's configuration: vty 0's {@code login} / {@code transport
 * input} / {@code exec-timeout}, the local user database ({@code username NAME secret}, hashed
 * as the model stores it: type 9, 8, 5 or 7), and the RSA key from {@code crypto key generate rsa}.
 * SSH threads read an immutable {@link VtySettings} copy, which {@link #update} replaces on the
 * thread that changed the running-config ({@link VtyConfigFollower} calls it after every change).
 */
public final class ConfigVtyAccess implements VtyAccess {
    private volatile VtySettings now;

    /** Starts from {@code config}'s current settings (read here, on the caller's thread). */
    public ConfigVtyAccess(Supplier<RunningConfig> config) {
        RunningConfig c = config.get();
        now = c == null ? VtySettings.NONE : VtySettings.of(c);
    }

    @Override
    public void update(RunningConfig config) {
        now = VtySettings.of(config);
    }

    @Override
    public Optional<KeyPair> hostKey() {
        return now.hostKey();
    }

    @Override
    public boolean sshAllowed() {
        List<String> t = now.vty0().transportInput();
        // IOS's default for vty lines is "transport input all" on classic IOS (ssh on IOS-XE too)
        return t == null || t.contains("ssh") || t.contains("all");
    }

    @Override
    public Login login(String user, String password) {
        VtySettings s = now;
        LineSettings line = s.vty0();
        String login = line.login();
        if ("local".equals(login)) {
            UserAccount u = user == null ? null : s.users().get(user);
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
        return now.vty0().effectiveExecTimeoutSeconds();
    }

    @Override
    public boolean scpEnabled() {
        return now.scpServer();
    }

    @Override
    public int vtyLines() {
        return now.vtyLines();
    }

    @Override
    public int sshTimeoutSeconds() {
        return now.sshTimeoutSeconds();
    }

    @Override
    public int authenticationRetries() {
        return now.authenticationRetries();
    }

    @Override
    public Optional<iosim.config.model.SystemSettings.LoginBlock> loginBlock() {
        return now.loginBlock();
    }
}
