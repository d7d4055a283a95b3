package iosim.ikev1.engine;

import iosim.ikev1.crypto.CipherAlgorithm;
import iosim.ikev1.crypto.Phase1Keys;
import iosim.ikev1.message.DecodeResult;
import iosim.ikev1.message.IsakmpCodec;
import iosim.ikev1.message.IsakmpHeader;
import iosim.ikev1.message.Payload;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Encryption of one ISAKMP SA's messages with CBC IV chaining (RFC 2409 appendix B): phase 1
 * starts from hash(g^xi | g^xr) and each message's IV is the previous one's last cipher block;
 * each phase 2 / INFORMATIONAL exchange (message ID) starts from hash(last phase 1 block | M-ID)
 * and chains within its exchange. An IV moves only when a message decrypted and decoded.
 */
final class Protection {
    private final CipherAlgorithm cipher;
    private final Phase1Keys keys;
    private byte[] phase1Iv;
    private final Map<Integer, byte[]> exchangeIvs = new HashMap<>();

    Protection(CipherAlgorithm cipher, Phase1Keys keys, byte[] initialIv) {
        this.cipher = cipher;
        this.keys = keys;
        this.phase1Iv = initialIv;
    }

    Phase1Keys keys() {
        return keys;
    }

    byte[] seal(IsakmpHeader h, List<? extends Payload> payloads) {
        byte[] chain = IsakmpCodec.encodeChain(payloads);
        int bs = cipher.blockSize();
        byte[] padded = Arrays.copyOf(chain, (chain.length + bs - 1) / bs * bs);
        byte[] iv = ivFor(h.messageId());
        byte[] ct = cipher.encrypt(keys.encryptionKey(), iv, padded);
        setIv(h.messageId(), Arrays.copyOfRange(ct, ct.length - bs, ct.length));
        IsakmpHeader eh = new IsakmpHeader(h.initiatorCookie(), h.responderCookie(), 0, h.version(), h.exchangeType(),
                h.flags() | IsakmpHeader.FLAG_ENCRYPTION, h.messageId(), 0);
        return IsakmpCodec.encodeMessage(eh, payloads.get(0).type(), ct);
    }

    DecodeResult open(IsakmpHeader h, byte[] ciphertext) {
        int bs = cipher.blockSize();
        if (ciphertext.length % bs != 0) {
            return new DecodeResult.Error(h, "encrypted body of " + ciphertext.length + " octets is not a whole number of "
                    + bs + "-octet blocks", iosim.ikev1.message.NotifyType.PAYLOAD_MALFORMED);
        }
        byte[] pt = cipher.decrypt(keys.encryptionKey(), ivFor(h.messageId()), ciphertext);
        DecodeResult r = IsakmpCodec.decodePayloads(h, pt, 0, pt.length);
        if (r instanceof DecodeResult.Ok) {
            setIv(h.messageId(), Arrays.copyOfRange(ciphertext, ciphertext.length - bs, ciphertext.length));
        }
        return r;
    }

    private byte[] ivFor(int messageId) {
        if (messageId == 0) {
            return phase1Iv;
        }
        return exchangeIvs.computeIfAbsent(messageId, m -> keys.phase2Iv(phase1Iv, m, cipher.blockSize()));
    }

    private void setIv(int messageId, byte[] iv) {
        if (messageId == 0) {
            phase1Iv = iv;
        } else {
            exchangeIvs.put(messageId, iv);
        }
    }

    /** Forgets an exchange's IV once the exchange is over. */
    void forget(int messageId) {
        exchangeIvs.remove(messageId);
    }
}
