package iosim.ikev1.crypto;

import java.util.Arrays;

/**
 * The phase 1 key schedule of RFC 2409 5 and appendix B for pre-shared keys:
 * <pre>
 * SKEYID   = prf(pre-shared-key, Ni_b | Nr_b)
 * SKEYID_d = prf(SKEYID, g^xy | CKY-I | CKY-R | 0)
 * SKEYID_a = prf(SKEYID, SKEYID_d | g^xy | CKY-I | CKY-R | 1)
 * SKEYID_e = prf(SKEYID, SKEYID_a | g^xy | CKY-I | CKY-R | 2)
 * </pre>
 * The encryption key is SKEYID_e, expanded as K1 | K2 | ... with K1 = prf(SKEYID_e, 0),
 * Kn = prf(SKEYID_e, Kn-1) when SKEYID_e is shorter than the cipher's key.
 */
public record Phase1Keys(HashAlgorithm hash, byte[] skeyid, byte[] skeyidD, byte[] skeyidA, byte[] skeyidE,
                         byte[] encryptionKey) {

    public static Phase1Keys preShared(HashAlgorithm hash, byte[] psk, byte[] ni, byte[] nr, byte[] gxy,
                                       long ckyI, long ckyR, int keyLength) {
        byte[] skeyid = hash.prf(psk, ni, nr);
        return derive(hash, skeyid, gxy, ckyI, ckyR, keyLength);
    }

    static Phase1Keys derive(HashAlgorithm hash, byte[] skeyid, byte[] gxy, long ckyI, long ckyR, int keyLength) {
        byte[] ci = Bytes.u64(ckyI);
        byte[] cr = Bytes.u64(ckyR);
        byte[] d = hash.prf(skeyid, gxy, ci, cr, new byte[] {0});
        byte[] a = hash.prf(skeyid, d, gxy, ci, cr, new byte[] {1});
        byte[] e = hash.prf(skeyid, a, gxy, ci, cr, new byte[] {2});
        return new Phase1Keys(hash, skeyid, d, a, e, expand(hash, e, keyLength));
    }

    /** RFC 2409 appendix B key expansion. */
    static byte[] expand(HashAlgorithm hash, byte[] skeyidE, int keyLength) {
        if (skeyidE.length >= keyLength) {
            return Arrays.copyOf(skeyidE, keyLength);
        }
        byte[] out = new byte[keyLength];
        byte[] k = hash.prf(skeyidE, new byte[] {0});
        int off = 0;
        while (true) {
            int n = Math.min(k.length, keyLength - off);
            System.arraycopy(k, 0, out, off, n);
            off += n;
            if (off >= keyLength) {
                return out;
            }
            k = hash.prf(skeyidE, k);
        }
    }

    /** HASH_I or HASH_R (RFC 2409 5): prf(SKEYID, g^x | g^y | CKY | CKY | SAi_b | IDx_b). */
    public byte[] authHash(byte[] gxFirst, byte[] gxSecond, long ckyFirst, long ckySecond, byte[] saiBody,
                           byte[] idBody) {
        return hash.prf(skeyid, gxFirst, gxSecond, Bytes.u64(ckyFirst), Bytes.u64(ckySecond), saiBody, idBody);
    }

    /** Quick Mode / INFORMATIONAL hashes: prf(SKEYID_a, parts...). */
    public byte[] prfA(byte[]... parts) {
        return hash.prf(skeyidA, parts);
    }

    /**
     * KEYMAT for one IPsec SA (RFC 2409 5.5): K1 = prf(SKEYID_d, [g(qm)^xy |] protocol | SPI |
     * Ni_b | Nr_b), Kn = prf(SKEYID_d, Kn-1 | [g(qm)^xy |] protocol | SPI | Ni_b | Nr_b).
     */
    public byte[] keymat(byte[] gxyQm, int protocol, byte[] spi, byte[] ni, byte[] nr, int length) {
        byte[] pfs = gxyQm == null ? new byte[0] : gxyQm;
        byte[] proto = {(byte) protocol};
        byte[] out = new byte[length];
        byte[] k = new byte[0];
        int off = 0;
        while (off < length) {
            k = hash.prf(skeyidD, k, pfs, proto, spi, ni, nr);
            int n = Math.min(k.length, length - off);
            System.arraycopy(k, 0, out, off, n);
            off += n;
        }
        return out;
    }

    /** The first IV of phase 1: hash(g^xi | g^xr) cut to the block (appendix B). */
    public static byte[] initialIv(HashAlgorithm hash, byte[] gxi, byte[] gxr, int blockSize) {
        return Arrays.copyOf(hash.hash(gxi, gxr), blockSize);
    }

    /** The first IV of a phase 2 / INFORMATIONAL exchange: hash(last phase 1 block | M-ID). */
    public byte[] phase2Iv(byte[] lastPhase1Block, int messageId, int blockSize) {
        return Arrays.copyOf(hash.hash(lastPhase1Block, Bytes.u32(messageId)), blockSize);
    }
}
