package iosim.shell.cli;

import iosim.config.RunningConfig;
import iosim.config.model.CryptoKey;
import iosim.config.model.Trustpoint;
import iosim.grammar.IosParser;
import iosim.shell.pki.PkiMaterial;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * {@code crypto pki authenticate|enroll|import} with IOS's dialogs: the CA certificate and the
 * router certificate are pasted (terminal enrollment) or made here (self-signed); what is
 * accepted goes into the running-config as {@code crypto pki certificate chain}, applied as
 * configuration lines so the writer lock, listeners and {@code write memory} see it.
 */
final class PkiCommands {
    private final CliSession session;

    PkiCommands(CliSession session) {
        this.session = session;
    }

    private Router router() {
        return session.router();
    }

    private void print(String text) {
        session.terminal().print(text);
    }

    private Optional<RunningConfig> model() {
        return router().config() instanceof RunningConfigEngine e ? Optional.of(e.model()) : Optional.empty();
    }

    void run(IosParser.Pki_execContext c) {
        if (c.pki_authenticate() != null) {
            authenticate(c.pki_authenticate().trustpoint_name().getText());
        } else if (c.pki_enroll() != null) {
            enroll(c.pki_enroll().trustpoint_name().getText());
        } else {
            importCertificate(c.pki_import().trustpoint_name().getText());
        }
    }

    private Optional<Trustpoint> trustpoint(String name) {
        Optional<Trustpoint> t = model().map(m -> m.trustpoints().get(name));
        if (t.isEmpty()) {
            print("% Trustpoint " + name + " not found\n");
        }
        return t;
    }

