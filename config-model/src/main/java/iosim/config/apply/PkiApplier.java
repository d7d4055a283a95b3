package iosim.config.apply;

import iosim.config.ConfigSection;
import iosim.config.RunningConfig;
import iosim.config.mode.Mode;
import iosim.config.model.CryptoKey;
import iosim.config.model.SystemSettings;
import iosim.config.model.Trustpoint;
import iosim.grammar.IosParser;
import java.util.ArrayList;
import java.util.List;

/** crypto pki trustpoint and its sub-mode; crypto key generate rsa|ec and zeroize. */
final class PkiApplier extends FeatureApplier {
    static final int DEFAULT_RSA_MODULUS = 2048;
    static final String SSH_ENABLED = "%SSH-5-ENABLED: SSH 1.99 has been enabled";

    private final TextCollector collector;

    PkiApplier(RunningConfig config, ModeContext context, TextCollector collector) {
        super(config, context);
        this.collector = collector;
    }

    @Override
    public ApplyResult visitTrustpoint_enter(IosParser.Trustpoint_enterContext ctx) {
        String name = Tokens.text(ctx.trustpoint_name());
        if (no(ctx.neg)) {
            if (model.trustpoints().remove(name) != null) {
                changed(ConfigSection.TRUSTPOINT, name);
            }
            return ApplyResult.stay();
        }
        model.trustpoints().computeIfAbsent(name, Trustpoint::new);
        changed(ConfigSection.TRUSTPOINT, name);
        return ApplyResult.enter(Mode.PKI_TRUSTPOINT, ModeContext.of(name));
    }

    // ---- crypto pki certificate chain ----------------------------------------------------------

    @Override
    public ApplyResult visitCert_chain_enter(IosParser.Cert_chain_enterContext ctx) {
        String name = Tokens.text(ctx.trustpoint_name());
        Trustpoint t = model.trustpoints().get(name);
        if (no(ctx.neg)) {
            if (t != null && !t.chain().isEmpty()) {
                for (iosim.config.model.ChainCertificate c : t.chain()) {
                    t.removeCertificate(c.kind(), c.serial());
                }
                changed(ConfigSection.TRUSTPOINT, name);
            }
            return ApplyResult.stay();
        }
        if (t == null) {
            return ApplyResult.rejected("% Trustpoint " + name + " not found");
        }
        return ApplyResult.enter(Mode.PKI_CERT_CHAIN, ModeContext.of(name));
    }

    @Override
    public ApplyResult visitCert_chain_stmt(IosParser.Cert_chain_stmtContext ctx) {
        Trustpoint t = trustpoint();
        String kind = ctx.cert_kind() == null ? null : Tokens.keyword(ctx.cert_kind());
        String serial = Tokens.text(ctx.cert_serial()).toUpperCase(java.util.Locale.ROOT);
        if (!serial.matches("[0-9A-F]+")) {
            throw invalid(ctx.cert_serial());
        }
        if (no(ctx.neg)) {
            if (t.removeCertificate(kind, serial)) {
                changed(ConfigSection.TRUSTPOINT, t.name());
            }
            return ApplyResult.stay();
        }
        collector.start("quit", "", text -> {
            String hex = text.replaceAll("\\s+", "");
            try {
                byte[] der = java.util.HexFormat.of().parseHex(hex);
                java.security.cert.CertificateFactory.getInstance("X.509")
                        .generateCertificate(new java.io.ByteArrayInputStream(der));
                t.putCertificate(iosim.config.model.ChainCertificate.of(kind, serial, der));
                changed(ConfigSection.TRUSTPOINT, t.name());
            } catch (IllegalArgumentException | java.security.cert.CertificateException e) {
                // not a certificate: IOS keeps nothing either
            }
        });
        return ApplyResult.stay("Enter the certificate in hexidecimal representation....");
    }

    // ---- keys -------------------------------------------------------------------------------

    /** The label IOS uses when none is given: hostname.domain (both must be set). */
    private String defaultLabel() {
        SystemSettings s = config.system();
        if (SystemSettings.DEFAULT_HOSTNAME.equals(s.hostname())) {
            throw rejected("% Please define a hostname other than Router.");
        }
        if (s.domainName() == null) {
            throw rejected("% Please define a domain-name first.");
        }
        return s.hostname() + "." + s.domainName();
    }

    @Override
    public ApplyResult visitKey_generate(IosParser.Key_generateContext ctx) {
        return ctx.key_generate_rsa() != null ? rsa(ctx.key_generate_rsa()) : ec(ctx.key_generate_ec());
    }

    private ApplyResult rsa(IosParser.Key_generate_rsaContext ctx) {
        String label = null;
        Integer modulus = null;
        boolean exportable = false;
        for (IosParser.Rsa_key_optionContext o : ctx.rsa_key_option()) {
            switch (Tokens.keyword(o)) {
                case "label" -> label = once(label, Tokens.text(o.key_label()), o);
                case "modulus" -> modulus = once(modulus, intNumber(o.rsa_modulus(), 512, 4096), o);
                case "exportable" -> exportable = true;
                default -> { }
            }
        }
        boolean defaultName = label == null;
        String name = defaultName ? defaultLabel() : label;
        int bits = modulus != null ? modulus : DEFAULT_RSA_MODULUS;
        long start = System.nanoTime();
        CryptoKey key = new CryptoKey(name, "RSA", bits, exportable, KeyGenerator.rsa(bits), java.time.Instant.now());
        long seconds = Math.round((System.nanoTime() - start) / 1e9);
        boolean sshWasOn = hasSshKey();
        model.cryptoKeys().put(name, key);
        changed(ConfigSection.CRYPTO_KEY, name);
        List<String> out = new ArrayList<>(List.of(
                "",
                "The name for the keys will be: " + name,
                "% The key modulus size is " + bits + " bits",
                "% Generating " + bits + " bit RSA keys, keys will be " + (exportable ? "exportable..." : "non-exportable..."),
                "[OK] (elapsed time was " + seconds + " seconds)",
                ""));
        ApplyResult r = ApplyResult.stay(out.toArray(String[]::new));
        return !sshWasOn && hasSshKey() ? r.withSyslog(SSH_ENABLED) : r;
    }

