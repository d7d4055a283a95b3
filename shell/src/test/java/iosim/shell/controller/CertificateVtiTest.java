package iosim.shell.controller;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.shell.cli.CliSession;
import iosim.shell.cli.Terminal;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The vti-gcm lab with certificates instead of pre-shared keys: each site generates its key,
 * authenticates the CA and enrolls by terminal (the test plays the CA with Bouncy Castle,
 * signing the PKCS#10 request the router printed), imports its certificate, and the VTI comes up
 * with RSA (or ECDSA P-256) signatures both ways.
 */
class CertificateVtiTest {
    @TempDir
    Path tmp;
    LabFixture lab;

    @AfterEach
    void down() {
        if (lab != null) {
            lab.close();
        }
    }

    /** A terminal that answers every question from a queue and records the dialog. */
    static final class Dialog implements Terminal {
        final StringBuilder out = new StringBuilder();
        final Deque<String> answers = new ArrayDeque<>();

        @Override
        public void print(String text) {
            out.append(text);
        }

        @Override
        public String confirm(String question) {
            return ask(question);
        }

        @Override
        public String ask(String question) {
            String a = answers.isEmpty() ? null : answers.poll();
            out.append(question).append(a == null ? "" : a).append('\n');
            return a;
        }

        @Override
        public String readSecret(String question) {
            return "class";
        }

        @Override
        public boolean interactive() {
            return true;
        }

        String run(CliSession s, String line, String... replies) {
            out.setLength(0);
            answers.clear();
            answers.addAll(List.of(replies));
            s.execute(line);
            return out.toString();
        }
    }

    private static String siteConfig(String name, boolean ec) throws Exception {
        String base = Files.readString(LabFixture.CONFIGS.resolve("vti-gcm/" + name + ".cfg"));
        if (ec) { // the sites name themselves by their certificate's DN, so any identity may match
            base = base.replaceAll(" match identity remote address [0-9.]+ 255.255.255.255", " match identity remote any");
        }
        String keyring = base.substring(base.indexOf("crypto ikev2 keyring KR-VTI"), base.indexOf("crypto ikev2 profile"));
        return base.replace(keyring, "ip domain name lab.example\n!\ncrypto pki trustpoint LAB-CA\n enrollment terminal\n"
                        + " revocation-check none\n " + (ec ? "eckeypair " : "rsakeypair ") + name + "-KEY\n!\n")
                .replace(" authentication remote pre-share\n authentication local pre-share\n keyring local KR-VTI\n",
                        ec ? " identity local dn\n authentication remote ecdsa-sig\n authentication local ecdsa-sig\n"
                                + " pki trustpoint LAB-CA\n"
                                : " authentication remote rsa-sig\n authentication local rsa-sig\n pki trustpoint LAB-CA\n");
    }

    private static String pem(Object o) throws Exception {
        StringWriter w = new StringWriter();
        try (JcaPEMWriter p = new JcaPEMWriter(w)) {
            p.writeObject(o);
        }
        return w.toString();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rsa", "ec"})
    void sitesEnrollByTerminalAndTheVtiComesUpWithSignatures(String keyType) throws Exception {
        boolean ec = keyType.equals("ec");
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair caKeys = g.generateKeyPair();
        X500Name caName = new X500Name("CN=Lab Root CA, O=iosim");
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder cb = new JcaX509v3CertificateBuilder(caName, BigInteger.ONE,
                Date.from(now.minusSeconds(3600)), Date.from(now.plusSeconds(365L * 86400)), caName, caKeys.getPublic());
        cb.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        var signer = new JcaContentSignerBuilder("SHA256withRSA").build(caKeys.getPrivate());
        X509Certificate ca = new JcaX509CertificateConverter().getCertificate(cb.build(signer));

        lab = new LabFixture(tmp);
        lab.createText("SITE-A", siteConfig("SITE-A", ec));
        lab.create("ISP", "vti-gcm/ISP.cfg");
        lab.createText("SITE-B", siteConfig("SITE-B", ec));
        lab.link("SITE-A", "GigabitEthernet0/0", "ISP", "GigabitEthernet0/0");
        lab.link("ISP", "GigabitEthernet0/1", "SITE-B", "GigabitEthernet0/0");
        lab.bootAll();
        assertThat(lab.get("SITE-A").exec().problems()).anyMatch(p -> p.contains("LAB-CA has no router certificate"));

        var lineUp = lab.logged("SITE-A", "%LINEPROTO-5-UPDOWN: Line protocol on Interface Tunnel0, changed state to up");
        long serial = 2;
        Dialog logA = new Dialog();
        CliSession sessionA = new CliSession(lab.get("SITE-A").router(), logA, "console");
        logA.run(sessionA, "enable", "class");
        logA.run(sessionA, "debug crypto ikev2");
        for (String site : List.of("SITE-A", "SITE-B")) {
            Dialog d = new Dialog();
            CliSession s = new CliSession(lab.get(site).router(), d, "console");
            d.run(s, "enable", "class");
            d.run(s, "configure terminal");
            assertThat(d.run(s, (ec ? "crypto key generate ec keysize 256 label " : "crypto key generate rsa modulus 2048 label ")
                    + site + "-KEY"))
                    .contains("The name for the keys will be: " + site + "-KEY");
            d.run(s, "end");

            assertThat(d.run(s, "crypto pki enroll LAB-CA")).contains("% You must authenticate the Certificate Authority");
            String[] caLines = pem(ca).split("\n");
            String[] auth = new String[caLines.length + 2];
            System.arraycopy(caLines, 0, auth, 0, caLines.length);
            auth[caLines.length] = "quit";
            auth[caLines.length + 1] = "yes";
            String authOut = d.run(s, "crypto pki authenticate LAB-CA", auth);
            assertThat(authOut).contains("Enter the base 64 encoded CA certificate.", "Fingerprint MD5: ",
                    "Fingerprint SHA1: ", "% Do you accept this certificate? [yes/no]: yes",
                    "Trustpoint CA certificate accepted.");

            String enroll = d.run(s, "crypto pki enroll LAB-CA", "no", "no", "yes", "no");
            assertThat(enroll).contains("% Start certificate enrollment ..",
                    "% The subject name in the certificate will include: " + site + ".lab.example",
                    "Certificate Request follows:", "---End - This line not part of the certificate request---");
            String b64 = enroll.substring(enroll.indexOf("Certificate Request follows:") + 28,
                    enroll.indexOf("---End")).replaceAll("\\s+", "");
            PKCS10CertificationRequest csr = new PKCS10CertificationRequest(java.util.Base64.getDecoder().decode(b64));
            JcaPKCS10CertificationRequest jcsr = new JcaPKCS10CertificationRequest(csr);
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                    caName, BigInteger.valueOf(serial++), Date.from(now.minusSeconds(3600)),
                    Date.from(now.plusSeconds(30L * 86400)), csr.getSubject(), jcsr.getPublicKey()).build(signer));

            String[] certLines = pem(cert).split("\n");
            String[] imp = new String[certLines.length + 1];
            System.arraycopy(certLines, 0, imp, 0, certLines.length);
            imp[certLines.length] = "";
            assertThat(d.run(s, "crypto pki import LAB-CA certificate", imp))
                    .contains("% Router Certificate successfully imported");
            String shown = d.run(s, "show crypto pki certificates");
            assertThat(shown).contains("Certificate\n  Status: Available\n  Certificate Serial Number (hex): 0"
                    + (serial - 1) + "\n  Certificate Usage: General Purpose\n  Issuer: \n    cn=Lab Root CA\n    o=iosim\n"
                    + "  Subject:\n    Name: " + site + ".lab.example\n    hostname=" + site + ".lab.example\n");
            assertThat(shown).contains("CA Certificate\n  Status: Available\n  Certificate Serial Number (hex): 01\n"
                    + "  Certificate Usage: Signature\n").contains("  Associated Trustpoints: LAB-CA \n");
            String run = d.run(s, "show running-config");
            assertThat(run).contains("crypto pki certificate chain LAB-CA\n certificate 0" + (serial - 1) + "\n  30820")
                    .contains("  \tquit\n certificate ca 01\n  30820");
        }
        RouterRuntime a = lab.get("SITE-A");
        try {
            lineUp.get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Tunnel0 stayed down; SITE-A problems " + a.exec().problems() + ", SITE-B problems "
                    + lab.get("SITE-B").exec().problems() + "\n" + a.exec().showIkev2Sa(true, null)
                    + "\nSITE-A log:\n" + logA.run(sessionA, "show logging"));
        }
        assertThat(a.exec().problems()).isEmpty();
        assertThat(a.exec().showIkev2Sa(false, null)).contains(ec ? "Auth sign: ECDSA, Auth verify: ECDSA"
                : "Auth sign: RSA, Auth verify: RSA");
        if (ec) {
            assertThat(a.exec().showIkev2Sa(true, null)).contains("hostname=SITE-B.lab.example");
        }
        StringBuilder out = new StringBuilder();
        int ok = a.exec().ping(new PingRunner.Options("10.0.0.1", "GigabitEthernet0/1", 5, 100, 2, false), out::append);
        assertThat(ok).isEqualTo(5);
    }
}
