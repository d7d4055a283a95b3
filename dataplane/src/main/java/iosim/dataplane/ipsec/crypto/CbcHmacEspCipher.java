package iosim.dataplane.ipsec.crypto;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-CBC (RFC 3602), the IKEv1 legacy 3DES-CBC (RFC 2451) and DES-CBC (RFC 2405), or NULL
 * encryption (RFC 2410) with HMAC-MD5-96 (RFC 2403), HMAC-SHA1-96 (RFC 2404) or HMAC-SHA2
 * (RFC 4868), encrypt-then-MAC. The ICV covers SPI, seq, IV and ciphertext, plus
 * the high 32 bits of the ESN appended (RFC 4303 section 2.2.1). CBC IVs must be
 * unpredictable: each is the AES encryption of the sequence number under a random key of
 * this SA (never sent; its first 8 octets for the 8-octet DES/3DES IVs), so no random
 * generator runs per packet.
 */
final class CbcHmacEspCipher implements EspCipher {
    private final EspTransform transform;
    private final int ivLength;
    private final int icvLength;
    private final ZeroableKey cipherKey;
    private final ZeroableKey macKey;
    private final Cipher cbc;
    private final Cipher ivGenerator;
    private final Mac mac;
    private final byte[] ivBlock = new byte[16];
    private final byte[] ivOut = new byte[16];
    private final String jceCipher;
    private final byte[] macOut;
    private final byte[] esnHigh = new byte[4];

    CbcHmacEspCipher(EspTransform transform, byte[] encryptionKey, byte[] integrityKey) {
        this.transform = transform;
        this.ivLength = transform.ivLength();
        this.icvLength = transform.icvLength();
        IntegrityAlgorithm integ = transform.integrity();
        this.macKey = new ZeroableKey(integ.jceName(), integrityKey, 0, integrityKey.length);
        this.macOut = new byte[integ.keyLength()];
        try {
            this.mac = Mac.getInstance(integ.jceName());
            mac.init(macKey);
            this.jceCipher = switch (transform.encryption()) {
                case DES_CBC -> "DES";
                case TDES_CBC -> "DESede";
                default -> "AES";
            };
            if (transform.encryption() != EncryptionAlgorithm.NULL) {
                this.cipherKey = new ZeroableKey(jceCipher, encryptionKey, 0, encryptionKey.length);
                this.cbc = Cipher.getInstance(jceCipher + "/CBC/NoPadding");
                this.ivGenerator = Cipher.getInstance("AES/ECB/NoPadding");
                byte[] ivKey = new byte[16];
                new SecureRandom().nextBytes(ivKey);
                ivGenerator.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(ivKey, "AES"));
                Arrays.fill(ivKey, (byte) 0);
            } else {
                this.cipherKey = null;
                this.cbc = null;
                this.ivGenerator = null;
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JDK lacks " + transform, e);
        }
    }

    @Override public int ivLength() { return ivLength; }
    @Override public int icvLength() { return icvLength; }

    private void computeIcv(byte[] a, int espOff, int textLength, long seq, boolean esn) throws ShortBufferException {
        mac.update(a, espOff, 8 + ivLength + textLength);
        if (esn) {
            SequenceBytes.putInt(esnHigh, 0, (int) (seq >>> 32));
            mac.update(esnHigh, 0, 4);
        }
        mac.doFinal(macOut, 0);
    }

    @Override
    public void seal(byte[] a, int espOff, int textLength, long seq, boolean esn) {
        int ivOff = espOff + 8;
        int textOff = ivOff + ivLength;
        try {
            if (cbc != null) {
                SequenceBytes.putLong(ivBlock, 8, seq);
                if (ivLength == 16) {
                    ivGenerator.doFinal(ivBlock, 0, 16, a, ivOff);
                } else {
                    ivGenerator.doFinal(ivBlock, 0, 16, ivOut, 0);
                    System.arraycopy(ivOut, 0, a, ivOff, ivLength);
                }
                cbc.init(Cipher.ENCRYPT_MODE, cipherKey, new IvParameterSpec(a, ivOff, ivLength));
                cbc.doFinal(a, textOff, textLength, a, textOff);
            }
            computeIcv(a, espOff, textLength, seq, esn);
            System.arraycopy(macOut, 0, a, textOff + textLength, icvLength);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("ESP seal failed", e);
        }
    }

    @Override
    public boolean open(byte[] a, int espOff, int textLength, long seq, boolean esn) {
        int ivOff = espOff + 8;
        int textOff = ivOff + ivLength;
        try {
            computeIcv(a, espOff, textLength, seq, esn);
            int diff = 0;
            int icvOff = textOff + textLength;
            for (int i = 0; i < icvLength; i++) {
                diff |= macOut[i] ^ a[icvOff + i];
            }
            if (diff != 0) {
                return false;
            }
            if (cbc != null) {
                cbc.init(Cipher.DECRYPT_MODE, cipherKey, new IvParameterSpec(a, ivOff, ivLength));
                cbc.doFinal(a, textOff, textLength, a, textOff);
            }
            return true;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("ESP open failed", e);
        }
    }

    @Override
    public void destroy() {
        macKey.destroy();
        Arrays.fill(macOut, (byte) 0);
        JceWipe.rekey(mac);
        if (cbc != null) {
            cipherKey.destroy();
            JceWipe.rekey(cbc, jceCipher, transform.keyBits() / 8);
            JceWipe.rekey(ivGenerator, "AES", 16);
        }
    }

    @Override
    public boolean isWiped() {
        return macKey.isWiped() && (cipherKey == null || cipherKey.isWiped());
    }
}
