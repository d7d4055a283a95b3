package iosim.shell.fs;

import java.util.Locale;

/**
 * A file named on the command line, decoded (a pure function of the typed word):
 * {@code flash:dir/x}, {@code flash:/x}, {@code bootflash:x} (the same file system), a bare
 * {@code x} (in flash:), {@code nvram:startup-config}, {@code nvram:private-config},
 * {@code system:running-config}, and the {@code running-config}/{@code startup-config} aliases.
 * Anything else with a colon is a file system the router does not have.
 */
public record FileUrl(Kind kind, String path, String typed) {
    /** Where the file lives. */
    public enum Kind { FLASH, NVRAM, RUNNING, STARTUP, SYSTEM, UNKNOWN }

    public static FileUrl parse(String typed) {
        String t = typed.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.equals("running-config")) {
            return new FileUrl(Kind.RUNNING, "running-config", t);
        }
        if (lower.equals("startup-config")) {
            return new FileUrl(Kind.STARTUP, "startup-config", t);
        }
        int colon = t.indexOf(':');
        if (colon < 0) {
            return new FileUrl(Kind.FLASH, t, t);
        }
        String fs = lower.substring(0, colon);
        String rest = t.substring(colon + 1);
        String bare = rest.startsWith("/") ? rest.substring(1) : rest;
        return switch (fs) {
            case "flash", "bootflash", "flash0" -> new FileUrl(Kind.FLASH, rest, t);
            case "nvram" -> bare.equalsIgnoreCase("startup-config") ? new FileUrl(Kind.STARTUP, "startup-config", t)
                    : new FileUrl(Kind.NVRAM, bare, t);
            case "system" -> bare.equalsIgnoreCase("running-config") ? new FileUrl(Kind.RUNNING, "running-config", t)
                    : new FileUrl(Kind.SYSTEM, bare, t);
            default -> new FileUrl(Kind.UNKNOWN, rest, t);
        };
    }

    /** The file system's name with its colon ({@code flash:}). */
    public String fsName() {
        return switch (kind) {
            case FLASH -> "flash:";
            case NVRAM, STARTUP -> "nvram:";
            case RUNNING, SYSTEM -> "system:";
            case UNKNOWN -> typed.substring(0, typed.indexOf(':') + 1);
        };
    }

    /** How IOS names the file in messages: {@code flash:/dir/x}, {@code nvram:/startup-config}. */
    public String display() {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return fsName() + "/" + p;
    }

    /** The last path component ({@code x} of {@code flash:dir/x}), the default of a destination question. */
    public String fileName() {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return p.substring(p.lastIndexOf('/') + 1);
    }

    /** A copy naming another file in the same file system (an answer to {@code Destination filename}). */
    public FileUrl withPath(String newPath) {
        return new FileUrl(kind, newPath, fsName() + newPath);
    }
}
