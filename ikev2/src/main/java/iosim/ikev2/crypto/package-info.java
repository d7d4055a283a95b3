/**
 * IKEv2 cryptography: {@link iosim.ikev2.crypto.Prf}/{@link iosim.ikev2.crypto.PrfPlus},
 * algorithm enums mapped from transform IDs ({@link iosim.ikev2.crypto.EncryptionAlgorithm},
 * {@link iosim.ikev2.crypto.PrfAlgorithm}, {@link iosim.ikev2.crypto.IntegrityAlgorithm},
 * {@link iosim.ikev2.crypto.DhGroup}), {@link iosim.ikev2.crypto.CryptoSuite},
 * key derivation ({@link iosim.ikev2.crypto.Keymat}), SK payload protection
 * ({@link iosim.ikev2.crypto.SkKeys}) and PSK authentication
 * ({@link iosim.ikev2.crypto.PskAuth}). AES and HMAC use the JCA (SunJCE, CPU instructions);
 * ECP and Curve25519 use Bouncy Castle's lightweight API; MODP uses BigInteger.
 *
 * <p>Naming notes: the IKE SA key set is {@link iosim.ikev2.crypto.IkeSaKeys} (not
 * {@code IkeKeys}, to avoid a clash with {@code iosim.ikev2.sa.IkeKeys}); Child SA KEYMAT is
 * {@link iosim.ikev2.crypto.ChildSaKeymat}; DH key pairs are
 * {@link iosim.ikev2.crypto.DhKeyPair} from {@link iosim.ikev2.crypto.DhGroup#generateKeyPair},
 * and a rejected peer value raises the checked
 * {@link iosim.ikev2.crypto.InvalidPeerKeyException}.
 */
package iosim.ikev2.crypto;
