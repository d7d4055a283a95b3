package iosim.ikev2.message;

import iosim.ike.crypto.RandomSource;
import iosim.ikev2.crypto.SkKeys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * IKEv2 message codec. Decoders are static pure functions that never throw: every problem
 * becomes a {@link DecodeResult.Error}. Encoders of protected messages need random IVs and so
 * live on an instance built with a {@link RandomSource}.
 *
 * <p>Receiving: {@link #decode} parses the header and the plaintext payload chain (an SK/SKF
 * payload stays opaque) and is enough to dispatch by SPI; {@link #decodeProtected} then checks
 * the ICV and returns the inner payloads ({@link DecodeResult.Ok}) or, for an SKF fragment, a
 * {@link DecodeResult.Fragment} to give to the SA's {@link FragmentReassembler}.
 *
 * <p>Sending: {@link #encode} for IKE_SA_INIT and unprotected notifies,
 * {@link #encodeProtected(IkeHeader, List, SkKeys)} for one SK datagram, and
 * {@link #encodeProtected(IkeHeader, List, SkKeys, int)} which splits into SKF fragments
 * (RFC 7383) when the message would exceed the size limit.
 */
public final class IkeMessageCodec {

    private static final int SK_HEADER = 4;
    private static final int SKF_HEADER = 8;

    private final RandomSource random;

    public IkeMessageCodec(RandomSource random) {
        this.random = random;
    }

    // ---------------------------------------------------------------- decoding

    /** The header alone, if the datagram is long enough and the exchange type is known. */
    public static Optional<IkeHeader> decodeHeader(byte[] datagram) {
        if (datagram == null || datagram.length < IkeHeader.SIZE) {
            return Optional.empty();
        }
        IkeHeader h = header(datagram);
        return h.exchangeType() == null ? Optional.empty() : Optional.of(h);
    }

    private static IkeHeader header(byte[] d) {
        ByteReader r = new ByteReader(d, 0, IkeHeader.SIZE);
        try {
            long spiI = r.u64("SPIi");
            long spiR = r.u64("SPIr");
            int next = r.u8("next payload");
            int version = r.u8("version");
            int exchange = r.u8("exchange type");
            int flags = r.u8("flags");
            int messageId = r.u32("message id");
            int length = r.u32("length");
            return new IkeHeader(spiI, spiR, next, version >>> 4, version & 0x0f,
                    ExchangeType.of(exchange).orElse(null), (flags & IkeHeader.FLAG_INITIATOR) != 0,
                    (flags & IkeHeader.FLAG_RESPONSE) != 0, (flags & IkeHeader.FLAG_VERSION) != 0, messageId,
                    length);
        } catch (WireFormatException e) {
            throw new IllegalStateException(e); // unreachable: length checked by callers
        }
    }

    /** Decodes the header and plaintext payloads. Never throws. */
    public static DecodeResult decode(byte[] datagram) {
        if (datagram == null || datagram.length < IkeHeader.SIZE) {
            return DecodeResult.Error.dropped(null, "datagram shorter than the IKE header");
        }
        IkeHeader h = header(datagram);
        if (h.majorVersion() != 2) {
            return DecodeResult.Error.unprotected(h, "unsupported major version " + h.majorVersion(),
                    NotifyType.INVALID_MAJOR_VERSION);
        }
        if (h.exchangeType() == null) {
            return DecodeResult.Error.dropped(h, "unknown exchange type " + (datagram[18] & 0xff));
        }
        if (Integer.toUnsignedLong(h.length()) != datagram.length) {
            return DecodeResult.Error.dropped(h, "header length " + Integer.toUnsignedLong(h.length())
                    + " but datagram has " + datagram.length + " octets");
        }
        try {
            List<Payload> payloads = PayloadChain.parse(datagram, IkeHeader.SIZE, datagram.length, h.nextPayload(),
                    false);
            return new DecodeResult.Ok(new IkeMessage(h, payloads));
        } catch (WireFormatException e) {
            return error(h, e, false);
        } catch (RuntimeException e) {
            return DecodeResult.Error.unprotected(h, "malformed message: " + e, NotifyType.INVALID_SYNTAX);
        }
    }

    /**
     * Decodes a protected message: verifies the ICV of its SK (or SKF) payload with
     * {@code in}, decrypts it and parses the inner payloads. Returns {@link DecodeResult.Ok}
     * (inner payloads, {@code encrypted} true), {@link DecodeResult.Fragment} for SKF, or an
     * error: ICV failures are silent drops (RFC 7296 2.21.2); errors after a good ICV are
     * {@code authenticated} and carry INVALID_SYNTAX or UNSUPPORTED_CRITICAL_PAYLOAD.
     */
    public static DecodeResult decodeProtected(byte[] datagram, SkKeys in) {
        DecodeResult plain = decode(datagram);
        if (!(plain instanceof DecodeResult.Ok ok)) {
            return plain;
        }
        return decodeProtected(datagram, ok.message(), in);
    }

    /**
     * As {@link #decodeProtected(byte[], SkKeys)}, for a datagram whose plaintext view
     * {@code outer} the caller already has from {@link #decode} (saves parsing it twice).
     */
    public static DecodeResult decodeProtected(byte[] datagram, IkeMessage outer, SkKeys in) {
        IkeMessage m = outer;
        IkeHeader h = m.header();
        Payload last = m.payloads().isEmpty() ? null : m.payloads().get(m.payloads().size() - 1);
        try {
            if (last instanceof SkPayload sk) {
                byte[] inner = open(datagram, SK_HEADER + sk.body().length, SK_HEADER, in, h);
                if (inner == null) {
                    return DecodeResult.Error.dropped(h, "SK payload failed its integrity check");
                }
                List<Payload> payloads = PayloadChain.parse(inner, 0, inner.length, sk.firstInnerPayload(), true);
                return new DecodeResult.Ok(new IkeMessage(h, payloads, true));
            }
            if (last instanceof SkfPayload skf) {
                byte[] inner = open(datagram, SKF_HEADER + skf.body().length, SKF_HEADER, in, h);
                if (inner == null) {
                    return DecodeResult.Error.dropped(h, "SKF payload failed its integrity check");
                }
                return new DecodeResult.Fragment(h, skf.fragmentNumber(), skf.totalFragments(),
                        skf.firstInnerPayload(), inner);
            }
            return DecodeResult.Error.dropped(h, "message has no SK payload");
        } catch (WireFormatException e) {
            return error(h, e, true);
        } catch (RuntimeException e) {
            return new DecodeResult.Error(h, "malformed protected message: " + e, NotifyType.INVALID_SYNTAX.value(),
                    null, true);
        }
    }

    /**
     * Checks and decrypts the SK/SKF payload occupying the last {@code payloadLen} octets,
     * returning the inner payload octets without padding; null on a bad ICV.
     */
    private static byte[] open(byte[] d, int payloadLen, int skHeader, SkKeys in, IkeHeader h)
            throws WireFormatException {
        int skStart = d.length - payloadLen;
        int ivOff = skStart + skHeader;
        int cipherOff = ivOff + in.ivLength();
        int cipherLen = d.length - cipherOff - in.icvLength();
        if (cipherLen < 1) {
            return null;
        }
        byte[] plain = in.open(d, ivOff, cipherOff, cipherLen);
        if (plain == null) {
            return null;
        }
        int padLength = plain.length == 0 ? -1 : plain[plain.length - 1] & 0xff;
        if (padLength < 0 || padLength + 1 > plain.length) {
            throw new WireFormatException("bad SK padding length " + padLength);
        }
        return Arrays.copyOf(plain, plain.length - padLength - 1);
    }

    static DecodeResult.Error error(IkeHeader h, WireFormatException e, boolean authenticated) {
        return new DecodeResult.Error(h, e.getMessage(), e.notifyType() == null ? 0 : e.notifyType().value(), e.notifyData(),
                authenticated);
    }

    // ---------------------------------------------------------------- encoding

    /** Encodes a plaintext message; the header's next payload and length are computed. */
    public static byte[] encode(IkeMessage message) {
        ByteWriter w = new ByteWriter(512);
        writeHeader(message.header(), PayloadEncoder.firstType(message.payloads()), w);
        PayloadEncoder.encodeChain(message.payloads(), 0, w);
        w.set32(24, w.size());
        return w.toByteArray();
    }

    private static void writeHeader(IkeHeader h, int next, ByteWriter w) {
        w.u64(h.initiatorSpi()).u64(h.responderSpi()).u8(next).u8((h.majorVersion() << 4) | (h.minorVersion() & 0x0f))
                .u8(h.exchangeType().value()).u8(h.flags()).u32(h.messageId()).u32(0);
    }

    /** Encodes {@code inner} inside one SK payload protected with {@code out}. */
    public byte[] encodeProtected(IkeHeader header, List<Payload> inner, SkKeys out) {
        byte[] plain = PayloadChain.encode(inner);
        return seal(header, false, PayloadEncoder.firstType(inner), 0, 0, plain, 0, plain.length, out);
    }

    /**
     * Encodes {@code inner} protected with {@code out}: one SK datagram if it fits in
     * {@code maxMessageSize} octets (the IKE message, without IP/UDP headers or the non-ESP
     * marker), otherwise SKF fragments (RFC 7383) each within that size. Retransmit the
     * returned datagrams as they are.
     */
    public List<byte[]> encodeProtected(IkeHeader header, List<Payload> inner, SkKeys out, int maxMessageSize) {
        byte[] plain = PayloadChain.encode(inner);
        int first = PayloadEncoder.firstType(inner);
        if (sealedSize(plain.length, SK_HEADER, out) <= maxMessageSize) {
            return List.of(seal(header, false, first, 0, 0, plain, 0, plain.length, out));
        }
        int avail = maxMessageSize - IkeHeader.SIZE - SKF_HEADER - out.ivLength() - out.icvLength();
        int capacity = (avail / out.blockSize()) * out.blockSize() - 1;
        if (capacity < 1) {
            throw new IllegalArgumentException("fragment size limit " + maxMessageSize + " too small");
        }
        int total = (plain.length + capacity - 1) / capacity;
        if (total > 0xffff) {
            throw new IllegalArgumentException("too many fragments: " + total);
        }
        List<byte[]> fragments = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            int off = i * capacity;
            int len = Math.min(capacity, plain.length - off);
            fragments.add(seal(header, true, i == 0 ? first : 0, i + 1, total, plain, off, len, out));
        }
        return fragments;
    }

    /** The octets of a payload chain as they go inside an SK payload (its first type is the first payload's). */
    public static byte[] innerOctets(List<Payload> inner) {
        return PayloadChain.encode(inner);
    }

    /** One SK datagram around {@code inner} octets taken as they are (for tests that send odd contents). */
    public byte[] encodeRaw(IkeHeader header, int firstInner, byte[] inner, SkKeys out) {
        return seal(header, false, firstInner, 0, 0, inner, 0, inner.length, out);
    }

    /**
     * One SKF datagram exactly as given (fragment {@code number} of {@code total}, inner octets
     * {@code inner}), without any check of the numbers: for tests that send odd fragments.
     */
    public byte[] encodeFragment(IkeHeader header, int firstInner, int number, int total, byte[] inner, SkKeys out) {
        return seal(header, true, firstInner, number, total, inner, 0, inner.length, out);
    }

    private static int paddedLength(int len, SkKeys k) {
        int block = k.blockSize();
        return len + 1 + (block - (len + 1) % block) % block;
    }

    private static int sealedSize(int plainLen, int skHeader, SkKeys k) {
        return IkeHeader.SIZE + skHeader + k.ivLength() + paddedLength(plainLen, k) + k.icvLength();
    }

    private byte[] seal(IkeHeader h, boolean fragment, int firstInner, int number, int total, byte[] plain, int off,
                        int len, SkKeys k) {
        int skHeader = fragment ? SKF_HEADER : SK_HEADER;
        int encLen = paddedLength(len, k);
        int padLength = encLen - len - 1;
        ByteWriter w = new ByteWriter(sealedSize(len, skHeader, k));
        writeHeader(h, (fragment ? PayloadType.SKF : PayloadType.SK).value(), w);
        w.u8(firstInner).u8(0).u16(skHeader + k.ivLength() + encLen + k.icvLength());
        if (fragment) {
            w.u16(number).u16(total);
        }
        int ivOff = w.size();
        w.bytes(random.bytes(k.ivLength()));
        int plainOff = w.size();
        w.bytes(plain, off, len).zeros(padLength).u8(padLength).zeros(k.icvLength());
        w.set32(24, w.size());
        byte[] buf = w.toByteArray();
        k.seal(buf, ivOff, plainOff, encLen);
        return buf;
    }
}
