package iosim.dataplane.ipsec.crypto;

/** ESP/AH integrity transforms (IKEv2 transform type 3 ids), with their JCE MAC and truncation. */
public enum IntegrityAlgorithm {
    NONE(0, null, 0, 0),
    /** IKEv1 legacy HMAC-MD5-96 (RFC 2403). */
    HMAC_MD5_96(1, "HmacMD5", 16, 12),
    HMAC_SHA1_96(2, "HmacSHA1", 20, 12),
    HMAC_SHA2_256_128(12, "HmacSHA256", 32, 16),
    HMAC_SHA2_384_192(13, "HmacSHA384", 48, 24),
    HMAC_SHA2_512_256(14, "HmacSHA512", 64, 32);

    private final int ikeTransformId;
    private final String jceName;
    private final int keyLength;
    private final int icvLength;

    IntegrityAlgorithm(int ikeTransformId, String jceName, int keyLength, int icvLength) {
        this.ikeTransformId = ikeTransformId;
        this.jceName = jceName;
        this.keyLength = keyLength;
        this.icvLength = icvLength;
    }

    public int ikeTransformId() { return ikeTransformId; }
    public String jceName() { return jceName; }
    /** Key length in bytes (RFC 2404 / RFC 4868: the hash output length). */
    public int keyLength() { return keyLength; }
    /** Truncated ICV length in bytes. */
    public int icvLength() { return icvLength; }
}
