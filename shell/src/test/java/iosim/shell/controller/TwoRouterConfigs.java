package iosim.shell.controller;

/**
 * Two routers wired back to back on GigabitEthernet0/0 (10.0.12.1 and 10.0.12.2), each with two LANs
 * (R1: 192.168.1.0/24 on Gi0/1, 192.168.11.0/24 on Gi0/2; R2: 10.0.0.0/24 and 10.0.10.0/24), and a
 * crypto map whose ACL has one permit line per LAN pair: two Child SAs on one IKE SA. {@code extra}
 * lines go into the map entry (lifetimes, PFS), {@code profileExtra} into the ikev2 profile.
 */
final class TwoRouterConfigs {
    private TwoRouterConfigs() {}

    static String r1(String mapExtra, String profileExtra) {
        return router("R1", "10.0.12.1", "10.0.12.2", "192.168.1", "192.168.11", "10.0.0", "10.0.10", mapExtra,
                profileExtra, "ip route 10.0.0.0 255.0.0.0 10.0.12.2\n");
    }

    static String r2(String mapExtra, String profileExtra) {
        return router("R2", "10.0.12.2", "10.0.12.1", "10.0.0", "10.0.10", "192.168.1", "192.168.11", mapExtra,
                profileExtra, "ip route 192.168.0.0 255.255.0.0 10.0.12.1\n");
    }

    static String router(String name, String wan, String peer, String lan1, String lan2, String far1, String far2,
                         String mapExtra, String profileExtra, String routes) {
        return "hostname " + name + "\n"
                + "crypto ikev2 keyring KR\n peer P\n  address " + peer + "\n  pre-shared-key s3cret!\n"
                + "crypto ikev2 profile PROF\n match identity remote address " + peer + " 255.255.255.255\n"
                + " authentication remote pre-share\n authentication local pre-share\n keyring local KR\n"
                + profileExtra
                + "crypto ipsec transform-set TS esp-aes 256 esp-sha256-hmac\n mode tunnel\n"
                + "crypto map CM 10 ipsec-isakmp\n set peer " + peer + "\n set transform-set TS\n"
                + " set ikev2-profile PROF\n match address VPN\n" + mapExtra
                + "interface GigabitEthernet0/0\n ip address " + wan + " 255.255.255.0\n no shutdown\n crypto map CM\n"
                + "interface GigabitEthernet0/1\n ip address " + lan1 + ".1 255.255.255.0\n no shutdown\n"
                + "interface GigabitEthernet0/2\n ip address " + lan2 + ".1 255.255.255.0\n no shutdown\n"
                + "ip access-list extended VPN\n"
                + " permit ip " + lan1 + ".0 0.0.0.255 " + far1 + ".0 0.0.0.255\n"
                + " permit ip " + lan2 + ".0 0.0.0.255 " + far2 + ".0 0.0.0.255\n"
                + routes;
    }
}
