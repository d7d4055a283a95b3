package iosim.shell.cli;

import iosim.config.model.ChainCertificate;
import iosim.config.model.Trustpoint;
import iosim.shell.pki.PkiMaterial;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import javax.security.auth.x500.X500Principal;

/**
 * {@code show crypto pki certificates} and {@code show crypto pki trustpoints}: each certificate
 * of each trustpoint's chain (router certificate first, then the CA's) in IOS's layout. Pure
 * function of the trustpoints.
 */
final class PkiText {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC' MMM d yyyy", Locale.ENGLISH);

    private PkiText() {}

    static String certificates(Collection<Trustpoint> trustpoints) {
        StringBuilder sb = new StringBuilder();
        for (Trustpoint t : trustpoints) {
            for (String kind : new String[] {null, "self-signed", "ca"}) {
                for (ChainCertificate c : t.chain()) {
                    if (java.util.Objects.equals(c.kind(), kind)) {
                        certificate(sb, t, c);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static void certificate(StringBuilder sb, Trustpoint t, ChainCertificate c) {
        X509Certificate x;
        try {
            x = PkiMaterial.parse(c.der());
        } catch (GeneralSecurityException e) {
            return;
        }
        sb.append(c.ca() ? "CA Certificate\n" : "self-signed".equals(c.kind()) ? "Router Self-Signed Certificate\n"
                : "Certificate\n");
        sb.append("  Status: Available\n");
        sb.append("  Certificate Serial Number (hex): ").append(PkiMaterial.serial(x)).append('\n');
        sb.append("  Certificate Usage: ").append(c.ca() ? "Signature" : "General Purpose").append('\n');
        sb.append("  Issuer: \n");
        names(sb, x.getIssuerX500Principal(), false);
        sb.append("  Subject:\n");
        names(sb, x.getSubjectX500Principal(), true);
        sb.append("  Validity Date: \n");
        sb.append("    start date: ").append(DATE.format(x.getNotBefore().toInstant().atOffset(ZoneOffset.UTC))).append('\n');
        sb.append("    end   date: ").append(DATE.format(x.getNotAfter().toInstant().atOffset(ZoneOffset.UTC))).append('\n');
        sb.append("  Associated Trustpoints: ").append(t.name()).append(" \n\n");
    }

    /** The name's attributes in their encoded order (RFC 2253 text lists them last first). */
    private static String[] rdns(X500Principal p) {
        java.util.List<String> l = new java.util.ArrayList<>(java.util.Arrays.asList(p.getName(X500Principal.RFC2253,
                java.util.Map.of("1.2.840.113549.1.9.2", "hostname")).split(",(?=[A-Za-z0-9.]+=)")));
        java.util.Collections.reverse(l);
        return l.toArray(String[]::new);
    }

    /** One attribute a line, lower-case names, in the order the certificate encodes them. */
    private static void names(StringBuilder sb, X500Principal p, boolean subject) {
        String[] rdns = rdns(p);
        if (subject) {
            for (String r : rdns) {
                if (r.toLowerCase(Locale.ROOT).startsWith("hostname=")) {
                    sb.append("    Name: ").append(r.substring(r.indexOf('=') + 1)).append('\n');
                }
            }
        }
        for (String r : rdns) {
            int eq = r.indexOf('=');
            sb.append("    ").append(r.substring(0, eq).toLowerCase(Locale.ROOT)).append(r.substring(eq)).append('\n');
        }
    }

    static String trustpoints(Collection<Trustpoint> trustpoints) {
        StringBuilder sb = new StringBuilder();
        for (Trustpoint t : trustpoints) {
            sb.append("Trustpoint ").append(t.name()).append(":\n");
            var ca = PkiMaterial.caCertificate(t).or(() -> PkiMaterial.routerCertificate(t));
            if (ca.isPresent()) {
                sb.append("    Subject Name: \n");
                for (String r : rdns(ca.get().getSubjectX500Principal())) {
                    int eq = r.indexOf('=');
                    sb.append("    ").append(r.substring(0, eq).toLowerCase(Locale.ROOT)).append(r.substring(eq)).append('\n');
                }
                sb.append("          Serial Number (hex): ").append(PkiMaterial.serial(ca.get())).append('\n');
                sb.append("    Certificate configured.\n");
            } else {
                sb.append("    Not authenticated.\n");
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
