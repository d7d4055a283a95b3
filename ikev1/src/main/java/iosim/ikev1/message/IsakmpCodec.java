package iosim.ikev1.message;

import iosim.ikev1.message.Payload.Proposal;
import iosim.ikev1.message.Payload.Transform;
import java.util.ArrayList;
import java.util.List;

/**
 * ISAKMP wire format (RFC 2408 3, RFC 2407 4.6, RFC 3947 3). Decoders are pure functions
 * returning a {@link DecodeResult}; nothing they are given makes them throw. Encoders take the
 * payload records and produce the octets (the caller encrypts the chain when the E flag is set).
 */
public final class IsakmpCodec {

    /** Upper bound on proposals/transforms/attributes/SPIs in one structure (DoS guard). */
    static final int MAX_ITEMS = 64;

    private IsakmpCodec() {}

    // ---------------------------------------------------------------- decoding

    /** Decodes a datagram: plaintext messages fully, encrypted ones up to their ciphertext. */
    public static DecodeResult decode(byte[] datagram) {
        if (datagram == null || datagram.length < IsakmpHeader.SIZE) {
            return new DecodeResult.Error(null, "shorter than an ISAKMP header", NotifyType.PAYLOAD_MALFORMED);
        }
        IsakmpHeader h;
        try {
            ByteReader r = new ByteReader(datagram, 0, datagram.length);
            h = new IsakmpHeader(r.u64("icookie"), r.u64("rcookie"), r.u8("next"), r.u8("version"), r.u8("exchange"),
                    r.u8("flags"), r.u32("message id"), r.u32("length"));
        } catch (WireFormatException e) {
            return new DecodeResult.Error(null, e.getMessage(), NotifyType.PAYLOAD_MALFORMED);
        }
        if ((h.version() >>> 4) != 1) {
            return new DecodeResult.Error(h, "major version " + (h.version() >>> 4), NotifyType.INVALID_MAJOR_VERSION);
        }
        if (h.length() < IsakmpHeader.SIZE || Integer.toUnsignedLong(h.length()) > datagram.length) {
            return new DecodeResult.Error(h, "length " + Integer.toUnsignedLong(h.length()) + " but datagram "
                    + datagram.length, NotifyType.PAYLOAD_MALFORMED);
        }
        if (h.initiatorCookie() == 0) {
            return new DecodeResult.Error(h, "zero initiator cookie", NotifyType.INVALID_COOKIE);
        }
        if ((h.flags() & ~0x07) != 0) {
            return new DecodeResult.Error(h, "flags 0x" + Integer.toHexString(h.flags()), NotifyType.INVALID_FLAGS);
        }
        byte[] body = java.util.Arrays.copyOfRange(datagram, IsakmpHeader.SIZE, h.length());
        if (h.encrypted()) {
            if (body.length == 0) {
                return new DecodeResult.Error(h, "empty encrypted body", NotifyType.PAYLOAD_MALFORMED);
            }
            return new DecodeResult.Encrypted(h, body);
        }
        return decodePayloads(h, body, 0, body.length);
    }

    /**
     * Decodes the payload chain that starts with {@code header.nextPayload()} in
     * {@code body[off, end)}. Octets after the last payload (CBC padding) are ignored.
     */
    public static DecodeResult decodePayloads(IsakmpHeader header, byte[] body, int off, int end) {
        List<Payload> payloads = new ArrayList<>();
        List<byte[]> raw = new ArrayList<>();
        int next = header.nextPayload();
        try {
            ByteReader r = new ByteReader(body, off, end);
            while (next != PayloadType.NONE) {
                if (payloads.size() >= MAX_ITEMS) {
                    throw new WireFormatException("too many payloads");
                }
                int start = r.position();
                int following = r.u8("next payload");
                r.u8("reserved");
                int length = r.u16("payload length");
                if (length < 4) {
                    throw new WireFormatException("payload length " + length);
                }
                ByteReader p = r.slice(length - 4, "payload " + next);
                payloads.add(payload(next, p));
                raw.add(java.util.Arrays.copyOfRange(body, start, start + length));
                next = following;
            }
        } catch (WireFormatException e) {
            return new DecodeResult.Error(header, e.getMessage(), e.notifyType());
        }
        return new DecodeResult.Ok(new IsakmpMessage(header, List.copyOf(payloads), List.copyOf(raw)));
    }

    private static Payload payload(int type, ByteReader r) throws WireFormatException {
        return switch (type) {
            case PayloadType.SA -> sa(r);
            case PayloadType.KE -> new Payload.Ke(nonEmpty(r, "KE"));
            case PayloadType.ID -> new Payload.Id(r.u8("id type"), r.u8("id protocol"), r.u16("id port"), r.rest());
            case PayloadType.CERT -> new Payload.Cert(r.u8("cert encoding"), r.rest());
            case PayloadType.CR -> new Payload.CertRequest(r.u8("cr encoding"), r.rest());
            case PayloadType.HASH -> new Payload.Hash(nonEmpty(r, "HASH"));
            case PayloadType.SIG -> new Payload.Sig(nonEmpty(r, "SIG"));
            case PayloadType.NONCE -> nonce(r);
            case PayloadType.NOTIFY -> notify(r);
            case PayloadType.DELETE -> delete(r);
            case PayloadType.VID -> new Payload.VendorId(r.rest());
            case PayloadType.NAT_D -> new Payload.NatD(nonEmpty(r, "NAT-D"));
            default -> {
                if (type >= 128) {
                    yield new Payload.Unknown(type, r.rest());
                }
                throw new WireFormatException("payload type " + type, NotifyType.INVALID_PAYLOAD_TYPE);
            }
        };
    }

