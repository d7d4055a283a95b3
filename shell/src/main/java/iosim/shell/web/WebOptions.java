package iosim.shell.web;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Where the lab dashboard listens and who may use it. Loopback by default; any other address
 * needs {@code allowRemote} (the {@code --web-bind} flag) and a password, which every HTTP
 * request then carries (HTTP Basic, user {@code iosim}). Every WebSocket also carries the per-run
 * token, whatever the address.
 *
 * @param bind        the address to listen on (a literal or a name)
 * @param port        the TCP port (0: any free port)
 * @param password    null on loopback; required elsewhere
 * @param allowRemote the explicit flag that allows a non-loopback address
 */
public record WebOptions(String bind, int port, String password, boolean allowRemote) {
    public static final int DEFAULT_PORT = 8080;

    /** Loopback only, on {@code port}. */
    public static WebOptions loopback(int port) {
        return new WebOptions("127.0.0.1", port, null, false);
    }

    /** Null when these options may be used, else why not (one line, for the console). */
    public String problem() {
        if (port < 0 || port > 65535) {
            return "--web " + port + ": a port is 0 to 65535";
        }
        InetAddress a;
        try {
            a = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            return "--web-bind " + bind + ": no such address";
        }
        if (!a.isLoopbackAddress()) {
            if (!allowRemote) {
                return "the dashboard listens on loopback only unless --web-bind names another address";
            }
            if (password == null || password.length() < 8) {
                return "--web-bind " + bind + " needs a password of at least 8 characters"
                        + " (--web-password or IOSIM_WEB_PASSWORD)";
            }
        }
        return null;
    }

    public boolean loopbackOnly() {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
