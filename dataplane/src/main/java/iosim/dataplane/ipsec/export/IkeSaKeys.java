package iosim.dataplane.ipsec.export;

/**
 * The keys of one IKE SA as the IKEv2 engine hands them over for export (RFC 7296 SK_e/SK_a).
 *
 * @param initiatorSpi        8 bytes
 * @param responderSpi        8 bytes
 * @param encryptionId        IKEv2 transform id of ENCR (12 AES-CBC, 20 AES-GCM-16, ...)
 * @param encryptionKeyBits   key size in bits
 * @param integrityId         IKEv2 transform id of INTEG (0 none for AEAD, 12 HMAC-SHA2-256-128, ...)
 */
public record IkeSaKeys(byte[] initiatorSpi, byte[] responderSpi, byte[] skEi, byte[] skEr, int encryptionId,
                        int encryptionKeyBits, byte[] skAi, byte[] skAr, int integrityId) {
    public IkeSaKeys {
        if (initiatorSpi.length != 8 || responderSpi.length != 8) {
            throw new IllegalArgumentException("IKE SPIs are 8 bytes");
        }
        skAi = skAi == null ? new byte[0] : skAi;
        skAr = skAr == null ? new byte[0] : skAr;
    }
}
