package iosim.shell.controller;

/** IOS's abbreviated interface names (GigabitEthernet0/0 as Gi0/0), as debug and brief shows print them. */
final class InterfaceNames {
    private InterfaceNames() {}

    static String shortName(String name) {
        if (name.startsWith("GigabitEthernet")) {
            return "Gi" + name.substring("GigabitEthernet".length());
        }
        if (name.startsWith("Loopback")) {
            return "Lo" + name.substring("Loopback".length());
        }
        if (name.startsWith("Tunnel")) {
            return "Tu" + name.substring("Tunnel".length());
        }
        return name;
    }
}
