package iosim.shell.controller;

import iosim.config.RunningConfig;
import iosim.config.model.CryptoKey;
import iosim.config.model.Ikev2Profile;
import iosim.config.model.Trustpoint;
import iosim.config.model.TrustpointRef;
import iosim.ikev2.api.AuthKind;
import iosim.ikev2.api.AuthPolicy;
import iosim.ikev2.api.LocalCredential;
import iosim.ikev2.cert.PkixCertificateVerifier;
import iosim.shell.pki.PkiMaterial;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An IKEv2 profile's {@code authentication local|remote rsa-sig|ecdsa-sig} and
 * {@code pki trustpoint NAME [sign|verify]} as the engine's {@link AuthPolicy}: the sign
 * trustpoint gives our key pair and router certificate, the verify trustpoints their CA
 * certificates as trust anchors; {@code revocation-check crl} turns CRL checking on (no CRL is
 * fetched, so the peer is then refused), anything else leaves it off. The peer's ID need not
 * appear in its certificate (IOS does not demand it).
 */
final class CertificateAuth {
    private CertificateAuth() {}

    /** The policy, or the reason the profile cannot be used; null policy and null problem: pre-shared keys only. */
    record Result(AuthPolicy policy, X509Certificate certificate, String problem) {
        boolean psk() {
            return policy == null && problem == null;
        }
    }

    static AuthKind kind(String method) {
        return method == null ? AuthKind.PSK : switch (method) {
            case "rsa-sig" -> AuthKind.RSA_SIG;
            case "ecdsa-sig" -> AuthKind.ECDSA_SIG;
            default -> AuthKind.PSK;
        };
    }

    static Result of(RunningConfig config, Ikev2Profile profile) {
        AuthKind local = kind(profile.authenticationLocal());
        Set<AuthKind> remote = new HashSet<>();
        for (String m : profile.authenticationRemote()) {
            if (!m.equals("eap")) {
                remote.add(kind(m));
            }
        }
        if (remote.isEmpty()) {
            remote.add(AuthKind.PSK);
        }
        if (!local.signature() && remote.stream().noneMatch(AuthKind::signature)) {
            return new Result(null, null, null);
        }
        List<Trustpoint> sign = new ArrayList<>();
        List<Trustpoint> verify = new ArrayList<>();
        for (TrustpointRef r : profile.trustpoints()) {
            Trustpoint t = config.trustpoints().get(r.name());
            if (t == null) {
                return new Result(null, null, "trustpoint " + r.name() + " of profile " + profile.name() + " does not exist");
            }
            if (r.use() == null || r.use().equals("sign")) {
                sign.add(t);
            }
            if (r.use() == null || r.use().equals("verify")) {
                verify.add(t);
            }
        }
        LocalCredential credential = null;
        X509Certificate ours = null;
        if (local.signature()) {
            if (sign.isEmpty()) {
                return new Result(null, null, "profile " + profile.name() + " signs with certificates but has no pki trustpoint");
            }
            Trustpoint t = sign.get(0);
            Optional<X509Certificate> cert = PkiMaterial.routerCertificate(t);
            Optional<CryptoKey> key = PkiMaterial.key(config, t);
            if (cert.isEmpty() || key.isEmpty()) {
                return new Result(null, null, "trustpoint " + t.name() + " has no router certificate (crypto pki enroll "
                        + t.name() + ")");
            }
            if (AuthKind.ofKeyAlgorithm(key.get().keyPair().getPrivate().getAlgorithm()) != local) {
                return new Result(null, null, "trustpoint " + t.name() + "'s key " + key.get().label() + " is not an "
                        + (local == AuthKind.RSA_SIG ? "RSA" : "EC") + " key");
            }
            List<X509Certificate> chain = new ArrayList<>(List.of(cert.get()));
            PkiMaterial.caCertificate(t).ifPresent(chain::add);
            credential = new LocalCredential(key.get().keyPair().getPrivate(), chain);
            ours = cert.get();
        }
        PkixCertificateVerifier verifier = null;
        if (remote.stream().anyMatch(AuthKind::signature)) {
            List<X509Certificate> anchors = new ArrayList<>();
            boolean crl = false;
            for (Trustpoint t : verify) {
                PkiMaterial.caCertificate(t).ifPresent(anchors::add);
                crl |= t.revocationCheck().contains("crl") && !t.revocationCheck().contains("none");
            }
            if (anchors.isEmpty()) {
                return new Result(null, null, "profile " + profile.name()
                        + " verifies certificates but no trustpoint of it holds a CA certificate (crypto pki authenticate)");
            }
            verifier = new PkixCertificateVerifier(anchors, List::of, Instant::now, crl, false);
        }
        return new Result(new AuthPolicy(local, remote, credential, verifier, false), ours, null);
    }
}
