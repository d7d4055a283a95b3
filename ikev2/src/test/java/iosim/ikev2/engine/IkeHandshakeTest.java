package iosim.ikev2.engine;

import static iosim.ikev2.engine.EnginePair.of;
import static org.assertj.core.api.Assertions.assertThat;

import iosim.ikev2.api.ChildSaKeys;
import iosim.ikev2.api.IkeEvent;
import iosim.ikev2.api.IkeSaSnapshot;
import iosim.ikev2.api.KeyExchangeGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IkeHandshakeTest {

    @Test
    void ikeSaInitAndAuthEstablishIkeAndChildSaOnBothSides() {
        EnginePair p = new EnginePair();
        p.b.addPeer(EnginePair.paramsB(EnginePair.cbc256()));
        long spi = p.a.initiate(EnginePair.paramsA(EnginePair.cbc256()));
        p.pump();

        assertThat(of(p.eventsA, IkeEvent.IkeSaUp.class)).hasSize(1);
        assertThat(of(p.eventsB, IkeEvent.IkeSaUp.class)).hasSize(1);
        ChildSaKeys ka = of(p.eventsA, IkeEvent.ChildSaInstalled.class).get(0).keys();
        ChildSaKeys kb = of(p.eventsB, IkeEvent.ChildSaInstalled.class).get(0).keys();
        assertThat(ka.inboundSpi()).isEqualTo(kb.outboundSpi());
        assertThat(ka.outboundSpi()).isEqualTo(kb.inboundSpi());
        assertThat(ka.outboundEncryptionKey()).isEqualTo(kb.inboundEncryptionKey());
        assertThat(ka.inboundEncryptionKey()).isEqualTo(kb.outboundEncryptionKey());
        assertThat(ka.outboundEncryptionKey()).hasSize(36).isNotEqualTo(ka.inboundEncryptionKey());
        assertThat(ka.localSelectors()).isEqualTo(kb.remoteSelectors());
        assertThat(ka.encapsulation()).isFalse();

        IkeSaSnapshot s = p.a.snapshot(spi).orElseThrow();
        assertThat(s.state()).isEqualTo("ESTABLISHED");
        assertThat(s.children()).hasSize(1);
        assertThat(s.nextRequestId()).isEqualTo(2);
        assertThat(p.b.snapshots().get(0).expectedRequestId()).isEqualTo(2);
        assertThat(of(p.eventsA, IkeEvent.Failure.class)).isEmpty();
        assertThat(of(p.eventsB, IkeEvent.Failure.class)).isEmpty();
        assertThat(of(p.eventsA, IkeEvent.ExchangeSent.class).get(1).exchange().payloads())
                .contains("IDi", "AUTH", "N(INITIAL_CONTACT)", "SA", "TSi", "TSr");
    }

    @ParameterizedTest
    @EnumSource(value = KeyExchangeGroup.class, names = {"MODP_2048", "ECP_256", "CURVE25519", "ECP_384"})
    void establishesWithGcmForEachGroup(KeyExchangeGroup g) {
        EnginePair p = new EnginePair();
        p.b.addPeer(EnginePair.paramsB(EnginePair.gcm(g)));
        p.a.initiate(EnginePair.paramsA(EnginePair.gcm(g)));
        p.pump();
        assertThat(of(p.eventsA, IkeEvent.ChildSaInstalled.class)).hasSize(1);
        assertThat(of(p.eventsB, IkeEvent.ChildSaInstalled.class)).hasSize(1);
        assertThat(p.a.snapshots().get(0).group()).isEqualTo(g);
    }

    @Test
    void vendorIdsGoOutInIkeSaInitBothWaysAndThePeersAreInTheSnapshot() {
        byte[] va1 = "vendor-a-1".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] va2 = {1, 2, 3, 4};
        byte[] vb = "vendor-b".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        EnginePair p = new EnginePair();
        p.a.setVendorIds(java.util.List.of(va1, va2));
        p.b.setVendorIds(java.util.List.of(vb));
        p.b.addPeer(EnginePair.paramsB(EnginePair.cbc256()));
        long spi = p.a.initiate(EnginePair.paramsA(EnginePair.cbc256()));
        p.pump();

        assertThat(of(p.eventsA, IkeEvent.ExchangeSent.class).get(0).exchange().payloads())
                .containsExactly("SA", "KE", "No", "V", "V", "N(NATD_S_IP)", "N(NATD_D_IP)", "N(FRAGMENTATION_SUPPORTED)");
        assertThat(of(p.eventsB, IkeEvent.ExchangeSent.class).get(0).exchange().payloads()).containsSubsequence(
                "No", "V", "N(NATD_S_IP)");
        IkeSaSnapshot a = p.a.snapshot(spi).orElseThrow();
        IkeSaSnapshot b = p.b.snapshots().get(0);
        assertThat(a.peerVendorIds()).containsExactly(vb);
        assertThat(b.peerVendorIds()).containsExactly(va1, va2);
        assertThat(a.peerSentVendorId(vb.clone())).isTrue();
        assertThat(b.peerSentVendorId(vb)).isFalse();

        p.a.setVendorIds(java.util.List.of());
        EnginePair q = new EnginePair();
        q.b.addPeer(EnginePair.paramsB(EnginePair.cbc256()));
        q.a.initiate(EnginePair.paramsA(EnginePair.cbc256()));
        q.pump();
        assertThat(q.b.snapshots().get(0).peerVendorIds()).isEmpty();
        assertThat(of(q.eventsA, IkeEvent.ExchangeSent.class).get(0).exchange().payloads()).doesNotContain("V");
    }
}
