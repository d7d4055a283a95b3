package iosim.shell.lab;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Name checks shared by the lab file and the command line. */
public final class LabNames {
    private static final Pattern NODE = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,62}");
    private static final Pattern ETHERNET = Pattern.compile("([A-Za-z]+)\\s*(\\d{1,3}(?:/\\d{1,3})?)");
    private static final Pattern IPV4 = Pattern.compile(
            "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

    private LabNames() {
    }

    public static boolean validNodeName(String s) {
        return s != null && NODE.matcher(s).matches();
    }

    public static boolean ipv4(String s) {
        return s != null && IPV4.matcher(s).matches();
    }

    /**
     * The canonical name of an Ethernet interface written in full or abbreviated as on IOS
     * ({@code Gi0/0}, {@code g0/1}, {@code GigabitEthernet0/2}); empty when it is not one.
     */
    public static Optional<String> ethernet(String text) {
        Matcher m = ETHERNET.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String type = m.group(1).toLowerCase(Locale.ROOT);
        if (!"gigabitethernet".startsWith(type)) {
            return Optional.empty();
        }
        return Optional.of("GigabitEthernet" + m.group(2));
    }
}
