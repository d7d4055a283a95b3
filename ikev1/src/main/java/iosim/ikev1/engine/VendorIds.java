package iosim.ikev1.engine;

import iosim.ikev1.crypto.Bytes;
import iosim.ikev1.crypto.HashAlgorithm;
import iosim.ikev1.message.Payload;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/** The vendor IDs we announce and recognise, and the NAT-D hashes of RFC 3947. */
final class VendorIds {
    /** RFC 3947 NAT-T: MD5("RFC 3947"). */
    static final byte[] NAT_T_RFC3947 = HexFormat.of().parseHex("4a131c81070358455c5728f20e95452f");
    /** RFC 3706 DPD. */
    static final byte[] DPD = HexFormat.of().parseHex("afcad71368a1f1c96b8696fc77570100");

    private VendorIds() {}

    static List<Payload.VendorId> ours(boolean natT) {
        return natT ? List.of(new Payload.VendorId(DPD), new Payload.VendorId(NAT_T_RFC3947))
                : List.of(new Payload.VendorId(DPD));
    }

    static boolean has(List<Payload.VendorId> vids, byte[] id) {
        return vids.stream().anyMatch(v -> Arrays.equals(v.data(), id));
    }

    /** HASH(CKY-I | CKY-R | IP | Port) with the negotiated hash. */
    static byte[] natD(HashAlgorithm hash, long icookie, long rcookie, InetSocketAddress a) {
        int port = a.getPort();
        return hash.hash(Bytes.u64(icookie), Bytes.u64(rcookie), a.getAddress().getAddress(),
                new byte[] {(byte) (port >>> 8), (byte) port});
    }

    /** The two NAT-D payloads we send: the destination first, then our own address. */
    static List<Payload.NatD> natDPayloads(IsakmpSa sa) {
        HashAlgorithm h = sa.policy.hash();
        return List.of(new Payload.NatD(natD(h, sa.icookie, sa.rcookie, sa.remote)),
                new Payload.NatD(natD(h, sa.icookie, sa.rcookie, sa.local)));
    }

    /**
     * True when the peer's NAT-D payloads show a NAT between us: the first must hash our
     * address as we see it, one of the others the address the datagram came from.
     */
    static boolean natBetween(IsakmpSa sa, List<Payload.NatD> received, InetSocketAddress from, InetSocketAddress to) {
        if (received.size() < 2) {
            return false;
        }
        HashAlgorithm h = sa.policy.hash();
        boolean localOk = Arrays.equals(received.get(0).hash(), natD(h, sa.icookie, sa.rcookie, to));
        byte[] peer = natD(h, sa.icookie, sa.rcookie, from);
        boolean peerOk = received.stream().skip(1).anyMatch(n -> Arrays.equals(n.hash(), peer));
        return !localOk || !peerOk;
    }
}
