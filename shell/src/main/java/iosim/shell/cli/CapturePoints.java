package iosim.shell.cli;

/**
 * What {@code monitor capture} and {@code show monitor capture} ask of a router's live
 * dataplane (implemented by the controller); every method answers IOS's text ("" for none).
 */
public interface CapturePoints {
    /** {@code direction}: both, in or out. */
    String setInterface(String name, String ifName, String direction);

    /** {@code match any} ({@code ipv4} false) or {@code match ipv4 SRC DST} (null: any). */
    String setMatch(String name, boolean ipv4, Integer source, Integer destination);

    String setBuffer(String name, int megabytes);

    /** {@code limit packets N} or {@code limit duration S} (0: unchanged). */
    String setLimit(String name, int packets, int seconds);

    /** {@code no monitor capture NAME [interface|match|buffer|limit]}. */
    String remove(String name, String settingOrNull);

    String start(String name);

    String stop(String name);

    String clear(String name);

    String export(String name, String url);

    String show(String nameOrNull);

    /** {@code view}: null (statistics), brief or detailed. */
    String buffer(String name, String view);
}
