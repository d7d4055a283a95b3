package iosim.shell.cli;

import java.nio.charset.StandardCharsets;

/** {@code show running-config}: IOS's header around the rendered configuration. Pure functions. */
final class RunningConfigText {
    private RunningConfigText() {}

    /** The whole configuration with the {@code Building configuration...} header. */
    static String full(String body) {
        String b = body.endsWith("\n") ? body : body + "\n";
        return "Building configuration...\n\nCurrent configuration : " + bytes(b) + " bytes\n" + b;
    }

    /** {@code show running-config interface X}: that interface's block between {@code !} and {@code end}. */
    static String interfaceOnly(String body, String interfaceName) {
        StringBuilder section = new StringBuilder();
        boolean in = false;
        for (String line : body.split("\n")) {
            if (!line.startsWith(" ")) {
                // "interface Virtual-Template1 type tunnel" carries its type after the name
                in = line.equals("interface " + interfaceName) || line.startsWith("interface " + interfaceName + " ");
            }
            if (in) {
                section.append(line).append('\n');
            }
        }
        if (section.length() == 0) {
            return "";
        }
        String b = "!\n" + section + "end\n";
        return "Building configuration...\n\nCurrent configuration : " + bytes(b) + " bytes\n" + b;
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