    private static byte[] nonEmpty(ByteReader r, String what) throws WireFormatException {
        if (r.remaining() == 0) {
            throw new WireFormatException("empty " + what);
        }
        return r.rest();
    }

    private static Payload nonce(ByteReader r) throws WireFormatException {
        // RFC 2409 5: nonce data between 8 and 256 octets
        if (r.remaining() < 8 || r.remaining() > 256) {
            throw new WireFormatException("nonce length " + r.remaining());
        }
        return new Payload.Nonce(r.rest());
    }

    private static Payload.Sa sa(ByteReader r) throws WireFormatException {
        int doi = r.u32("DOI");
        if (doi != Payload.Sa.DOI_IPSEC) {
            throw new WireFormatException("DOI " + doi, NotifyType.DOI_NOT_SUPPORTED);
        }
        int situation = r.u32("situation");
        List<Proposal> proposals = new ArrayList<>();
        int next = PayloadType.PROPOSAL;
        while (next != PayloadType.NONE) {
            if (next != PayloadType.PROPOSAL || proposals.size() >= MAX_ITEMS) {
                throw new WireFormatException("bad proposal chain");
            }
            next = r.u8("proposal next");
            r.u8("reserved");
            int len = r.u16("proposal length");
            if (len < 8) {
                throw new WireFormatException("proposal length " + len);
            }
            ByteReader p = r.slice(len - 4, "proposal");
            int number = p.u8("proposal #");
            int protocol = p.u8("protocol");
            int spiSize = p.u8("spi size");
            int count = p.u8("transform count");
            byte[] spi = p.bytes(spiSize, "spi");
            List<Transform> transforms = new ArrayList<>();
            int tnext = count == 0 ? PayloadType.NONE : PayloadType.TRANSFORM;
            while (tnext != PayloadType.NONE) {
                if (tnext != PayloadType.TRANSFORM || transforms.size() >= MAX_ITEMS) {
                    throw new WireFormatException("bad transform chain");
                }
                tnext = p.u8("transform next");
                p.u8("reserved");
                int tlen = p.u16("transform length");
                if (tlen < 8) {
                    throw new WireFormatException("transform length " + tlen);
                }
                ByteReader t = p.slice(tlen - 4, "transform");
                int tnum = t.u8("transform #");
                int tid = t.u8("transform id");
                t.u16("reserved2");
                transforms.add(new Transform(tnum, tid, attributes(t)));
            }
            if (transforms.size() != count) {
                throw new WireFormatException("proposal says " + count + " transforms, has " + transforms.size());
            }
            proposals.add(new Proposal(number, protocol, spi, List.copyOf(transforms)));
        }
        if (proposals.isEmpty()) {
            throw new WireFormatException("SA without proposals", NotifyType.NO_PROPOSAL_CHOSEN);
        }
        return new Payload.Sa(doi, situation, List.copyOf(proposals));
    }

    private static List<Attribute> attributes(ByteReader t) throws WireFormatException {
        List<Attribute> out = new ArrayList<>();
        while (t.remaining() > 0) {
            if (out.size() >= MAX_ITEMS) {
                throw new WireFormatException("too many attributes");
            }
            int typeField = t.u16("attribute type");
            int type = typeField & 0x7fff;
            if ((typeField & 0x8000) != 0) {
                out.add(new Attribute(type, t.u16("attribute value"), null));
            } else {
                int len = t.u16("attribute length");
                byte[] v = t.bytes(len, "attribute value");
                long value = 0;
                if (len <= 8) {
                    for (byte b : v) {
                        value = (value << 8) | (b & 0xff);
                    }
                } else {
                    value = -1;
                }
                out.add(new Attribute(type, value, v));
            }
        }
        return List.copyOf(out);
    }

    private static Payload.Notify notify(ByteReader r) throws WireFormatException {
        int doi = r.u32("notify DOI");
        int protocol = r.u8("notify protocol");
        int spiSize = r.u8("notify spi size");
        int type = r.u16("notify type");
        byte[] spi = r.bytes(spiSize, "notify spi");
        return new Payload.Notify(doi, protocol, spi, type, r.rest());
    }

