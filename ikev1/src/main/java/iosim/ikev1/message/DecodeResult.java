package iosim.ikev1.message;

/**
 * Outcome of decoding: never an exception.
 * <ul>
 * <li>{@link Ok}: a plaintext message, fully decoded.</li>
 * <li>{@link Encrypted}: a well-formed header whose body is encrypted; decrypt it and pass
 * the plaintext to {@link IsakmpCodec#decodePayloads}.</li>
 * <li>{@link Error}: rejected. {@code header} is null if even the header was unreadable;
 * {@code notifyType} is the ISAKMP notify the error corresponds to (for counters and debug;
 * IKEv1 peers rarely answer with it).</li>
 * </ul>
 */
public sealed interface DecodeResult {

    record Ok(IsakmpMessage message) implements DecodeResult {
    }

    record Encrypted(IsakmpHeader header, byte[] ciphertext) implements DecodeResult {
    }

    record Error(IsakmpHeader header, String reason, int notifyType) implements DecodeResult {
    }
}
