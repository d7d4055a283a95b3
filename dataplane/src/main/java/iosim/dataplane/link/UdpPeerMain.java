package iosim.dataplane.link;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import iosim.dataplane.EthernetInterface;
import iosim.dataplane.Node;
import iosim.dataplane.packet.Ipv4Address;
import iosim.dataplane.packet.MacAddress;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;

/**
 * A minimal one-interface router reachable over a UDP link, for multi-process labs and tests:
 * {@code java -cp ... iosim.dataplane.link.UdpPeerMain LOCALPORT:REMOTEHOST:REMOTEPORT A.B.C.D/LEN}.
 * Prints {@code READY} once the link is up, answers ARP and ping, and exits when stdin closes.
 */
public final class UdpPeerMain {
    private UdpPeerMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: UdpPeerMain LOCALPORT:REMOTEHOST:REMOTEPORT A.B.C.D/LEN");
            System.exit(2);
        }
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        try {
            Node node = new Node("peer", group.next());
            EthernetInterface eth = node.addEthernet("GigabitEthernet0/0", MacAddress.randomLocal()).get(5,
                    TimeUnit.SECONDS);
            String[] cidr = args[1].split("/");
            node.setAddress(eth.name(), Ipv4Address.parse(cidr[0]), Integer.parseInt(cidr[1])).get(5, TimeUnit.SECONDS);
            node.setAdminUp(eth.name(), true).get(5, TimeUnit.SECONDS);
            UdpLink.open(eth, args[0]).get(5, TimeUnit.SECONDS);
            System.out.println("READY " + eth.mac());
            System.out.flush();
            InputStream in = System.in;
            while (in.read() >= 0) {
                // wait for the parent to close our stdin
            }
            node.close().get(5, TimeUnit.SECONDS);
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }
}
