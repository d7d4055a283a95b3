package iosim.ikev2.message;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/** Decodes one payload body (after the 4-octet generic header) by payload type. Pure. */
final class PayloadDecoder {

    /** Key Length attribute type (RFC 7296 3.3.5). */
    static final int ATTR_KEY_LENGTH = 14;

    private PayloadDecoder() {
    }

    static Payload decode(int type, boolean critical, ByteReader r) throws WireFormatException {
        PayloadType known = PayloadType.of(type).orElse(null);
        if (known == null || known == PayloadType.NONE) {
            return new UnknownPayload(type, critical, r.rest());
        }
        return switch (known) {
            case SA -> sa(r);
            case KE -> ke(r);
            case ID_I, ID_R -> id(known == PayloadType.ID_I, r);
            case CERT -> new CertPayload(r.u8("CERT encoding"), r.rest());
            case CERTREQ -> new CertReqPayload(r.u8("CERTREQ encoding"), r.rest());
            case AUTH -> auth(r);
            case NONCE -> nonce(r);
            case NOTIFY -> notify(r);
            case DELETE -> delete(r);
            case VENDOR_ID -> new VendorIdPayload(r.rest());
            case TS_I, TS_R -> ts(known == PayloadType.TS_I, r);
            case CP -> cp(r);
            case EAP -> eap(r);
            case SK -> new SkPayload(0, r.rest());
            case SKF -> skf(r);
            case NONE -> throw new WireFormatException("payload type 0");
        };
    }

    private static SaPayload sa(ByteReader r) throws WireFormatException {
        List<Proposal> proposals = new ArrayList<>();
        boolean last = false;
        int expectedNumber = 1;
        while (!last) {
            int more = r.u8("proposal last");
            if (more != 0 && more != 2) {
                throw new WireFormatException("bad proposal substructure type " + more);
            }
            last = more == 0;
            r.skip(1, "proposal reserved");
            int len = r.u16("proposal length");
            if (len < 8) {
                throw new WireFormatException("proposal length " + len);
            }
            ByteReader p = r.slice(len - 4, "proposal");
            proposals.add(proposal(p, expectedNumber));
            expectedNumber = proposals.get(proposals.size() - 1).number() + 1;
        }
        if (r.remaining() != 0) {
            throw new WireFormatException("trailing octets after last proposal");
        }
        return new SaPayload(proposals);
    }

    private static Proposal proposal(ByteReader p, int expectedNumber) throws WireFormatException {
        int number = p.u8("proposal number");
        int protocol = p.u8("protocol id");
        int spiSize = p.u8("spi size");
        int count = p.u8("transform count");
        ProtocolId pid = ProtocolId.of(protocol).filter(x -> x != ProtocolId.NONE)
                .orElseThrow(() -> new WireFormatException("unknown protocol id " + protocol));
        byte[] spi = p.bytes(spiSize, "proposal SPI");
        List<Transform> transforms = new ArrayList<>();
        boolean last = count == 0;
        while (!last) {
            int more = p.u8("transform last");
            if (more != 0 && more != 3) {
                throw new WireFormatException("bad transform substructure type " + more);
            }
            last = more == 0;
            p.skip(1, "transform reserved");
            int len = p.u16("transform length");
            if (len < 8) {
                throw new WireFormatException("transform length " + len);
            }
            transforms.add(transform(p.slice(len - 4, "transform")));
        }
        if (transforms.size() != count) {
            throw new WireFormatException("transform count " + count + " but " + transforms.size() + " present");
        }
        if (p.remaining() != 0) {
            throw new WireFormatException("trailing octets in proposal");
        }
        if (number == 0) {
            throw new WireFormatException("proposal number 0");
        }
        return new Proposal(number, pid, spi, transforms);
    }

    private static Transform transform(ByteReader t) throws WireFormatException {
        int type = t.u8("transform type");
        t.skip(1, "transform reserved");
        int id = t.u16("transform id");
        Integer keyLength = null;
        boolean unrecognized = false;
        while (t.remaining() > 0) {
            int af = t.u16("attribute type");
            int attrType = af & 0x7fff;
            if ((af & 0x8000) != 0) {
                int value = t.u16("attribute value");
                if (attrType == ATTR_KEY_LENGTH && keyLength == null) {
                    keyLength = value;
                } else {
                    unrecognized = true;
                }
            } else {
                int len = t.u16("attribute length");
                t.skip(len, "attribute value");
                unrecognized = true;
            }
        }
        return new Transform(TransformType.of(type), id, keyLength, unrecognized);
    }

    private static KePayload ke(ByteReader r) throws WireFormatException {
        int group = r.u16("KE group");
        r.skip(2, "KE reserved");
        byte[] data = r.rest();
        if (data.length == 0) {
            throw new WireFormatException("empty KE data");
        }
        return new KePayload(group, data);
    }

