package iosim.ikev2.eap;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.MD4Digest;
import org.bouncycastle.crypto.engines.DESEngine;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * The MS-CHAPv2 computations (RFC 2759 8) and its key derivation (RFC 3079 3), with Bouncy
 * Castle's MD4 and DES and the JDK's SHA-1. MSK for EAP = MasterReceiveKey | MasterSendKey |
 * 32 zero octets, as strongSwan and Windows derive it on both sides.
 */
public final class MsChapV2 {
    private static final byte[] AUTH_MAGIC1 = ascii("Magic server to client signing constant");
    private static final byte[] AUTH_MAGIC2 = ascii("Pad to make it do more than one iteration");
    private static final byte[] KEY_MAGIC1 = ascii("This is the MPPE Master Key");
    private static final byte[] KEY_MAGIC2 = ascii("On the client side, this is the send key; on the server side, it is the receive key.");
    private static final byte[] KEY_MAGIC3 = ascii("On the client side, this is the receive key; on the server side, it is the send key.");
    private static final byte[] SHS_PAD1 = new byte[40];
    private static final byte[] SHS_PAD2 = filled(40, 0xf2);

    private MsChapV2() {
    }

    /** MD4 of the password in UTF-16LE. */
    public static byte[] ntPasswordHash(String password) {
        return md4(password.getBytes(StandardCharsets.UTF_16LE));
    }

    /** The first 8 octets of SHA-1(PeerChallenge | AuthenticatorChallenge | UserName without domain). */
    public static byte[] challengeHash(byte[] peerChallenge, byte[] authenticatorChallenge, String userName) {
        byte[] h = sha1(peerChallenge, authenticatorChallenge, stripDomain(userName).getBytes(StandardCharsets.UTF_8));
        return Arrays.copyOf(h, 8);
    }

    /** The 24-octet NT-Response. */
    public static byte[] ntResponse(byte[] authenticatorChallenge, byte[] peerChallenge, String userName,
                                    String password) {
        return challengeResponse(challengeHash(peerChallenge, authenticatorChallenge, userName),
                ntPasswordHash(password));
    }

    static byte[] challengeResponse(byte[] challenge, byte[] passwordHash) {
        byte[] z = Arrays.copyOf(passwordHash, 21);
        byte[] out = new byte[24];
        for (int i = 0; i < 3; i++) {
            DESEngine des = new DESEngine();
            des.init(true, new KeyParameter(desKey(Arrays.copyOfRange(z, i * 7, i * 7 + 7))));
            des.processBlock(challenge, 0, out, i * 8);
        }
        return out;
    }

    /** The 42-character "S=..." string the authenticator sends on success (RFC 2759 8.7). */
    public static String authenticatorResponse(String password, byte[] ntResponse, byte[] peerChallenge,
                                               byte[] authenticatorChallenge, String userName) {
        byte[] hashHash = md4(ntPasswordHash(password));
        byte[] digest = sha1(hashHash, ntResponse, AUTH_MAGIC1);
        byte[] challenge = challengeHash(peerChallenge, authenticatorChallenge, userName);
        return "S=" + HexFormat.of().withUpperCase().formatHex(sha1(digest, challenge, AUTH_MAGIC2));
    }

    /** The 16-octet MPPE master key (RFC 3079 3.4). */
    public static byte[] masterKey(String password, byte[] ntResponse) {
        return Arrays.copyOf(sha1(md4(ntPasswordHash(password)), ntResponse, KEY_MAGIC1), 16);
    }

    /** The 64-octet EAP MSK: receive key | send key (client's view of the names) | 32 zeros. */
    public static byte[] msk(String password, byte[] ntResponse) {
        byte[] mk = masterKey(password, ntResponse);
        byte[] recv = Arrays.copyOf(sha1(mk, SHS_PAD1, KEY_MAGIC2, SHS_PAD2), 16);
        byte[] send = Arrays.copyOf(sha1(mk, SHS_PAD1, KEY_MAGIC3, SHS_PAD2), 16);
        byte[] msk = new byte[64];
        System.arraycopy(recv, 0, msk, 0, 16);
        System.arraycopy(send, 0, msk, 16, 16);
        return msk;
    }

    /** "DOMAIN\\user" -> "user". */
    public static String stripDomain(String userName) {
        int i = userName.indexOf('\\');
        return i < 0 ? userName : userName.substring(i + 1);
    }

    /** 7 key octets spread over 8 DES key octets (the parity bits are not checked by DES). */
    private static byte[] desKey(byte[] k7) {
        byte[] k = new byte[8];
        k[0] = (byte) (k7[0] & 0xfe);
        k[1] = (byte) (((k7[0] << 7) | ((k7[1] & 0xff) >>> 1)) & 0xfe);
        k[2] = (byte) (((k7[1] << 6) | ((k7[2] & 0xff) >>> 2)) & 0xfe);
        k[3] = (byte) (((k7[2] << 5) | ((k7[3] & 0xff) >>> 3)) & 0xfe);
        k[4] = (byte) (((k7[3] << 4) | ((k7[4] & 0xff) >>> 4)) & 0xfe);
        k[5] = (byte) (((k7[4] << 3) | ((k7[5] & 0xff) >>> 5)) & 0xfe);
        k[6] = (byte) (((k7[5] << 2) | ((k7[6] & 0xff) >>> 6)) & 0xfe);
        k[7] = (byte) ((k7[6] << 1) & 0xfe);
        return k;
    }

    static byte[] md4(byte[] in) {
        MD4Digest d = new MD4Digest();
        d.update(in, 0, in.length);
        byte[] out = new byte[16];
        d.doFinal(out, 0);
        return out;
    }

    static byte[] sha1(byte[]... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-1");
            for (byte[] p : parts) {
                md.update(p);
            }
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] filled(int n, int v) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) v);
        return b;
    }
}
