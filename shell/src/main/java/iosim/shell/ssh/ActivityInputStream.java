package iosim.shell.ssh;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Notes every keystroke read from an SSH channel (for {@code exec-timeout} and {@code show users}). */
final class ActivityInputStream extends FilterInputStream {
    private final Runnable onInput;

    ActivityInputStream(InputStream in, Runnable onInput) {
        super(in);
        this.onInput = onInput;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            onInput.run();
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            onInput.run();
        }
        return n;
    }
}
