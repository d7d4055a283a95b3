package iosim.shell.cli;

import iosim.config.mode.Mode;

/**
 * Where a login lands (wiring for the vty lines, iosim.shell.ssh): a privilege-15 user starts in
 * privileged EXEC ({@code R1#}), anyone else in user EXEC, as IOS does after {@code login local}.
 */
public final class LoginPrivilege {
    private LoginPrivilege() {
    }

    public static void start(CliSession session, int privilege) {
        session.setExecMode(privilege >= 15 ? Mode.PRIV_EXEC : Mode.USER_EXEC);
    }
}
