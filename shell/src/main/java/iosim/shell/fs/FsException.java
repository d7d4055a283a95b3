package iosim.shell.fs;

import java.io.IOException;

/** A file-system operation refused or failed, with the reason IOS names in parentheses. */
public final class FsException extends IOException {
    /** IOS's reason texts ({@code %Error opening flash:/x (No such file or directory)}). */
    public enum Reason {
        NOT_FOUND("No such file or directory"),
        INVALID("Invalid argument"),
        NAME_TOO_LONG("File name too long"),
        EXISTS("File exists"),
        DIR_EXISTS("Directory already exists"),
        IS_DIRECTORY("Is a directory"),
        NOT_DIRECTORY("Not a directory"),
        NOT_EMPTY("Directory not empty"),
        NO_SPACE("No space left on device"),
        TOO_BIG("File too large"),
        IO("I/O error");

        private final String text;

        Reason(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    private final Reason reason;

    public FsException(Reason reason) {
        super(reason.text());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
