package iosim.shell.ssh;

import iosim.config.RunningConfig;
import java.security.KeyPair;
import java.util.Optional;

/**
 * What the SSH server needs to know from a router's configuration, read at every connection so
 * a change applies to the next login, as on IOS. Read on SSH threads: implementations answer from
 * a copy that {@link #update} refreshes, never from the running-config itself.
 */
public interface VtyAccess {

    /** How the vty lines authenticate ({@code login local}, {@code login} with a line password, none). */
    enum LoginMode { LOCAL, LINE, NONE }

    /** The result of a login attempt: accepted with a privilege level, or refused with IOS's reason. */
    record Login(boolean accepted, int privilege, String reason) {
        public static Login ok(int privilege) {
            return new Login(true, privilege, null);
        }

        public static Login refused(String reason) {
            return new Login(false, 0, reason);
        }
    }

    /** The RSA key pair SSH uses as host key; empty until {@code crypto key generate rsa}. */
    Optional<KeyPair> hostKey();

    /** True when {@code transport input} of the vty lines lets SSH in. */
    boolean sshAllowed();

    /** Checks a user name and password as the vty lines' {@code login} setting says. */
    Login login(String user, String password);

    /** The vty lines' {@code exec-timeout} in seconds; 0 for none. */
    int execTimeoutSeconds();

    /** How many vty lines exist (vty 0 4: five), the number of simultaneous sessions. */
    int vtyLines();

    /** {@code ip ssh time-out}: seconds a connection may take to log in (IOS's default 120). */
    default int sshTimeoutSeconds() {
        return 120;
    }

    /** {@code ip ssh authentication-retries}: failed logins one connection may make (IOS's default 3). */
    default int authenticationRetries() {
        return 3;
    }

    /** {@code login block-for}: the quiet-mode rule, if login attacks are watched. */
    default Optional<iosim.config.model.SystemSettings.LoginBlock> loginBlock() {
        return Optional.empty();
    }

    /** True with {@code ip scp server enable}: SCP (and SFTP) reach flash:. */
    default boolean scpEnabled() {
        return false;
    }

    /** The running-config changed (called on the thread that changed it): take a fresh copy. */
    default void update(RunningConfig config) {
    }
}
