package iosim.config.model;

import java.security.KeyPair;

/**
 * A key pair made by {@code crypto key generate rsa|ec}: label, algorithm ({@code RSA} or
 * {@code EC}), size in bits, exportable flag. Not part of the running configuration text
 * (IOS keeps keys in private NVRAM), shown by {@code show crypto key mypubkey}.
 */
public record CryptoKey(String label, String algorithm, int bits, boolean exportable, KeyPair keyPair) {
}
