package iosim.ikev2.message;

import java.util.ArrayList;
import java.util.List;

/** Walks a chain of generic payload headers (RFC 7296 3.2). Pure. */
final class PayloadChain {

    private PayloadChain() {
    }

    /**
     * Decodes the payloads in {@code buf[off, end)} starting with type {@code first}. Outside
     * SK{} an SK or SKF payload must be last; inside SK{} it is not allowed. An unknown
     * payload with the critical bit set is an UNSUPPORTED_CRITICAL_PAYLOAD error.
     */
    static List<Payload> parse(byte[] buf, int off, int end, int first, boolean insideSk)
            throws WireFormatException {
        List<Payload> payloads = new ArrayList<>();
        int next = first;
        while (next != 0) {
            int type = next;
            if (end - off < 4) {
                throw new WireFormatException("truncated generic payload header (type " + type + ")");
            }
            next = buf[off] & 0xff;
            boolean critical = (buf[off + 1] & 0x80) != 0;
            int len = ((buf[off + 2] & 0xff) << 8) | (buf[off + 3] & 0xff);
            if (len < 4 || len > end - off) {
                throw new WireFormatException("payload length " + len + " out of range (type " + type + ")");
            }
            ByteReader body = new ByteReader(buf, off + 4, off + len);
            Payload p = PayloadDecoder.decode(type, critical, body);
            if (p instanceof SkPayload || p instanceof SkfPayload) {
                if (insideSk) {
                    throw new WireFormatException("SK payload inside SK");
                }
                if (off + len != end) {
                    throw new WireFormatException("SK payload is not the last payload");
                }
                p = p instanceof SkPayload sk ? new SkPayload(next, sk.body())
                        : withFirst((SkfPayload) p, next);
                next = 0;
            } else if (p instanceof UnknownPayload u && u.critical()) {
                throw new WireFormatException("unsupported critical payload " + type,
                        NotifyType.UNSUPPORTED_CRITICAL_PAYLOAD, new byte[] {(byte) type});
            }
            payloads.add(p);
            off += len;
        }
        if (off != end) {
            throw new WireFormatException((end - off) + " octets after the last payload");
        }
        return payloads;
    }

    private static SkfPayload withFirst(SkfPayload f, int next) {
        return new SkfPayload(next, f.fragmentNumber(), f.totalFragments(), f.body());
    }

    /** Encodes payloads as a chain whose last Next Payload is 0. */
    static byte[] encode(List<Payload> payloads) {
        ByteWriter w = new ByteWriter(256);
        PayloadEncoder.encodeChain(payloads, 0, w);
        return w.toByteArray();
    }
}
