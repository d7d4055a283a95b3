package iosim.ikev2.api;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * What we sign with: our private key and our certificate chain, end-entity certificate first
 * (intermediate CA certificates after it, the root may be left out). Every certificate of the
 * chain goes out in its own CERT payload.
 */
public record LocalCredential(PrivateKey key, List<X509Certificate> chain) {
    public LocalCredential {
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a signing credential needs its certificate");
        }
        AuthKind kind = AuthKind.ofKeyAlgorithm(key.getAlgorithm());
        if (kind == null) {
            throw new IllegalArgumentException("unsupported key algorithm " + key.getAlgorithm());
        }
        if (!chain.get(0).getPublicKey().getAlgorithm().equals(key.getAlgorithm())) {
            throw new IllegalArgumentException("the certificate's key is not the private key's type");
        }
    }

    /** RSA_SIG or ECDSA_SIG, from the key. */
    public AuthKind kind() {
        return AuthKind.ofKeyAlgorithm(key.getAlgorithm());
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }
}
