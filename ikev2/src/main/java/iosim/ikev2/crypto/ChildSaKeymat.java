package iosim.ikev2.crypto;

/**
 * Child SA keying material (RFC 7296 2.17), split in the order the RFC takes it from KEYMAT:
 * the initiator-to-responder encryption key (with salt for AEAD) and integrity key, then the
 * responder-to-initiator ones. Integrity keys are empty for AEAD.
 */
public record ChildSaKeymat(byte[] encrInitiatorToResponder, byte[] integInitiatorToResponder,
                            byte[] encrResponderToInitiator, byte[] integResponderToInitiator) {
}