    private boolean hasSshKey() {
        SystemSettings s = config.system();
        String name = s.hostname() + "." + s.domainName();
        CryptoKey k = model.cryptoKeys().get(name);
        return k != null && "RSA".equals(k.algorithm()) && k.bits() >= 768;
    }

    private ApplyResult ec(IosParser.Key_generate_ecContext ctx) {
        int bits = Integer.parseInt(Tokens.keyword(ctx.ec_key_size()));
        String label = null;
        boolean exportable = false;
        for (IosParser.Ec_key_optionContext o : ctx.ec_key_option()) {
            if (o.key_label() != null) {
                label = once(label, Tokens.text(o.key_label()), o);
            } else {
                exportable = true;
            }
        }
        String name = label == null ? defaultLabel() : label;
        long start = System.nanoTime();
        CryptoKey key = new CryptoKey(name, "EC", bits, exportable, KeyGenerator.ec(bits), java.time.Instant.now());
        long seconds = Math.round((System.nanoTime() - start) / 1e9);
        model.cryptoKeys().put(name, key);
        changed(ConfigSection.CRYPTO_KEY, name);
        return ApplyResult.stay("", "The name for the keys will be: " + name,
                "[OK] (elapsed time was " + seconds + " seconds)", "");
    }

    private static <T> T once(T previous, T value, org.antlr.v4.runtime.ParserRuleContext at) {
        if (previous != null) {
            throw invalid(at);
        }
        return value;
    }

    @Override
    public ApplyResult visitKey_zeroize(IosParser.Key_zeroizeContext ctx) {
        String algorithm = Tokens.has(ctx, "rsa") ? "RSA" : "EC";
        String label = ctx.key_label() == null ? null : Tokens.text(ctx.key_label());
        boolean removed = model.cryptoKeys().values().removeIf(
                k -> k.algorithm().equals(algorithm) && (label == null || k.label().equals(label)));
        if (!removed) {
            return ApplyResult.rejected("% No " + algorithm + " keys found"
                    + (label == null ? "." : " with label " + label + "."));
        }
        changed(ConfigSection.CRYPTO_KEY, label);
        return ApplyResult.stay();
    }

    // ---- (ca-trustpoint) ------------------------------------------------------------------------

    private Trustpoint trustpoint() {
        Trustpoint t = model.trustpoints().get(context.name());
        if (t == null) {
            throw rejected("% Trustpoint " + context.name() + " has been removed");
        }
        return t;
    }

    private ApplyResult done(Trustpoint t) {
        changed(ConfigSection.TRUSTPOINT, t.name());
        return ApplyResult.stay();
    }

    @Override
    public ApplyResult visitTp_enrollment(IosParser.Tp_enrollmentContext ctx) {
        Trustpoint t = trustpoint();
        String value = null;
        if (!no(ctx.neg)) {
            IosParser.Tp_enrollment_kindContext k = ctx.tp_enrollment_kind();
            String kind = Tokens.keyword(k);
            value = switch (kind) {
                case "terminal" -> k.pem != null ? "terminal pem" : "terminal";
                case "url" -> "url " + Tokens.text(k.tp_enrollment_url());
                default -> kind;
            };
        }
        t.setEnrollment(value);
        return done(t);
    }

    @Override
    public ApplyResult visitTp_subject_name(IosParser.Tp_subject_nameContext ctx) {
        Trustpoint t = trustpoint();
        t.setSubjectName(no(ctx.neg) ? null : Tokens.text(ctx.tp_subject_text()));
        return done(t);
    }

    @Override
    public ApplyResult visitTp_revocation_check(IosParser.Tp_revocation_checkContext ctx) {
        Trustpoint t = trustpoint();
        List<String> methods = no(ctx.neg) ? List.of()
                : ctx.tp_revocation_method().stream().map(Tokens::keyword).distinct().toList();
        t.setRevocationCheck(methods);
        return done(t);
    }

    @Override
    public ApplyResult visitTp_rsakeypair(IosParser.Tp_rsakeypairContext ctx) {
        Trustpoint t = trustpoint();
        if (no(ctx.neg)) {
            t.setRsaKeypair(null, null);
        } else {
            Integer size = ctx.tp_keypair_size() == null ? null : intNumber(ctx.tp_keypair_size(), 360, 4096);
            t.setRsaKeypair(Tokens.text(ctx.tp_keypair_label()), size);
        }
        return done(t);
    }

    @Override
    public ApplyResult visitTp_eckeypair(IosParser.Tp_eckeypairContext ctx) {
        Trustpoint t = trustpoint();
        t.setEcKeypair(no(ctx.neg) ? null : Tokens.text(ctx.tp_keypair_label()));
        return done(t);
    }
}
