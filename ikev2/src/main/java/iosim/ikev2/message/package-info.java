/**
 * IKEv2 wire format (RFC 7296, RFC 5282, RFC 7383): the message model ({@link
 * iosim.ikev2.message.IkeMessage}, {@link iosim.ikev2.message.IkeHeader}, the sealed
 * {@link iosim.ikev2.message.Payload} records) and {@link iosim.ikev2.message.IkeMessageCodec},
 * whose decoders are pure functions returning a {@link iosim.ikev2.message.DecodeResult} and
 * never throwing.
 *
 * <p>Naming notes (differences from the first proposal): SPIs are {@code long}, message IDs
 * are {@code int} (unsigned); {@code Transform} has a fourth component
 * {@code unrecognizedAttribute}; {@code DeletePayload(ProtocolId, List<byte[]>)} derives the
 * SPI size from the protocol; {@code IkeMessage.encrypted()} marks a message whose payloads
 * came from inside SK{}; the SK codec lives in {@code IkeMessageCodec} (no separate
 * {@code ProtectedMessageCodec}); {@link iosim.ikev2.message.SuiteTransforms} maps SA payload
 * transforms to and from {@link iosim.ikev2.crypto.CryptoSuite} (so the crypto package does not
 * depend on the wire format).
 */
package iosim.ikev2.message;
