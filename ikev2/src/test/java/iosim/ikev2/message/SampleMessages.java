package iosim.ikev2.message;

import iosim.ike.crypto.DhGroup;
import iosim.ike.crypto.EncryptionAlgorithm;
import iosim.ike.crypto.IntegrityAlgorithm;
import iosim.ike.crypto.PrfAlgorithm;
import iosim.ikev2.crypto.CryptoSuite;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Test support: messages using every payload type. */
final class SampleMessages {

    private SampleMessages() {
    }

    static InetAddress addr(String s) {
        try {
            return InetAddress.getByName(s);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static byte[] filled(int n, int v) {
        byte[] b = new byte[n];
        java.util.Arrays.fill(b, (byte) v);
        return b;
    }

    static IkeMessage ikeSaInit() {
        CryptoSuite s = CryptoSuite.ike(EncryptionAlgorithm.AES_CBC, 256, PrfAlgorithm.HMAC_SHA2_256,
                IntegrityAlgorithm.HMAC_SHA2_256_128, DhGroup.MODP_2048);
        CryptoSuite g = CryptoSuite.ike(EncryptionAlgorithm.AES_GCM_16, 128, PrfAlgorithm.HMAC_SHA2_512, null,
                DhGroup.CURVE25519);
        return new IkeMessage(IkeHeader.request(0x1122334455667788L, 0, ExchangeType.IKE_SA_INIT, 0, true), List.of(
                new SaPayload(List.of(new Proposal(1, ProtocolId.IKE, new byte[0], SuiteTransforms.transformsOf(s, false)),
                        new Proposal(2, ProtocolId.IKE, new byte[0], SuiteTransforms.transformsOf(g, false)))),
                new KePayload(14, filled(256, 7)),
                new NoncePayload(filled(32, 9)),
                NotifyPayload.of(NotifyType.NAT_DETECTION_SOURCE_IP, filled(20, 1)),
                NotifyPayload.of(NotifyType.NAT_DETECTION_DESTINATION_IP, filled(20, 2)),
                NotifyPayload.of(NotifyType.IKEV2_FRAGMENTATION_SUPPORTED),
                new VendorIdPayload(filled(16, 0x43))));
    }

    static List<Payload> ikeAuthPayloads() {
        CryptoSuite esp = new CryptoSuite(EncryptionAlgorithm.AES_CBC, 128, null, IntegrityAlgorithm.HMAC_SHA1_96,
                null, false);
        return List.of(
                IdPayload.ipAddress(true, addr("203.0.113.10")),
                NotifyPayload.of(NotifyType.INITIAL_CONTACT),
                IdPayload.fqdn(false, "r2.example.net"),
                new AuthPayload(AuthMethod.SHARED_KEY_MIC, filled(32, 0x5a)),
                new CpPayload(CpPayload.CFG_REQUEST, List.of(new CpPayload.Attribute(1, new byte[0]))),
                new SaPayload(List.of(new Proposal(1, ProtocolId.ESP, new byte[] {1, 2, 3, 4},
                        SuiteTransforms.transformsOf(esp, true)))),
                new TsPayload(true, List.of(TrafficSelector.ofPrefix(addr("192.168.1.0"), 24),
                        TrafficSelector.ofPrefix(addr("2001:db8::"), 32))),
                new TsPayload(false, List.of(new TrafficSelector(17, 500, 500, addr("10.0.0.1"), addr("10.0.0.9")))),
                new NotifyPayload(ProtocolId.ESP, new byte[] {9, 9, 9, 9}, NotifyType.REKEY_SA.value(), new byte[0]),
                new CertReqPayload(4, filled(20, 3)),
                new CertPayload(4, filled(40, 4)),
                IdPayload.email(true, "user@example.net"),
                IdPayload.keyId(false, new byte[] {1, 2, 3}),
                new DeletePayload(ProtocolId.ESP, List.of(new byte[] {0, 0, 0, 1}, new byte[] {0, 0, 0, 2})),
                DeletePayload.ike(),
                new EapPayload(new byte[] {1, 2, 0, 5, 1}),
                new UnknownPayload(200, false, new byte[] {1, 2, 3}));
    }
}
