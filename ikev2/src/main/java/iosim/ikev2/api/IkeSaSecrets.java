package iosim.ikev2.api;

import iosim.ikev2.crypto.IkeSaKeys;

/**
 * The SPIs and keys of one IKE SA, for iosim's lab key export (Wireshark's
 * {@code ikev2_decryption_table}); real IOS has no such thing. These are secrets.
 */
public record IkeSaSecrets(long initiatorSpi, long responderSpi, IkeSaKeys keys) {
}
