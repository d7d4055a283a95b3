package iosim.config.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A canonical interface name: type plus number ({@code GigabitEthernet0/1}, {@code Tunnel0}). */
public record InterfaceName(InterfaceType type, String number) implements Comparable<InterfaceName> {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,10}(/\\d{1,10})*(\\.\\d{1,10})?");
    private static final Pattern SEPARATOR = Pattern.compile("[/.]");
    private static final Pattern FULL = Pattern.compile("(?i)(GigabitEthernet|Loopback|Tunnel|Virtual-Template)\\s*(\\S+)");
    private static final Comparator<InterfaceName> ORDER = Comparator
            .comparing(InterfaceName::type)
            .thenComparing(InterfaceName::numberParts, Arrays::compare);

    public InterfaceName {
        if (!NUMBER.matcher(number).matches()) {
            throw new IllegalArgumentException("bad interface number " + number);
        }
    }

    /** Parses a full name such as {@code GigabitEthernet0/0}; empty when it is not one. */
    public static Optional<InterfaceName> parse(String text) {
        Matcher m = FULL.matcher(text.strip());
        if (!m.matches() || !NUMBER.matcher(m.group(2)).matches()) {
            return Optional.empty();
        }
        return Optional.of(new InterfaceName(InterfaceType.fromIosName(m.group(1)), m.group(2)));
    }

    private long[] numberParts() {
        return Arrays.stream(SEPARATOR.split(number)).mapToLong(Long::parseLong).toArray();
    }

    @Override
    public int compareTo(InterfaceName o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return type.iosName() + number;
    }
}
