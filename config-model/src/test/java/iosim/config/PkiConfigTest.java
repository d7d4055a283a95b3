package iosim.config;

import static iosim.config.ConfigTestSupport.block;
import static iosim.config.ConfigTestSupport.lines;
import static iosim.config.ConfigTestSupport.ok;
import static iosim.config.ConfigTestSupport.render;
import static org.assertj.core.api.Assertions.assertThat;

import iosim.config.model.CryptoKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class PkiConfigTest {

    @Test
    void trustpointStatementsAndNoForms() {
        ConfigScript s = ok("crypto pki trustpoint TP", "enrollment selfsigned", "subject-name CN=R1.lab.example, O=Lab",
                "revocation-check none", "rsakeypair R1-KEY 2048");
        assertThat(block(s.config, "crypto pki trustpoint TP")).isEqualTo("""
                crypto pki trustpoint TP
                 enrollment selfsigned
                 subject-name CN=R1.lab.example, O=Lab
                 revocation-check none
                 rsakeypair R1-KEY 2048
                """);
        s.run(List.of("eckeypair R1-EC"));
        assertThat(block(s.config, "crypto pki trustpoint TP")).endsWith(" rsakeypair R1-KEY 2048\n eckeypair R1-EC\n");
        s.run(List.of("enrollment terminal pem", "no subject-name", "no revocation-check", "no rsakeypair", "no eckeypair"));
        assertThat(block(s.config, "crypto pki trustpoint TP")).isEqualTo("""
                crypto pki trustpoint TP
                 enrollment terminal pem
                """);
        s.run(List.of("exit", "no crypto pki trustpoint TP"));
        assertThat(s.config.trustpoints()).isEmpty();
    }

    @Test
    void rsaKeyGenerationMakesARealKeyPairOutsideTheConfigText() {
        ConfigScript s = ok("crypto key generate rsa modulus 1024 label R1-KEY");
        CryptoKey k = s.config.cryptoKeys().get("R1-KEY");
        assertThat(k.algorithm()).isEqualTo("RSA");
        assertThat(((RSAPublicKey) k.keyPair().getPublic()).getModulus().bitLength()).isEqualTo(1024);
        assertThat(s.output).startsWith("", "The name for the keys will be: R1-KEY", "% The key modulus size is 1024 bits",
                "% Generating 1024 bit RSA keys, keys will be non-exportable...");
        assertThat(s.output.get(4)).matches("\\[OK\\] \\(elapsed time was \\d+ seconds\\)");
        assertThat(s.output).hasSize(6).endsWith("");
        assertThat(render(s.config)).doesNotContain("R1-KEY");
        assertThat(s.config).isEqualTo(new RunningConfig());
        s.line("crypto key zeroize rsa R1-KEY");
        assertThat(s.config.cryptoKeys()).isEmpty();
    }

    @Test
    void defaultKeyNameNeedsHostnameAndDomainAndEnablesSsh() {
        ConfigScript s = ConfigScript.of("crypto key generate rsa modulus 512");
        assertThat(s.output).containsExactly("% Please define a hostname other than Router.");
        s.run(List.of("hostname R1", "crypto key generate rsa modulus 512"));
        assertThat(s.output).endsWith("% Please define a domain-name first.");
        s.run(List.of("ip domain name lab.example", "crypto key generate rsa modulus 1024 exportable"));
        assertThat(s.config.cryptoKeys()).containsKey("R1.lab.example");
        assertThat(s.output).contains("% Generating 1024 bit RSA keys, keys will be exportable...");
        assertThat(s.syslog).containsExactly("%SSH-5-ENABLED: SSH 1.99 has been enabled");
    }

    @Test
    void ecKeyGeneration() {
        ConfigScript s = ok("crypto key generate ec keysize 384 label R1-EC");
        CryptoKey k = s.config.cryptoKeys().get("R1-EC");
        assertThat(((ECPublicKey) k.keyPair().getPublic()).getParams().getCurve().getField().getFieldSize())
                .isEqualTo(384);
        assertThat(ConfigScript.of("crypto key generate rsa modulus 100 label X").errors).hasSize(1);
        assertThat(ConfigScript.of("crypto key zeroize ec NOPE").output).containsExactly("% No EC keys found with label NOPE.");
    }

    @Test
    void certificateChainRendersAsIosHexAndLoadsBack() throws Exception {
        byte[] der;
        try (var in = PkiConfigTest.class.getResourceAsStream("/pki/lab-ca.pem")) {
            der = java.security.cert.CertificateFactory.getInstance("X.509").generateCertificate(in).getEncoded();
        }
        String hex = java.util.HexFormat.of().withUpperCase().formatHex(der);
        ConfigScript s = ok("crypto pki trustpoint LAB-CA", "enrollment terminal", "revocation-check none", "exit",
                "crypto pki certificate chain LAB-CA", "certificate ca 01");
        assertThat(s.output).contains("Enter the certificate in hexidecimal representation....");
        for (int i = 0; i < hex.length(); i += 40) {
            s.line(hex.substring(i, Math.min(i + 40, hex.length())));
        }
        s.line("quit");
        String block = block(s.config, "crypto pki certificate chain LAB-CA");
        assertThat(block).startsWith("crypto pki certificate chain LAB-CA\n certificate ca 01\n  "
                + hex.substring(0, 8) + " " + hex.substring(8, 16) + " ").endsWith("  \tquit\n");
        assertThat(block.lines().filter(l -> l.startsWith("  3") || l.matches("  [0-9A-F]{8} .*")).findFirst().orElse(""))
                .hasSize(2 + 8 * 9);
        // what write memory saved loads back into an equal configuration
        ConfigScript again = ConfigScript.startup().run(lines(s.config));
        assertThat(again.errors).isEmpty();
        assertThat(again.config.trustpoints().get("LAB-CA").chain()).isEqualTo(s.config.trustpoints().get("LAB-CA").chain());
        assertThat(render(again.config)).isEqualTo(render(s.config));
        // garbage is not kept, no certificate is removable, a chain needs its trustpoint
        s.run(List.of("certificate 05", "00112233", "quit"));
        assertThat(s.config.trustpoints().get("LAB-CA").chain()).hasSize(1);
        s.run(List.of("no certificate ca 01"));
        assertThat(s.config.trustpoints().get("LAB-CA").chain()).isEmpty();
        assertThat(ConfigScript.of("crypto pki certificate chain NOPE").output).containsExactly("% Trustpoint NOPE not found");
    }
}
