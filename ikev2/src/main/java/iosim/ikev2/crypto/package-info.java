/**
 * IKEv2 key handling on top of ike-common's algorithms ({@code iosim.ike.crypto}):
 * {@link iosim.ikev2.crypto.PrfPlus}, {@link iosim.ikev2.crypto.CryptoSuite},
 * key derivation ({@link iosim.ikev2.crypto.Keymat}), SK payload protection
 * ({@link iosim.ikev2.crypto.SkKeys}) and PSK authentication ({@link iosim.ikev2.crypto.PskAuth}).
 *
 * <p>Naming notes: the IKE SA key set is {@link iosim.ikev2.crypto.IkeSaKeys}; Child SA KEYMAT is
 * {@link iosim.ikev2.crypto.ChildSaKeymat}.
 */
package iosim.ikev2.crypto;
