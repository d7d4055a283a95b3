package iosim.config;

import iosim.config.model.InterfaceName;
import iosim.config.model.InterfaceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The hardware a router is: which physical interfaces exist from power-on. IOSv (the default)
 * numbers them GigabitEthernet0/0 to 0/3; a Catalyst 8000V GigabitEthernet1 to 4. What each
 * platform prints (show version, show inventory, the interface hardware) is the shell's.
 */
public enum Platform {
    IOSV("iosv", "0/", "15.9"),
    C8000V("c8000v", "", "17.9");

    /** Physical interfaces each platform has from power-on. */
    public static final int PORTS = 4;

    private final String labName;
    private final String prefix;
    private final String configVersion;

    Platform(String labName, String prefix, String configVersion) {
        this.labName = labName;
        this.prefix = prefix;
        this.configVersion = configVersion;
    }

    /** The running-config's {@code version} line: the software release train ({@code 15.9}, {@code 17.9}). */
    public String configVersion() {
        return configVersion;
    }

    /** The name a lab file and {@code --platform} use ({@code iosv}, {@code c8000v}). */
    public String labName() {
        return labName;
    }

    /** GigabitEthernet0/0..0/3 (IOSv) or GigabitEthernet1..4 (C8000V). */
    public List<InterfaceName> physicalInterfaces() {
        List<InterfaceName> out = new ArrayList<>();
        for (int i = 0; i < PORTS; i++) {
            out.add(new InterfaceName(InterfaceType.GIGABIT_ETHERNET, prefix.isEmpty() ? String.valueOf(i + 1) : prefix + i));
        }
        return out;
    }

    public static Optional<Platform> byName(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (Platform p : values()) {
            if (p.labName.equals(n)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The accepted names, for error messages: {@code iosv, c8000v}. */
    public static String names() {
        List<String> out = new ArrayList<>();
        for (Platform p : values()) {
            out.add(p.labName);
        }
        return String.join(", ", out);
    }
}