    /** Reads pasted base64 up to a blank line or {@code quit}; null when input ended. */
    private List<String> paste() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String l = session.terminal().ask("");
            if (l == null || l.isBlank() || l.strip().equalsIgnoreCase("quit")) {
                break;
            }
            lines.add(l);
        }
        return lines;
    }

    private Optional<X509Certificate> pastedCertificate() {
        Optional<byte[]> der = PkiMaterial.base64(paste());
        if (der.isPresent()) {
            try {
                return Optional.of(PkiMaterial.parse(der.get()));
            } catch (GeneralSecurityException e) {
                // fall through
            }
        }
        print("% Error in saving certificate: status = FAIL\n");
        return Optional.empty();
    }

    private boolean yes(String question) {
        String a = session.terminal().ask(question);
        return a != null && (a.strip().equalsIgnoreCase("yes") || a.strip().equalsIgnoreCase("y"));
    }

    // ---- crypto pki authenticate -----------------------------------------------------------------

    private void authenticate(String name) {
        Optional<Trustpoint> tp = trustpoint(name);
        if (tp.isEmpty()) {
            return;
        }
        Trustpoint t = tp.get();
        String enrollment = t.enrollment() == null ? "" : t.enrollment();
        if (enrollment.equals("selfsigned")) {
            print("% Trustpoint " + name + " is self-signed: there is no CA certificate to authenticate\n");
            return;
        }
        if (!enrollment.startsWith("terminal")) {
            print("% Enrollment over " + (enrollment.isEmpty() ? "an unset enrollment method" : enrollment)
                    + " is not available in iosim: use enrollment terminal\n");
            return;
        }
        print("\nEnter the base 64 encoded CA certificate.\nEnd with a blank line or the word \"quit\" on a line by itself\n\n");
        Optional<X509Certificate> ca = pastedCertificate();
        if (ca.isEmpty()) {
            return;
        }
        byte[] der;
        try {
            der = ca.get().getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            return;
        }
        print("\nCertificate has the following attributes:\n       Fingerprint MD5: " + PkiMaterial.fingerprint("MD5", der)
                + " \n      Fingerprint SHA1: " + PkiMaterial.fingerprint("SHA-1", der) + " \n\n");
        if (!yes("% Do you accept this certificate? [yes/no]: ")) {
            print("% Certificate not accepted\n");
            return;
        }
        store(name, "ca", ca.get());
        print("Trustpoint CA certificate accepted.\n% Certificate successfully imported\n");
    }

    // ---- crypto pki enroll ---------------------------------------------------------------------------

    private void enroll(String name) {
        Optional<Trustpoint> tp = trustpoint(name);
        if (tp.isEmpty()) {
            return;
        }
        Trustpoint t = tp.get();
        RunningConfig m = model().orElseThrow();
        String enrollment = t.enrollment() == null ? "" : t.enrollment();
        boolean selfSigned = enrollment.equals("selfsigned");
        if (!selfSigned && !enrollment.startsWith("terminal")) {
            print("% Enrollment over " + (enrollment.isEmpty() ? "an unset enrollment method" : enrollment)
                    + " is not available in iosim: use enrollment terminal or selfsigned\n");
            return;
        }
        if (!selfSigned && PkiMaterial.caCertificate(t).isEmpty()) {
            print("% You must authenticate the Certificate Authority before\n  you can enroll with it.\n");
            return;
        }
        Optional<CryptoKey> key = router().writer().locked(() -> PkiMaterial.key(m, t));
        if (key.isEmpty()) {
            print("% No key pair " + PkiMaterial.keyLabel(m, t) + ": generate one with crypto key generate rsa label "
                    + PkiMaterial.keyLabel(m, t) + "\n");
            return;
        }
        org.bouncycastle.asn1.x500.X500Name subject;
        try {
            subject = router().writer().locked(() -> PkiMaterial.subject(m, t));
        } catch (IllegalArgumentException e) {
            print("% Invalid subject-name " + t.subjectName() + "\n");
            return;
        }
        String fqdn = router().writer().locked(() -> PkiMaterial.fqdn(m));
        if (selfSigned) {
            if (!yes("% Include the router serial number in the subject name? [yes/no]: ")) {
                // answered no: the subject stays as configured
            }
            session.terminal().ask("% Include an IP address in the subject name? [no]: ");
            if (!yes("Generate Self Signed Router Certificate? [yes/no]: ")) {
                return;
            }
            try {
                X509Certificate c = PkiMaterial.selfSigned(subject, key.get().keyPair(), router().clock().instant());
                store(name, "self-signed", c);
                print("\nRouter Self Signed Certificate successfully created\n");
            } catch (GeneralSecurityException e) {
                print("% Failed to create the self-signed certificate: " + e.getMessage() + "\n");
            }
            return;
        }
        print("% Start certificate enrollment .. \n\n"
                + (t.subjectName() == null ? "" : "% The subject name in the certificate will include: "
                + t.subjectName() + "\n")
                + "% The subject name in the certificate will include: " + fqdn + "\n");
        session.terminal().ask("% Include the router serial number in the subject name? [yes/no]: ");
        session.terminal().ask("% Include an IP address in the subject name? [no]: ");
        if (!yes("Display Certificate Request to terminal? [yes/no]: ")) {
            return;
        }
        try {
            byte[] csr = PkiMaterial.request(subject, key.get().keyPair()).getEncoded();
            String b64 = Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                    .encodeToString(csr);
            print("Certificate Request follows:\n\n" + b64 + "\n\n---End - This line not part of the certificate request---\n\n");
            session.terminal().ask("Redisplay enrollment request? [yes/no]: ");
        } catch (Exception e) {
            print("% Failed to build the certificate request: " + e.getMessage() + "\n");
        }
    }

    // ---- crypto pki import TP certificate --------------------------------------------------------

    private void importCertificate(String name) {
        Optional<Trustpoint> tp = trustpoint(name);
        if (tp.isEmpty()) {
            return;
        }
        Trustpoint t = tp.get();
        Optional<X509Certificate> ca = PkiMaterial.caCertificate(t);
        if (ca.isEmpty()) {
            print("% You must authenticate the Certificate Authority before\n  you can import the router's certificate.\n");
            return;
        }
        print("\nEnter the base 64 encoded certificate.\nEnd with a blank line or the word \"quit\" on a line by itself\n\n");
        Optional<X509Certificate> cert = pastedCertificate();
        if (cert.isEmpty()) {
            return;
        }
        RunningConfig m = model().orElseThrow();
        Optional<CryptoKey> key = router().writer().locked(() -> PkiMaterial.key(m, t));
        if (key.isEmpty() || !key.get().keyPair().getPublic().equals(cert.get().getPublicKey())) {
            print("% The certificate's public key does not match the key pair " + PkiMaterial.keyLabel(m, t)
                    + " of trustpoint " + name + "\n");
            return;
        }
        try {
            cert.get().verify(ca.get().getPublicKey());
        } catch (GeneralSecurityException e) {
            print("% Certificate not issued by the CA of trustpoint " + name + "\n");
            return;
        }
        store(name, null, cert.get());
        print("\n% Router Certificate successfully imported\n\n");
    }

    /** Puts the certificate into the chain (replacing others of its kind) through configuration lines. */
    private void store(String tp, String kind, X509Certificate c) {
        String hex;
        try {
            hex = HexFormat.of().withUpperCase().formatHex(c.getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add("crypto pki certificate chain " + tp);
        Trustpoint t = model().orElseThrow().trustpoints().get(tp);
        if (t != null) {
            for (var old : t.chain()) {
                if (java.util.Objects.equals(old.kind(), kind) || kind == null && "self-signed".equals(old.kind())
                        || "self-signed".equals(kind) && old.kind() == null) {
                    lines.add("no certificate " + (old.kind() == null ? "" : old.kind() + " ") + old.serial());
                }
            }
        }
        lines.add("certificate " + (kind == null ? "" : kind + " ") + PkiMaterial.serial(c));
        for (int i = 0; i < hex.length(); i += 64) {
            lines.add(hex.substring(i, Math.min(i + 64, hex.length())));
        }
        lines.add("quit");
        lines.add("end");
        CaptureTerminal capture = new CaptureTerminal();
        CliSession s = new CliSession(router(), capture, "console");
        s.setExecMode(iosim.config.mode.Mode.PRIV_EXEC);
        s.enterConfig();
        for (String l : lines) {
            s.execute(l);
        }
    }
}
