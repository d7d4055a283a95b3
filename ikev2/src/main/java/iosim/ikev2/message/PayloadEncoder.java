package iosim.ikev2.message;

import java.util.List;

/** Encodes payloads with their generic headers, chaining the Next Payload fields. Pure. */
final class PayloadEncoder {

    private PayloadEncoder() {
    }

    /** Type code of the first payload of a list (0 if empty). */
    static int firstType(List<Payload> payloads) {
        return payloads.isEmpty() ? 0 : payloads.get(0).typeValue();
    }

    /** Appends the payload chain; the last payload's Next Payload is {@code lastNext}. */
    static void encodeChain(List<Payload> payloads, int lastNext, ByteWriter w) {
        for (int i = 0; i < payloads.size(); i++) {
            Payload p = payloads.get(i);
            int next = i + 1 < payloads.size() ? payloads.get(i + 1).typeValue() : lastNext;
            if (p instanceof SkPayload sk) {
                next = sk.firstInnerPayload();
            } else if (p instanceof SkfPayload skf) {
                next = skf.firstInnerPayload();
            }
            encode(p, next, w);
        }
    }

    static void encode(Payload p, int next, ByteWriter w) {
        int start = w.size();
        boolean critical = p instanceof UnknownPayload u && u.critical();
        w.u8(next).u8(critical ? 0x80 : 0).u16(0);
        body(p, w);
        w.set16(start + 2, w.size() - start);
    }

    private static void body(Payload p, ByteWriter w) {
        // Java 17: no pattern matching for switch, so an instanceof chain over the sealed type
        if (p instanceof SaPayload sa) {
            sa(sa, w);
        } else if (p instanceof KePayload ke) {
            w.u16(ke.dhGroup()).u16(0).bytes(ke.data());
        } else if (p instanceof NoncePayload n) {
            w.bytes(n.data());
        } else if (p instanceof IdPayload id) {
            w.bytes(id.body());
        } else if (p instanceof CertPayload c) {
            w.u8(c.encoding()).bytes(c.data());
        } else if (p instanceof CertReqPayload c) {
            w.u8(c.encoding()).bytes(c.data());
        } else if (p instanceof AuthPayload a) {
            w.u8(a.method().value()).zeros(3).bytes(a.data());
        } else if (p instanceof NotifyPayload n) {
            w.u8(n.protocolId().value()).u8(n.spi().length).u16(n.type()).bytes(n.spi()).bytes(n.data());
        } else if (p instanceof DeletePayload d) {
            delete(d, w);
        } else if (p instanceof VendorIdPayload v) {
            w.bytes(v.data());
        } else if (p instanceof TsPayload ts) {
            ts(ts, w);
        } else if (p instanceof CpPayload cp) {
            cp(cp, w);
        } else if (p instanceof EapPayload e) {
            w.bytes(e.data());
        } else if (p instanceof SkPayload sk) {
            w.bytes(sk.body());
        } else if (p instanceof SkfPayload skf) {
            w.u16(skf.fragmentNumber()).u16(skf.totalFragments()).bytes(skf.body());
        } else if (p instanceof UnknownPayload u) {
            w.bytes(u.body());
        }
    }

    private static void sa(SaPayload sa, ByteWriter w) {
        List<Proposal> proposals = sa.proposals();
        for (int i = 0; i < proposals.size(); i++) {
            Proposal p = proposals.get(i);
            int start = w.size();
            w.u8(i + 1 < proposals.size() ? 2 : 0).u8(0).u16(0);
            w.u8(p.number()).u8(p.protocolId().value()).u8(p.spi().length).u8(p.transforms().size());
            w.bytes(p.spi());
            List<Transform> ts = p.transforms();
            for (int j = 0; j < ts.size(); j++) {
                Transform t = ts.get(j);
                if (t.type() == TransformType.UNRECOGNIZED) {
                    throw new IllegalArgumentException("cannot encode an unrecognized transform");
                }
                int tStart = w.size();
                w.u8(j + 1 < ts.size() ? 3 : 0).u8(0).u16(0);
                w.u8(t.type().value()).u8(0).u16(t.id());
                if (t.keyLengthBits() != null) {
                    w.u16(0x8000 | PayloadDecoder.ATTR_KEY_LENGTH).u16(t.keyLengthBits());
                }
                w.set16(tStart + 2, w.size() - tStart);
            }
            w.set16(start + 2, w.size() - start);
        }
    }

    private static void delete(DeletePayload d, ByteWriter w) {
        w.u8(d.protocolId().value()).u8(d.spiSize()).u16(d.spis().size());
        for (byte[] spi : d.spis()) {
            if (spi.length != d.spiSize()) {
                throw new IllegalArgumentException("delete SPI must be " + d.spiSize() + " octets");
            }
            w.bytes(spi);
        }
    }

    private static void ts(TsPayload ts, ByteWriter w) {
        w.u8(ts.selectors().size()).zeros(3);
        for (TrafficSelector s : ts.selectors()) {
            byte[] a = s.startAddress().getAddress();
            byte[] b = s.endAddress().getAddress();
            w.u8(s.tsType()).u8(s.ipProtocol()).u16(8 + a.length + b.length).u16(s.startPort()).u16(s.endPort())
                    .bytes(a).bytes(b);
        }
    }

    private static void cp(CpPayload cp, ByteWriter w) {
        w.u8(cp.cfgType()).zeros(3);
        for (CpPayload.Attribute a : cp.attributes()) {
            w.u16(a.type() & 0x7fff).u16(a.value().length).bytes(a.value());
        }
    }
}