    private static Payload.Delete delete(ByteReader r) throws WireFormatException {
        int doi = r.u32("delete DOI");
        int protocol = r.u8("delete protocol");
        int spiSize = r.u8("delete spi size");
        int count = r.u16("delete spi count");
        if (spiSize == 0 || count == 0 || count > MAX_ITEMS) {
            throw new WireFormatException("delete with " + count + " SPIs of " + spiSize + " octets");
        }
        List<byte[]> spis = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            spis.add(r.bytes(spiSize, "delete spi"));
        }
        return new Payload.Delete(doi, protocol, spiSize, List.copyOf(spis));
    }

    // ---------------------------------------------------------------- encoding

    /** The payload chain: each payload with the generic header naming the next one's type. */
    public static byte[] encodeChain(List<? extends Payload> payloads) {
        ByteWriter w = new ByteWriter(256);
        for (int i = 0; i < payloads.size(); i++) {
            int next = i + 1 < payloads.size() ? payloads.get(i + 1).type() : PayloadType.NONE;
            byte[] body = encodeBody(payloads.get(i));
            w.u8(next).u8(0).u16(body.length + 4).bytes(body);
        }
        return w.toByteArray();
    }

    /** A whole message: header (with length and first payload type) followed by {@code body}. */
    public static byte[] encodeMessage(IsakmpHeader h, int firstPayload, byte[] body) {
        ByteWriter w = new ByteWriter(IsakmpHeader.SIZE + body.length);
        w.u64(h.initiatorCookie()).u64(h.responderCookie()).u8(firstPayload).u8(h.version()).u8(h.exchangeType())
                .u8(h.flags()).u32(h.messageId()).u32(IsakmpHeader.SIZE + body.length).bytes(body);
        return w.toByteArray();
    }

    /** A plaintext message. */
    public static byte[] encode(IsakmpHeader h, List<? extends Payload> payloads) {
        return encodeMessage(h, payloads.isEmpty() ? PayloadType.NONE : payloads.get(0).type(), encodeChain(payloads));
    }

    /** A payload's body, without its generic header (SAi_b, IDii_b, Ni_b of RFC 2409). */
    public static byte[] encodeBody(Payload p) {
        ByteWriter w = new ByteWriter(64);
        if (p instanceof Payload.Sa sa) {
            w.u32(sa.doi()).u32(sa.situation());
            for (int i = 0; i < sa.proposals().size(); i++) {
                byte[] prop = proposal(sa.proposals().get(i));
                w.u8(i + 1 < sa.proposals().size() ? PayloadType.PROPOSAL : 0).u8(0).u16(prop.length + 4).bytes(prop);
            }
        } else if (p instanceof Payload.Ke ke) {
            w.bytes(ke.data());
        } else if (p instanceof Payload.Id id) {
            w.u8(id.idType()).u8(id.protocol()).u16(id.port()).bytes(id.data());
        } else if (p instanceof Payload.Cert c) {
            w.u8(c.encoding()).bytes(c.data());
        } else if (p instanceof Payload.CertRequest c) {
            w.u8(c.encoding()).bytes(c.data());
        } else if (p instanceof Payload.Hash h) {
            w.bytes(h.data());
        } else if (p instanceof Payload.Sig s) {
            w.bytes(s.data());
        } else if (p instanceof Payload.Nonce n) {
            w.bytes(n.data());
        } else if (p instanceof Payload.Notify n) {
            w.u32(n.doi()).u8(n.protocolId()).u8(n.spi().length).u16(n.notifyType()).bytes(n.spi()).bytes(n.data());
        } else if (p instanceof Payload.Delete d) {
            w.u32(d.doi()).u8(d.protocolId()).u8(d.spiSize()).u16(d.spis().size());
            d.spis().forEach(w::bytes);
        } else if (p instanceof Payload.VendorId v) {
            w.bytes(v.data());
        } else if (p instanceof Payload.NatD n) {
            w.bytes(n.hash());
        } else if (p instanceof Payload.Unknown u) {
            w.bytes(u.body());
        }
        return w.toByteArray();
    }

    /** Data attributes in wire form (transforms, RESPONDER_LIFETIME notify data). */
    public static byte[] encodeAttributes(List<Attribute> attributes) {
        ByteWriter w = new ByteWriter(32);
        for (Attribute a : attributes) {
            if (a.isBasic()) {
                w.u16(0x8000 | a.type()).u16((int) a.value());
            } else {
                w.u16(a.type()).u16(a.variable().length).bytes(a.variable());
            }
        }
        return w.toByteArray();
    }

    /** Data attributes from wire form; null when malformed. */
    public static List<Attribute> decodeAttributes(byte[] data) {
        try {
            return attributes(new ByteReader(data, 0, data.length));
        } catch (WireFormatException e) {
            return null;
        }
    }

    private static byte[] proposal(Proposal p) {
        ByteWriter w = new ByteWriter(64);
        w.u8(p.number()).u8(p.protocolId()).u8(p.spi().length).u8(p.transforms().size()).bytes(p.spi());
        for (int i = 0; i < p.transforms().size(); i++) {
            Transform t = p.transforms().get(i);
            ByteWriter tw = new ByteWriter(32);
            tw.u8(t.number()).u8(t.transformId()).u16(0);
            tw.bytes(encodeAttributes(t.attributes()));
            byte[] tb = tw.toByteArray();
            w.u8(i + 1 < p.transforms().size() ? PayloadType.TRANSFORM : 0).u8(0).u16(tb.length + 4).bytes(tb);
        }
        return w.toByteArray();
    }
}
