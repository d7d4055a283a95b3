package iosim.shell.controller;

import iosim.shell.controller.tunnel.PeerIntent;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A boot compiles the crypto configuration once; a typed line recompiles only what it touched:
 * the peers whose map entries it changed get new intents (and the loop re-applies only those),
 * the others keep the very same objects; a line outside crypto compiles no crypto at all.
 */
class IncrementalCompileTest {
    @TempDir
    Path dir;

    private static final String CONFIG = """
            hostname HUB
            crypto ikev2 keyring KR
             peer ANY
              address 0.0.0.0 0.0.0.0
              pre-shared-key k
            crypto ikev2 profile PROF
             match identity remote address 0.0.0.0
             authentication remote pre-share
             authentication local pre-share
             keyring local KR
            crypto ipsec transform-set TS esp-aes 256 esp-sha256-hmac
            ip access-list extended A1
             permit ip 10.0.0.0 0.0.0.255 10.1.0.0 0.0.0.255
            ip access-list extended A2
             permit ip 10.0.0.0 0.0.0.255 10.2.0.0 0.0.0.255
            ip access-list extended A3
             permit ip 10.0.0.0 0.0.0.255 10.3.0.0 0.0.0.255
            crypto map VPN 10 ipsec-isakmp
             set peer 192.0.2.1
             set transform-set TS
             set ikev2-profile PROF
             match address A1
            crypto map VPN 20 ipsec-isakmp
             set peer 192.0.2.2
             set transform-set TS
             set ikev2-profile PROF
             match address A2
            crypto map VPN 30 ipsec-isakmp
             set peer 192.0.2.3
             set transform-set TS
             set ikev2-profile PROF
             match address A3
            interface GigabitEthernet0/0
             ip address 192.0.2.254 255.255.255.0
             crypto map VPN
            """;

    @Test
    void aLineRecompilesWhatItTouched() {
        try (LabFixture lab = new LabFixture(dir)) {
            RouterRuntime r = lab.bootText("HUB", CONFIG);
            assertThat(r.cryptoCompiles()).as("a boot compiles once").isEqualTo(1);
            Map<Integer, PeerIntent> before = byPeer(r.crypto());
            assertThat(before).hasSize(3);

            Console c = new Console(r);
            c.configure("ip access-list extended A2", "permit ip 10.0.0.0 0.0.0.255 10.22.0.0 0.0.0.255");
            Map<Integer, PeerIntent> after = byPeer(r.crypto());
            assertThat(after.get(peer(1))).isSameAs(before.get(peer(1)));
            assertThat(after.get(peer(3))).isSameAs(before.get(peer(3)));
            assertThat(after.get(peer(2))).isNotSameAs(before.get(peer(2)));
            assertThat(after.get(peer(2)).flows()).hasSize(2);
            assertThat(r.appliedSpd("GigabitEthernet0/0")).containsExactly("VPN/10/10", "VPN/20/10", "VPN/20/20",
                    "VPN/30/10");

            int compiles = r.cryptoCompiles();
            CompiledCrypto cc = r.crypto();
            c.configure("ip route 10.9.0.0 255.255.0.0 192.0.2.9");
            assertThat(r.cryptoCompiles()).as("a static route compiles no crypto").isEqualTo(compiles);
            assertThat(r.crypto()).isSameAs(cc);

            c.configure("crypto map VPN 30 ipsec-isakmp", "set peer 192.0.2.33");
            Map<Integer, PeerIntent> third = byPeer(r.crypto());
            assertThat(third.get(peer(1))).isSameAs(before.get(peer(1)));
            assertThat(third.get(peer(2))).isSameAs(after.get(peer(2)));
            assertThat(third).containsKey(CryptoCompiler.bits(CryptoCompiler.inet(
                    iosim.config.model.Ipv4.parse("192.0.2.33").orElseThrow())));
        }
    }

    private static int peer(int n) {
        return (192 << 24) | (2 << 8) | n;
    }

    private static Map<Integer, PeerIntent> byPeer(CompiledCrypto cc) {
        return cc.peers().stream().collect(Collectors.toMap(PeerIntent::peer, Function.identity()));
    }
}
