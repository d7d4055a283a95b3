package iosim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a generated lab: HUB and N spokes, each spoke with a crypto-map tunnel to the hub
 * (IKEv2 PSK, AES-CBC-256/SHA-256/group 19, ESP AES-256/SHA-256). A router has four Ethernet
 * interfaces, so the routers form a tree: the hub's four interfaces lead to spokes S1..S4, each
 * spoke's Gi0/1..0/3 to three more; the transit spokes route the others' WAN /30s. Spoke c's
 * LAN is Loopback0 10.100.c.1/24, its WAN 172.16.c.2/30 (parent side .1), for c up to 255;
 * beyond, the next second octets (spoke 256: 10.101.0.1/24 and 172.17.0.2/30, see {@link #wan}
 * and {@link #lan}); the hub's LAN is Loopback0 10.0.0.1/24. The hub's crypto map sits on all four of its interfaces, so it answers
 * each spoke with the identity of the interface that spoke's IKE arrives on.
 */
public final class HubSpokeLab {
    private final int spokes;

    public HubSpokeLab(int spokes) {
        this.spokes = spokes;
    }

    /** Spoke c's WAN /30 with the last octet {@code host} (1: the parent's side, 2: the spoke's). */
    public static String wan(int c, int host) {
        return c <= 255 ? "172.16." + c + "." + host : "172." + (17 + (c - 256) / 256) + "." + ((c - 256) % 256) + "." + host;
    }

    /** Spoke c's LAN /24 with the last octet {@code host} (0: the network, 1: its Loopback0). */
    public static String lan(int c, int host) {
        return c <= 255 ? "10.100." + c + "." + host : "10." + (101 + (c - 256) / 256) + "." + ((c - 256) % 256) + "." + host;
    }

    /** The parent of spoke c (0 = the hub). */
    int parent(int c) {
        return c <= 4 ? 0 : (c - 5) / 3 + 1;
    }

    List<Integer> children(int n) {
        List<Integer> out = new ArrayList<>();
        for (int c = 1; c <= spokes; c++) {
            if (parent(c) == n) {
                out.add(c);
            }
        }
        return out;
    }

    /** The interface of n that leads to its child c. */
    String downlink(int n, int c) {
        return "GigabitEthernet0/" + (n == 0 ? children(0).indexOf(c) : children(n).indexOf(c) + 1);
    }

    /** The hub's top-level spoke whose subtree holds c. */
    public int root(int c) {
        while (parent(c) != 0) {
            c = parent(c);
        }
        return c;
    }

    /** Every spoke below child c of some router (c included). */
    List<Integer> subtree(int c) {
        List<Integer> out = new ArrayList<>(List.of(c));
        for (int k : children(c)) {
            out.addAll(subtree(k));
        }
        return out;
    }

    /** Writes {@code lab.yaml}, {@code HUB.cfg} and {@code S1.cfg}..{@code SN.cfg} into {@code dir}. */
    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        StringBuilder yaml = new StringBuilder("name: hub-" + spokes + "-spokes\nconsole: HUB\nrouters:\n");
        yaml.append("  HUB: {config: HUB.cfg}\n");
        for (int c = 1; c <= spokes; c++) {
            yaml.append("  S").append(c).append(": {config: S").append(c).append(".cfg}\n");
        }
        yaml.append("links:\n");
        for (int c = 1; c <= spokes; c++) {
            int p = parent(c);
            yaml.append("  - [").append(p == 0 ? "HUB" : "S" + p).append(' ').append(downlink(p, c))
                    .append(", S").append(c).append(" GigabitEthernet0/0]\n");
        }
        Files.writeString(dir.resolve("lab.yaml"), yaml);
        Files.writeString(dir.resolve("HUB.cfg"), hub());
        for (int c = 1; c <= spokes; c++) {
            Files.writeString(dir.resolve("S" + c + ".cfg"), spoke(c));
        }
    }

    private static String common() {
        return """
                crypto ikev2 proposal P
                 encryption aes-cbc-256
                 integrity sha256
                 group 19
                crypto ikev2 policy 10
                 proposal P
                crypto ipsec transform-set TS esp-aes 256 esp-sha256-hmac
                 mode tunnel
                """;
    }

    /** The hub's startup-config (a crypto-heavy file: a keyring peer, an ACL and a map entry per spoke). */
    public String hubConfig() {
        return hub();
    }

    private String hub() {
        StringBuilder b = new StringBuilder("hostname HUB\n").append(common());
        b.append("crypto ikev2 keyring KR\n");
        for (int c = 1; c <= spokes; c++) {
            b.append(" peer S").append(c).append("\n  address ").append(wan(c, 2)).append("\n  pre-shared-key lab-key\n");
        }
        b.append("crypto ikev2 profile PROF\n");
        for (int c = 1; c <= spokes; c++) {
            b.append(" match identity remote address ").append(wan(c, 2)).append(" 255.255.255.255\n");
        }
        b.append(" authentication remote pre-share\n authentication local pre-share\n keyring local KR\n");
        for (int c = 1; c <= spokes; c++) {
            b.append("ip access-list extended VPN-S").append(c).append("\n permit ip 10.0.0.0 0.0.0.255 ")
                    .append(lan(c, 0)).append(" 0.0.0.255\n");
            b.append("crypto map VPN ").append(10 * c).append(" ipsec-isakmp\n set peer ").append(wan(c, 2))
                    .append("\n set transform-set TS\n set ikev2-profile PROF\n match address VPN-S").append(c)
                    .append('\n');
        }
        b.append("interface Loopback0\n ip address 10.0.0.1 255.255.255.0\n");
        for (int c : children(0)) {
            b.append("interface ").append(downlink(0, c)).append("\n ip address ").append(wan(c, 1))
                    .append(" 255.255.255.252\n no shutdown\n crypto map VPN\n");
        }
        for (int c : children(0)) {
            for (int d : subtree(c)) {
                b.append("ip route ").append(lan(d, 0)).append(" 255.255.255.0 ").append(wan(c, 2)).append('\n');
                if (d != c) {
                    b.append("ip route ").append(wan(d, 0)).append(" 255.255.255.252 ").append(wan(c, 2))
                            .append('\n');
                }
            }
        }
        return b.toString();
    }

    private String spoke(int c) {
        int hubSide = root(c);
        StringBuilder b = new StringBuilder("hostname S" + c + "\n").append(common());
        b.append("crypto ikev2 keyring KR\n peer HUB\n  address ").append(wan(hubSide, 1))
                .append("\n  pre-shared-key lab-key\n");
        b.append("crypto ikev2 profile PROF\n match identity remote address ").append(wan(hubSide, 1))
                .append(" 255.255.255.255\n authentication remote pre-share\n authentication local pre-share\n"
                        + " keyring local KR\n");
        b.append("ip access-list extended VPN\n permit ip ").append(lan(c, 0))
                .append(" 0.0.0.255 10.0.0.0 0.0.0.255\n");
        b.append("crypto map VPN 10 ipsec-isakmp\n set peer ").append(wan(hubSide, 1))
                .append("\n set transform-set TS\n set ikev2-profile PROF\n match address VPN\n");
        b.append("interface Loopback0\n ip address ").append(lan(c, 1)).append(" 255.255.255.0\n");
        b.append("interface GigabitEthernet0/0\n ip address ").append(wan(c, 2))
                .append(" 255.255.255.252\n no shutdown\n crypto map VPN\n");
        for (int k : children(c)) {
            b.append("interface ").append(downlink(c, k)).append("\n ip address ").append(wan(k, 1))
                    .append(" 255.255.255.252\n no shutdown\n");
        }
        b.append("ip route 0.0.0.0 0.0.0.0 ").append(wan(c, 1)).append('\n');
        for (int k : children(c)) {
            for (int d : subtree(k)) {
                if (d != k) {
                    b.append("ip route ").append(wan(d, 0)).append(" 255.255.255.252 ").append(wan(k, 2))
                            .append('\n');
                }
            }
        }
        return b.toString();
    }
}
