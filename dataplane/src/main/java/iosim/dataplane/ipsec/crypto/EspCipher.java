package iosim.dataplane.ipsec.crypto;

/**
 * The cryptographic half of one ESP SA, reused for every packet of that SA (one JCE object set
 * per SA, used only on its router's event loop). Works in place over a byte array holding an
 * ESP packet laid out as RFC 4303 section 2:
 * <pre>  espOff: SPI(4) SEQ(4) | IV(ivLength) | payload+padding+padLen+nextHeader (textLength) | ICV</pre>
 */
public interface EspCipher {

    int ivLength();

    int icvLength();

    /**
     * Writes the IV, encrypts the text in place and appends the ICV.
     *
     * @param seq the full 64-bit sequence number (its high half is authenticated when esn)
     */
    void seal(byte[] a, int espOff, int textLength, long seq, boolean esn);

    /**
     * Verifies the ICV and decrypts the text in place.
     *
     * @return false if the ICV does not verify (nothing else is trusted then)
     */
    boolean open(byte[] a, int espOff, int textLength, long seq, boolean esn);

    /** Wipes our key copies and re-keys the JCE objects with throwaway keys. */
    void destroy();

    /** True once {@link #destroy()} has wiped every key copy we hold. */
    boolean isWiped();

    /** Builds the cipher for a transform from its key material (AEAD: key then 4-byte salt). */
    static EspCipher create(EspTransform transform, byte[] encryptionKey, byte[] integrityKey) {
        if (encryptionKey.length != transform.encryptionKeyLength()) {
            throw new IllegalArgumentException("encryption key must be " + transform.encryptionKeyLength()
                    + " bytes, got " + encryptionKey.length);
        }
        int integLen = transform.integrity().keyLength();
        if ((integrityKey == null ? 0 : integrityKey.length) != integLen) {
            throw new IllegalArgumentException("integrity key must be " + integLen + " bytes");
        }
        return switch (transform.encryption()) {
            case AES_GCM_8 -> new ShortTagGcmEspCipher(transform, encryptionKey);
            case AES_GCM_12, AES_GCM_16, CHACHA20_POLY1305 -> new AeadEspCipher(transform, encryptionKey);
            case AES_CBC, DES_CBC, TDES_CBC -> new CbcHmacEspCipher(transform, encryptionKey, integrityKey);
            case NULL -> new CbcHmacEspCipher(transform, encryptionKey, integrityKey);
        };
    }
}
