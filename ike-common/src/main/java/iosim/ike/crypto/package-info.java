/**
 * Cryptography shared by the IKEv1 and IKEv2 engines (and usable by ESP): Diffie-Hellman groups
 * ({@link iosim.ike.crypto.DhGroup}: MODP 1, 2, 5, 14, 15, 16, 24, ECP 19, 20, 21, Curve25519;
 * key pairs are {@link iosim.ike.crypto.DhKeyPair}, a rejected peer value raises the checked
 * {@link iosim.ike.crypto.InvalidPeerKeyException}), PRFs ({@link iosim.ike.crypto.Prf}),
 * truncated HMACs ({@link iosim.ike.crypto.IntegrityKey}), ciphers ({@link iosim.ike.crypto.CipherKey}:
 * AES-CBC, 3DES-CBC, DES-CBC, AES-GCM, ChaCha20-Poly1305) and the random source
 * ({@link iosim.ike.crypto.RandomSource}, a DRBG per engine).
 *
 * <p>Algorithms are named by their IKEv2 IANA transform IDs; IKEv1 maps its attribute values onto
 * them. Nothing here knows IOS names (that is shell/'s job). AES and HMAC use the JCA (SunJCE, CPU
 * instructions); ECP and Curve25519 use Bouncy Castle's lightweight API; MODP uses BigInteger with
 * a fixed-base table for g^x.
 */
package iosim.ike.crypto;
