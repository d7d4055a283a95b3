package iosim.ikev2.api;

/** The peer's certificate did not pass validation; {@link #reason()} says which check failed. */
public final class CertificateRejectedException extends Exception {
    /** Which check failed. */
    public enum Reason {
        /** No CERT payload and no certificate known for the peer. */
        NO_CERTIFICATE,
        /** The chain does not lead to any trusted CA. */
        UNKNOWN_CA,
        EXPIRED,
        NOT_YET_VALID,
        REVOKED,
        /** Revocation checking is on and no CRL says anything about the certificate. */
        REVOCATION_UNKNOWN,
        /** The ID payload is not bound to the certificate (subject or subjectAltName). */
        IDENTITY_MISMATCH,
        /** Unparsable certificate, broken signature, wrong key usage ... */
        INVALID
    }

    private final Reason reason;

    public CertificateRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
