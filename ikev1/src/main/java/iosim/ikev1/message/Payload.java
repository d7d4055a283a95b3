package iosim.ikev1.message;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** The ISAKMP payloads IKEv1 uses (RFC 2408 3.4-3.16, RFC 2407 4.6, RFC 3947 3). */
public sealed interface Payload {

    int type();

    /** SA (RFC 2408 3.4) with the IPsec DOI (1) and situation SIT_IDENTITY_ONLY (1). */
    record Sa(int doi, int situation, List<Proposal> proposals) implements Payload {
        public static final int DOI_IPSEC = 1;
        public static final int SIT_IDENTITY_ONLY = 1;

        public static Sa of(List<Proposal> proposals) {
            return new Sa(DOI_IPSEC, SIT_IDENTITY_ONLY, List.copyOf(proposals));
        }

        @Override
        public int type() {
            return PayloadType.SA;
        }
    }

    /** Proposal (3.5): protocol 1 ISAKMP, 2 AH, 3 ESP (RFC 2407 4.4.1). */
    record Proposal(int number, int protocolId, byte[] spi, List<Transform> transforms) {
        public static final int PROTO_ISAKMP = 1;
        public static final int PROTO_AH = 2;
        public static final int PROTO_ESP = 3;
    }

    /** Transform (3.6) with its attributes in wire order. */
    record Transform(int number, int transformId, List<Attribute> attributes) {
        public static final int KEY_IKE = 1;

        public Optional<Attribute> attribute(int type) {
            return attributes.stream().filter(a -> a.type() == type).findFirst();
        }
    }

    record Ke(byte[] data) implements Payload {
        @Override
        public int type() {
            return PayloadType.KE;
        }
    }

    /** Identification (RFC 2407 4.6.2): ID type, IP protocol, port, data. */
    record Id(int idType, int protocol, int port, byte[] data) implements Payload {
        public static final int IPV4_ADDR = 1;
        public static final int FQDN = 2;
        public static final int USER_FQDN = 3;
        public static final int IPV4_ADDR_SUBNET = 4;
        public static final int IPV4_ADDR_RANGE = 7;
        public static final int KEY_ID = 11;

        @Override
        public int type() {
            return PayloadType.ID;
        }
    }

    record Cert(int encoding, byte[] data) implements Payload {
        @Override
        public int type() {
            return PayloadType.CERT;
        }
    }

    record CertRequest(int encoding, byte[] data) implements Payload {
        @Override
        public int type() {
            return PayloadType.CR;
        }
    }

    record Hash(byte[] data) implements Payload {
        @Override
        public int type() {
            return PayloadType.HASH;
        }
    }

    record Sig(byte[] data) implements Payload {
        @Override
        public int type() {
            return PayloadType.SIG;
        }
    }

    record Nonce(byte[] data) implements Payload {
        @Override
        public int type() {
            return PayloadType.NONCE;
        }
    }

    /** Notification (3.14); for ISAKMP-SA notifies (DPD) the SPI is the two cookies. */
    record Notify(int doi, int protocolId, byte[] spi, int notifyType, byte[] data) implements Payload {
        @Override
        public int type() {
            return PayloadType.NOTIFY;
        }
    }

    /** Delete (3.15): SPIs of one protocol, all of the same size. */
    record Delete(int doi, int protocolId, int spiSize, List<byte[]> spis) implements Payload {
        @Override
        public int type() {
            return PayloadType.DELETE;
        }
    }

    record VendorId(byte[] data) implements Payload {
        @Override
        public int type() {
            return PayloadType.VID;
        }

        @Override
        public String toString() {
            return "VendorId[" + HexFormat.of().formatHex(data) + "]";
        }
    }

    /** NAT-D (RFC 3947 3.2): HASH(CKY-I | CKY-R | IP | Port). */
    record NatD(byte[] hash) implements Payload {
        @Override
        public int type() {
            return PayloadType.NAT_D;
        }
    }

    /** A payload of a private-use type (128-255) we do not interpret, kept as its body. */
    record Unknown(int type, byte[] body) implements Payload {
    }
}
