package iosim.shell.controller;

import iosim.shell.cli.CliSession;
import iosim.shell.cli.Terminal;

/** A console session on a live router for tests: runs lines (from exec mode) and returns what they printed. */
final class Console implements Terminal {
    private final StringBuilder out = new StringBuilder();
    private final CliSession session;
    private final String enableSecret;

    Console(RouterRuntime r) {
        this(r, "");
    }

    /** For a router with {@code enable secret}: answers the Password: prompt with it. */
    Console(RouterRuntime r, String enableSecret) {
        this(r, enableSecret, "console");
    }

    /** A session on line {@code lineName} (e.g. {@code vty 0}, as an SSH session's). */
    Console(RouterRuntime r, String enableSecret, String lineName) {
        this.enableSecret = enableSecret;
        session = new CliSession(r.router(), this, lineName);
        run("enable");
    }

    /** Runs {@code lines} (e.g. {@code "configure terminal", ..., "end"}); returns their output. */
    String run(String... lines) {
        out.setLength(0);
        for (String l : lines) {
            session.execute(l);
        }
        return out.toString();
    }

    /** {@code configure terminal}, the lines, {@code end}. */
    String configure(String... lines) {
        String[] all = new String[lines.length + 2];
        all[0] = "configure terminal";
        System.arraycopy(lines, 0, all, 1, lines.length);
        all[all.length - 1] = "end";
        return run(all);
    }

    @Override
    public void print(String text) {
        out.append(text);
    }

    @Override
    public String confirm(String question) {
        out.append(question).append('\n');
        return "";
    }

    @Override
    public String readSecret(String question) {
        return enableSecret;
    }

    @Override
    public boolean interactive() {
        return false;
    }
}
