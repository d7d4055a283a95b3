package iosim.shell.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabParserTest {
    @TempDir
    Path dir;

    private void lab(String yaml, String... configs) throws IOException {
        Files.writeString(dir.resolve("lab.yaml"), yaml);
        for (String c : configs) {
            Files.writeString(dir.resolve(c), "hostname " + c.replace(".cfg", "") + "\n");
        }
    }

    private String error() {
        try {
            LabParser.load(dir);
        } catch (LabException e) {
            return e.getMessage();
        }
        throw new AssertionError("the lab was accepted");
    }

    @Test
    void everyProblemInOnePassAndNoJavaClassNames() throws Exception {
        lab("""
                routers:
                  R1: {config: R1.cfg, colour: red}
                  R2: {config: nowhere.cfg}
                """, "R1.cfg");
        String e = error();
        assertThat(e).contains("lab.yaml:2: unknown key 'colour' in router R1")
                .contains("lab.yaml:3: router R2: startup-config file ");
        assertThat(e.indexOf("colour")).isLessThan(e.indexOf("nowhere.cfg"));
        Files.write(dir.resolve("lab.yaml"), new byte[] {'r', 'o', 'u', 't', 'e', 'r', 's', ':', ' ', (byte) 0xff, (byte) 0xfe, '\n'});
        assertThat(error()).contains("lab.yaml: cannot read: the file is not UTF-8 text").doesNotContain("java.", "Exception");
    }

    @Test
    void aRouterNamesItsPlatform() throws Exception {
        lab("""
                routers:
                  R1: {config: R1.cfg, platform: c8000v}
                  R2: {config: R2.cfg}
                links:
                  - [R1 Gi1, R2 g0/0]
                """, "R1.cfg", "R2.cfg");
        LabSpec s = LabParser.parse(dir);
        assertThat(s.routers()).extracting(RouterSpec::platform)
                .containsExactly(iosim.config.Platform.C8000V, iosim.config.Platform.IOSV);
        assertThat(((LinkSpec.Wire) s.links().get(0)).a().label()).isEqualTo("R1 GigabitEthernet1");
        lab("""
                routers:
                  R1: {config: R1.cfg, platform: csr1000v}
                """, "R1.cfg");
        assertThat(error()).contains("router R1 has platform 'csr1000v': use one of iosv, c8000v");
    }

    @Test
    void parsesRoutersLinksAndHosts() throws Exception {
        lab("""
                name: demo
                routers:
                  R1: {config: R1.cfg, ssh: 0}
                  R2:
                    config: R2.cfg
                hosts:
                  PC1: {address: 10.1.1.10/24, gateway: 10.1.1.1}
                links:
                  - [R1 Gi0/0, R2 g0/0]
                  - a: R1 GigabitEthernet0/1
                    b: PC1
                  - a: R2 gi0/1
                    udp: 40001:127.0.0.1:40002
                  - a: R2 Gi0/2
                    attach: veth-l
                """.replace("ssh: 0", "ssh: 65000"), "R1.cfg", "R2.cfg");
        LabSpec s = LabParser.parse(dir);
        assertThat(s.name()).isEqualTo("demo");
        assertThat(s.console()).isEqualTo("R1");
        assertThat(s.routers()).extracting(RouterSpec::name).containsExactly("R1", "R2");
        assertThat(s.routers().get(0).sshPort()).isEqualTo(65000);
        assertThat(s.routers().get(1).sshPort()).isZero();
        assertThat(s.links()).hasSize(4);
        LinkSpec.Wire w = (LinkSpec.Wire) s.links().get(0);
        assertThat(w.a().label()).isEqualTo("R1 GigabitEthernet0/0");
        assertThat(w.b().label()).isEqualTo("R2 GigabitEthernet0/0");
        assertThat(((LinkSpec.Udp) s.links().get(2)).udp()).isEqualTo(new UdpEndpoint(40001, "127.0.0.1", 40002));
        assertThat(((LinkSpec.Attach) s.links().get(3)).linuxInterface()).isEqualTo("veth-l");
        assertThat(s.hosts()).containsExactly(new HostSpec("PC1", "10.1.1.10", 24, "10.1.1.1", 7));
    }

    @Test
    void theDefaultLabIsValid() throws Exception {
        Path def = Path.of(System.getProperty("user.dir")).getParent().resolve("running-configs/seed-site-to-site");
        LabSpec s = LabParser.parse(def);
        assertThat(s.routers()).extracting(RouterSpec::name).containsExactly("SITE-A", "ISP", "SITE-B");
        assertThat(s.console()).isEqualTo("SITE-A");
        assertThat(LabValidator.validate(s, def.resolve("lab.yaml")).stream()
                .filter(e -> !e.problem().contains("in use"))).isEmpty();
    }

    @Test
    void unknownRouterNamesFileAndLine() throws Exception {
        lab("""
                routers:
                  R1: {config: R1.cfg}
                links:
                  - [R1 Gi0/0, R9 Gi0/0]
                """, "R1.cfg");
        assertThat(error()).isEqualTo(dir.resolve("lab.yaml") + ":4: unknown router 'R9' in link");
    }

    @Test
    void interfaceUsedTwice() throws Exception {
        lab("""
                routers:
                  R1: {config: R1.cfg}
                  R2: {config: R2.cfg}
                  R3: {config: R3.cfg}
                links:
                  - [R1 Gi0/0, R2 Gi0/0]
                  - [R1 GigabitEthernet0/0, R3 Gi0/0]
                """, "R1.cfg", "R2.cfg", "R3.cfg");
        assertThat(error()).endsWith(
                "lab.yaml:7: interface R1 GigabitEthernet0/0 is used twice (first on line 6)");
    }

    @Test
    void missingConfigFile() throws Exception {
        lab("""
                routers:
                  R1:
                    config: nowhere.cfg
                """);
        assertThat(error()).contains("lab.yaml:3: router R1: startup-config file ")
                .contains("nowhere.cfg does not exist");
    }

    @Test
    void portInUse() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            lab("routers:\n  R1: {config: R1.cfg, ssh: " + taken.getLocalPort() + "}\n", "R1.cfg");
            assertThat(error()).contains("lab.yaml:2: router R1: SSH port 127.0.0.1:" + taken.getLocalPort()
                    + " is in use");
        }
    }

    @Test
    void samePortTwice() throws Exception {
        lab("routers:\n  R1: {config: R1.cfg, ssh: 2999}\n  R2: {config: R2.cfg, ssh: 2999}\n", "R1.cfg", "R2.cfg");
        assertThat(error()).contains("lab.yaml:3: router R2: SSH port 2999 is used twice (first on line 2)");
    }

    @Test
    void yamlSyntaxErrorHasItsLine() throws Exception {
        lab("routers:\n  R1: {config: R1.cfg\n  R2: [\n", "R1.cfg");
        assertThat(error()).startsWith(dir.resolve("lab.yaml") + ":").contains("YAML syntax");
    }

    @Test
    void unknownKeyAndBadInterface() throws Exception {
        lab("""
                routers:
                  R1: {config: R1.cfg, colour: red}
                links:
                  - [R1 Serial0/0, R1 Gi0/1]
                """, "R1.cfg");
        String e = error();
        assertThat(e).contains("lab.yaml:2: unknown key 'colour' in router R1");
        assertThat(e).contains("lab.yaml:4: 'Serial0/0' is not an Ethernet interface name");
    }

    @Test
    void hostChecks() throws Exception {
        lab("""
                routers:
                  R1: {config: R1.cfg}
                hosts:
                  PC1: {address: 10.0.0.300/24}
                  PC2: {address: 10.0.0.2/24}
                """, "R1.cfg");
        String e = error();
        assertThat(e).contains("lab.yaml:4: address of host PC1 must be A.B.C.D/LEN");
        try {
            lab("routers:\n  R1: {config: R1.cfg}\nhosts:\n  PC2: {address: 10.0.0.2/24}\n", "R1.cfg");
            LabParser.load(dir);
            throw new AssertionError("accepted");
        } catch (LabException ex) {
            assertThat(ex.getMessage()).contains("lab.yaml:4: host PC2 is not on any link");
        }
    }

    @Test
    void noLabFileOrFolder() {
        assertThatThrownBy(() -> LabParser.load(dir.resolve("nope"))).isInstanceOf(LabException.class)
                .hasMessageContaining("no such lab folder");
        assertThatThrownBy(() -> LabParser.load(dir)).isInstanceOf(LabException.class)
                .hasMessageContaining("no lab file");
    }

    @Test
    void unknownConsoleRouter() throws Exception {
        lab("console: R7\nrouters:\n  R1: {config: R1.cfg}\n", "R1.cfg");
        assertThat(error()).contains("lab.yaml:1: console: unknown router 'R7'");
    }

    @Test
    void interfaceNamesCanonical() {
        assertThat(LabNames.ethernet("g0/1")).contains("GigabitEthernet0/1");
        assertThat(LabNames.ethernet("GigabitEthernet 0/3")).contains("GigabitEthernet0/3");
        assertThat(LabNames.ethernet("Tunnel0")).isEmpty();
        assertThat(UdpEndpoint.parse("1:h:70000")).isEmpty();
        assertThat(UdpEndpoint.parse("40001:10.0.0.2:40002")).contains(new UdpEndpoint(40001, "10.0.0.2", 40002));
    }
}
