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
 * LAN is Loopback0 10.100.c.1/24, its WAN 172.16.c.2/30 (parent side .1); the hub's LAN is
 * Loopback0 10.0.0.1/24. The hub's crypto map sits on all four of its interfaces, so it answers
 * each spoke with the identity of the interface that spoke's IKE arrives on.
 */
public final class HubSpokeLab {
    private final int spokes;

    public HubSpokeLab(int spokes) {
        this.spokes = spokes;
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

    private String hub() {
        StringBuilder b = new StringBuilder("hostname HUB\n").append(common());
        b.append("crypto ikev2 keyring KR\n");
        for (int c = 1; c <= spokes; c++) {
            b.append(" peer S").append(c).append("\n  address 172.16.").append(c).append(".2\n  pre-shared-key lab-key\n");
        }
        b.append("crypto ikev2 profile PROF\n");
        for (int c = 1; c <= spokes; c++) {
            b.append(" match identity remote address 172.16.").append(c).append(".2 255.255.255.255\n");
        }
        b.append(" authentication remote pre-share\n authentication local pre-share\n keyring local KR\n");
        for (int c = 1; c <= spokes; c++) {
            b.append("ip access-list extended VPN-S").append(c).append("\n permit ip 10.0.0.0 0.0.0.255 10.100.")
                    .append(c).append(".0 0.0.0.255\n");
            b.append("crypto map VPN ").append(10 * c).append(" ipsec-isakmp\n set peer 172.16.").append(c)
                    .append(".2\n set transform-set TS\n set ikev2-profile PROF\n match address VPN-S").append(c)
                    .append('\n');
        }
        b.append("interface Loopback0\n ip address 10.0.0.1 255.255.255.0\n");
        for (int c : children(0)) {
            b.append("interface ").append(downlink(0, c)).append("\n ip address 172.16.").append(c)
                    .append(".1 255.255.255.252\n no shutdown\n crypto map VPN\n");
        }
        for (int c : children(0)) {
            for (int d : subtree(c)) {
                b.append("ip route 10.100.").append(d).append(".0 255.255.255.0 172.16.").append(c).append(".2\n");
                if (d != c) {
                    b.append("ip route 172.16.").append(d).append(".0 255.255.255.252 172.16.").append(c)
                            .append(".2\n");
                }
            }
        }
        return b.toString();
    }

    private String spoke(int c) {
        int hubSide = root(c);
        StringBuilder b = new StringBuilder("hostname S" + c + "\n").append(common());
        b.append("crypto ikev2 keyring KR\n peer HUB\n  address 172.16.").append(hubSide)
                .append(".1\n  pre-shared-key lab-key\n");
        b.append("crypto ikev2 profile PROF\n match identity remote address 172.16.").append(hubSide)
                .append(".1 255.255.255.255\n authentication remote pre-share\n authentication local pre-share\n"
                        + " keyring local KR\n");
        b.append("ip access-list extended VPN\n permit ip 10.100.").append(c)
                .append(".0 0.0.0.255 10.0.0.0 0.0.0.255\n");
        b.append("crypto map VPN 10 ipsec-isakmp\n set peer 172.16.").append(hubSide)
                .append(".1\n set transform-set TS\n set ikev2-profile PROF\n match address VPN\n");
        b.append("interface Loopback0\n ip address 10.100.").append(c).append(".1 255.255.255.0\n");
        b.append("interface GigabitEthernet0/0\n ip address 172.16.").append(c)
                .append(".2 255.255.255.252\n no shutdown\n crypto map VPN\n");
        for (int k : children(c)) {
            b.append("interface ").append(downlink(c, k)).append("\n ip address 172.16.").append(k)
                    .append(".1 255.255.255.252\n no shutdown\n");
        }
        b.append("ip route 0.0.0.0 0.0.0.0 172.16.").append(c).append(".1\n");
        for (int k : children(c)) {
            for (int d : subtree(k)) {
                if (d != k) {
                    b.append("ip route 172.16.").append(d).append(".0 255.255.255.252 172.16.").append(k)
                            .append(".2\n");
                }
            }
        }
        return b.toString();
    }
}
