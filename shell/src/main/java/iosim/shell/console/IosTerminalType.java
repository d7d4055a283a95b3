package iosim.shell.console;

import org.jline.utils.InfoCmp;

/**
 * The terminal type every console runs JLine with, whatever TERM the client announced: IOS
 * writes plain text and never switches a terminal's modes, so this type has the cursor moves
 * line editing needs and nothing else: no keypad transmit/local ({@code ESC[?1h ESC=}), no
 * mouse tracking, no alternate screen, no colours. Without {@code el} a deleted character is
 * erased as IOS erases it ({@code BS SP BS}); without {@code cr} Enter ends a line with
 * {@code CR LF}, not {@code CR CR LF}. Cursor moves ({@code ESC[nC}, {@code ESC[nD}) appear only
 * while a person edits the middle of a line. Without keypad-transmit mode a terminal sends
 * its arrow keys as {@code ESC[A}..{@code ESC[D}, which are the key capabilities here;
 * {@link JLineConsole} also binds the {@code ESC O A} forms for a client left in that mode.
 * {@link #dumb()} is for SSH sessions without a pseudo-terminal: no cursor moves at all.
 * (JLine's own {@code dumb} type ends lines with {@code CR CR LF}.)
 */
public final class IosTerminalType {
    private static final String NAME = "iosim-vty";
    private static final String DUMB = "iosim-dumb";

    private static final String CAPS = String.join("\n",
            NAME + "|iosim console, plain text",
            "\tam, xenl,",
            "\tcols#80, lines#24, it#8,",
            "\tbel=^G, ht=^I, ind=\\n,",
            "\tcub1=^H, cub=\\E[%p1%dD, cuf1=\\E[C, cuf=\\E[%p1%dC,",
            "\tcud1=\\n, cuu1=\\E[A, cuu=\\E[%p1%dA,",
            "\tkbs=^H, kcub1=\\E[D, kcud1=\\E[B, kcuf1=\\E[C, kcuu1=\\E[A,",
            "\tkhome=\\E[H, kend=\\E[F, kdch1=\\E[3~,",
            "");

    static {
        InfoCmp.setLoadedInfoCmp(NAME, CAPS);
        InfoCmp.setLoadedInfoCmp(DUMB, DUMB + "|iosim without a pty,\n\tam,\n\tcols#80,\n\tbel=^G, ind=\\n,\n");
    }

    private IosTerminalType() {}

    /** The type for a console with a terminal (registered with JLine). */
    public static String name() {
        return NAME;
    }

    /** The type for an SSH session without a pty: no capability but the bell (registered with JLine). */
    public static String dumb() {
        return DUMB;
    }
}
