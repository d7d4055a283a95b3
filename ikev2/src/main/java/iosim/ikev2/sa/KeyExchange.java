package iosim.ikev2.sa;

/** Our half of one Diffie-Hellman exchange. */
public interface KeyExchange {

    int group();

    /** The value for our KE payload. */
    byte[] publicValue();

    /** g^ir from the peer's KE data, or null when the peer's value is invalid. */
    byte[] sharedSecret(byte[] peerPublicValue);
}
