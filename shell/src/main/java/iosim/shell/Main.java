package iosim.shell;

/** Entry point of the launcher ({@code ./iosim}). Subcommands: router, lab. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.out.println("iosim: skeleton; the router console is being built (issue 2)");
    }
}