    private static IdPayload id(boolean initiator, ByteReader r) throws WireFormatException {
        int t = r.u8("ID type");
        r.skip(3, "ID reserved");
        IdType type = IdType.of(t).orElseThrow(() -> new WireFormatException("unknown ID type " + t));
        byte[] data = r.rest();
        if ((type == IdType.IPV4_ADDR && data.length != 4) || (type == IdType.IPV6_ADDR && data.length != 16)) {
            throw new WireFormatException("bad " + type + " length " + data.length);
        }
        return new IdPayload(initiator, type, data);
    }

    private static AuthPayload auth(ByteReader r) throws WireFormatException {
        int m = r.u8("auth method");
        r.skip(3, "AUTH reserved");
        AuthMethod method = AuthMethod.of(m).orElseThrow(() -> new WireFormatException("unknown auth method " + m));
        return new AuthPayload(method, r.rest());
    }

    private static NoncePayload nonce(ByteReader r) throws WireFormatException {
        byte[] data = r.rest();
        if (data.length < 16 || data.length > 256) {
            throw new WireFormatException("nonce length " + data.length);
        }
        return new NoncePayload(data);
    }

    private static NotifyPayload notify(ByteReader r) throws WireFormatException {
        int protocol = r.u8("notify protocol");
        int spiSize = r.u8("notify spi size");
        int type = r.u16("notify type");
        ProtocolId pid = ProtocolId.of(protocol)
                .orElseThrow(() -> new WireFormatException("unknown notify protocol " + protocol));
        byte[] spi = r.bytes(spiSize, "notify SPI");
        return new NotifyPayload(pid, spi, type, r.rest());
    }

    private static DeletePayload delete(ByteReader r) throws WireFormatException {
        int protocol = r.u8("delete protocol");
        int spiSize = r.u8("delete spi size");
        int count = r.u16("delete spi count");
        ProtocolId pid = ProtocolId.of(protocol).filter(x -> x != ProtocolId.NONE)
                .orElseThrow(() -> new WireFormatException("unknown delete protocol " + protocol));
        int expected = pid == ProtocolId.IKE ? 0 : 4;
        if (spiSize != expected || (pid == ProtocolId.IKE && count != 0)) {
            throw new WireFormatException("bad delete SPI size " + spiSize + " for " + pid);
        }
        List<byte[]> spis = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            spis.add(r.bytes(spiSize, "delete SPI"));
        }
        if (r.remaining() != 0) {
            throw new WireFormatException("trailing octets in delete");
        }
        return new DeletePayload(pid, spis);
    }

    private static TsPayload ts(boolean initiator, ByteReader r) throws WireFormatException {
        int count = r.u8("TS count");
        r.skip(3, "TS reserved");
        if (count == 0) {
            throw new WireFormatException("no traffic selectors");
        }
        List<TrafficSelector> selectors = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int type = r.u8("TS type");
            int proto = r.u8("TS protocol");
            int len = r.u16("TS length");
            if (len < 8) {
                throw new WireFormatException("TS length " + len);
            }
            ByteReader s = r.slice(len - 4, "traffic selector");
            int startPort = s.u16("TS start port");
            int endPort = s.u16("TS end port");
            int addrLen = type == TrafficSelector.TS_IPV4_ADDR_RANGE ? 4
                    : type == TrafficSelector.TS_IPV6_ADDR_RANGE ? 16 : -1;
            if (addrLen < 0) {
                continue; // unknown TS type (e.g. Fibre Channel): skipped
            }
            if (s.remaining() != 2 * addrLen) {
                throw new WireFormatException("TS length " + len + " for type " + type);
            }
            selectors.add(new TrafficSelector(proto, startPort, endPort, address(s.bytes(addrLen, "TS start")),
                    address(s.bytes(addrLen, "TS end"))));
        }
        if (r.remaining() != 0) {
            throw new WireFormatException("trailing octets after traffic selectors");
        }
        if (selectors.isEmpty()) {
            throw new WireFormatException("no IPv4/IPv6 traffic selector");
        }
        return new TsPayload(initiator, selectors);
    }

    private static InetAddress address(byte[] b) throws WireFormatException {
        try {
            return InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            throw new WireFormatException("bad address");
        }
    }

    private static CpPayload cp(ByteReader r) throws WireFormatException {
        int cfgType = r.u8("CP type");
        r.skip(3, "CP reserved");
        List<CpPayload.Attribute> attributes = new ArrayList<>();
        while (r.remaining() > 0) {
            int type = r.u16("CP attribute type") & 0x7fff;
            int len = r.u16("CP attribute length");
            attributes.add(new CpPayload.Attribute(type, r.bytes(len, "CP attribute value")));
        }
        return new CpPayload(cfgType, attributes);
    }

    private static EapPayload eap(ByteReader r) throws WireFormatException {
        byte[] data = r.rest();
        if (data.length < 4) {
            throw new WireFormatException("EAP message too short");
        }
        return new EapPayload(data);
    }

    private static SkfPayload skf(ByteReader r) throws WireFormatException {
        int number = r.u16("fragment number");
        int total = r.u16("total fragments");
        if (number == 0 || total == 0 || number > total) {
            throw new WireFormatException("bad fragment " + number + "/" + total);
        }
        return new SkfPayload(0, number, total, r.rest());
    }
}
