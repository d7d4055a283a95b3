package iosim.ikev2.task;

import iosim.ikev2.api.AuthPolicy;
import iosim.ikev2.message.CertReqPayload;
import java.io.ByteArrayOutputStream;
import java.util.Optional;

/**
 * The CERTREQ payload (RFC 7296 3.7) we send when we accept signatures: the SHA-1 hashes of our
 * trusted CAs' public keys, in the IKE_SA_INIT response (responder) and the IKE_AUTH request
 * (initiator).
 */
public final class CertificateRequests {
    private CertificateRequests() {}

    public static Optional<CertReqPayload> of(AuthPolicy policy) {
        if (!policy.acceptsSignatures()) {
            return Optional.empty();
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        policy.verifier().caKeyHashes().forEach(b::writeBytes);
        return b.size() == 0 ? Optional.empty()
                : Optional.of(new CertReqPayload(Authenticator.X509_SIGNATURE, b.toByteArray()));
    }
}
