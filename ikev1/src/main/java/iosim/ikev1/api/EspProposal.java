package iosim.ikev1.api;

/** One ESP transform offered in Quick Mode (an IOS transform set, ESP only). */
public record EspProposal(EspCipher cipher, int keyBits, EspAuth auth) {

    public EspProposal {
        if (cipher == EspCipher.AES ? keyBits != 128 && keyBits != 192 && keyBits != 256 : keyBits != 0) {
            throw new IllegalArgumentException(cipher + " with " + keyBits + "-bit key");
        }
        if (cipher == EspCipher.NULL && auth == EspAuth.NONE) {
            throw new IllegalArgumentException("esp-null needs an authentication algorithm");
        }
    }

    public int encryptionKeyLength() {
        return cipher.keyLength(keyBits);
    }
}
