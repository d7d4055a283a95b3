package iosim.ikev2.udp;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.ike.time.Lifetime;
import iosim.ikev2.api.ChildProposal;
import iosim.ikev2.api.ChildSessionParams;
import iosim.ikev2.api.EncryptionAlgorithm;
import iosim.ikev2.api.Identity;
import iosim.ikev2.api.IkeEvent;
import iosim.ikev2.api.IkeProposal;
import iosim.ikev2.api.IkeSessionParams;
import iosim.ikev2.api.IpsecMode;
import iosim.ikev2.api.KeyExchangeGroup;
import iosim.ikev2.api.PrfAlgorithm;
import iosim.ikev2.api.TrafficSelectorSpec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Two engines over real loopback UDP sockets, with NAT-T forced so IKE_AUTH uses the non-ESP marker on the NAT-T port. */
class UdpIkeServiceTest {

    private static IkeSessionParams params(InetAddress l, InetAddress r, int ike, int natt, String lts, String rts) {
        ChildSessionParams child = new ChildSessionParams(List.of(ChildProposal.esp(EncryptionAlgorithm.AES_GCM_16_128,
                null)), List.of(TrafficSelectorSpec.subnet(lts)), List.of(TrafficSelectorSpec.subnet(rts)),
                Lifetime.CHILD_DEFAULT, IpsecMode.TUNNEL);
        return new IkeSessionParams("udp", new InetSocketAddress(l, ike), new InetSocketAddress(r, ike), natt,
                Identity.address(l), Identity.address(r), "loopback-psk".getBytes(), "loopback-psk".getBytes(),
                List.of(IkeProposal.of(EncryptionAlgorithm.AES_GCM_16_128, PrfAlgorithm.HMAC_SHA2_256, null,
                        KeyExchangeGroup.CURVE25519)), child, Lifetime.IKE_DEFAULT, iosim.ikev2.api.DpdSettings.OFF,
                20_000, iosim.ike.time.RetransmitSettings.DEFAULT, true, true);
    }

    @Test
    void handshakeOverLoopbackWithNatTraversalMarker() throws Exception {
        InetAddress a = InetAddress.getByName("127.0.0.1");
        InetAddress b = InetAddress.getByName("127.0.0.2");
        Random r = new Random();
        UdpIkeService sa = null;
        UdpIkeService sb = null;
        int port = 0;
        for (int i = 0; i < 10 && sb == null; i++) {
            port = 20000 + 2 * r.nextInt(20000);
            try {
                sa = UdpIkeService.start(a, port, port + 1, e -> { });
            } catch (IOException e) {
                continue;
            }
            try {
                sb = UdpIkeService.start(b, port, port + 1, e -> { });
            } catch (IOException e) {
                sa.close();
                sa = null;
            }
        }
        assertThat(sb).as("free loopback ports").isNotNull();
        sa.close();
        sb.close();
        CountDownLatch up = new CountDownLatch(2);
        List<IkeEvent> events = new CopyOnWriteArrayList<>();
        try (UdpIkeService ea = UdpIkeService.start(a, port, port + 1, e -> {
                events.add(e);
                if (e instanceof IkeEvent.ChildSaInstalled) {
                    up.countDown();
                }
            });
             UdpIkeService eb = UdpIkeService.start(b, port, port + 1, e -> {
                 if (e instanceof IkeEvent.ChildSaInstalled) {
                     up.countDown();
                 }
             })) {
            int p = port;
            eb.call(e -> {
                e.addPeer(params(b, a, p, p + 1, "10.2.0.0/24", "10.1.0.0/24"));
                return null;
            }).get(5, TimeUnit.SECONDS);
            ea.call(e -> e.initiate(params(a, b, p, p + 1, "10.1.0.0/24", "10.2.0.0/24"))).get(5, TimeUnit.SECONDS);
            assertThat(up.await(20, TimeUnit.SECONDS)).as("Child SA up on both sides").isTrue();
            IkeEvent.ChildSaInstalled c = events.stream().filter(IkeEvent.ChildSaInstalled.class::isInstance)
                    .map(IkeEvent.ChildSaInstalled.class::cast).findFirst().orElseThrow();
            assertThat(c.keys().encapsulation()).isTrue();
            assertThat(c.keys().remoteAddress().getPort()).isEqualTo(port + 1);
            // ESP arriving on the NAT-T port is not IKE: counted and dropped by the transport
            try (DatagramChannel ch = DatagramChannel.open()) {
                ch.send(ByteBuffer.wrap(new byte[] {0, 0, 1, 0, 0, 0, 0, 1, 9, 9}), new InetSocketAddress(a, port + 1));
                ch.send(ByteBuffer.wrap(new byte[] {(byte) 0xFF}), new InetSocketAddress(a, port + 1));
            }
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while ((ea.transport().espDropped() < 1 || ea.transport().keepalivesReceived() < 1)
                    && System.nanoTime() < end) {
                java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
            }
            assertThat(ea.transport().espDropped()).isEqualTo(1);
            assertThat(ea.transport().keepalivesReceived()).isEqualTo(1);
        }
    }
}
