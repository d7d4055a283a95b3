package iosim.ikev2.message;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Test support: reads the strongSwan reference captures in {@code src/test/resources/vectors}
 * (classic pcap, Ethernet, IPv4/UDP) and returns the IKE messages in them, with the non-ESP
 * marker stripped on port 4500.
 */
public final class Captures {

    /** One IKE datagram from a capture. */
    public record IkeDatagram(int frame, String src, int srcPort, String dst, int dstPort, byte[] ike) {
    }

    private Captures() {
    }

    public static byte[] resource(String name) {
        try (InputStream in = Captures.class.getResourceAsStream("/vectors/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<IkeDatagram> ikeMessages(String pcapName) {
        ByteBuffer b = ByteBuffer.wrap(resource(pcapName));
        int magic = b.order(ByteOrder.BIG_ENDIAN).getInt(0);
        b.order(magic == 0xa1b2c3d4 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        if (b.getInt(20) != 1) {
            throw new IllegalArgumentException("not an Ethernet capture");
        }
        b.position(24);
        List<IkeDatagram> out = new ArrayList<>();
        int frame = 0;
        while (b.remaining() >= 16) {
            b.getInt();
            b.getInt();
            int incl = b.getInt();
            b.getInt();
            byte[] pkt = new byte[incl];
            b.get(pkt);
            frame++;
            ByteBuffer p = ByteBuffer.wrap(pkt);
            if (pkt.length < 14 + 20 || p.getShort(12) != 0x0800) {
                continue;
            }
            int ihl = (pkt[14] & 0x0f) * 4;
            if (pkt[14 + 9] != 17) {
                continue;
            }
            int udp = 14 + ihl;
            int srcPort = p.getShort(udp) & 0xffff;
            int dstPort = p.getShort(udp + 2) & 0xffff;
            int udpLen = p.getShort(udp + 4) & 0xffff;
            byte[] payload = Arrays.copyOfRange(pkt, udp + 8, udp + udpLen);
            if (srcPort == 4500 || dstPort == 4500) {
                if (payload.length < 4 || payload[0] != 0 || payload[1] != 0 || payload[2] != 0 || payload[3] != 0) {
                    continue; // ESP in UDP, or a NAT keepalive
                }
                payload = Arrays.copyOfRange(payload, 4, payload.length);
            }
            if (payload.length < IkeHeader.SIZE) {
                continue;
            }
            out.add(new IkeDatagram(frame, ip(pkt, 14 + 12), srcPort, ip(pkt, 14 + 16), dstPort, payload));
        }
        return out;
    }

    private static String ip(byte[] pkt, int off) {
        return (pkt[off] & 0xff) + "." + (pkt[off + 1] & 0xff) + "." + (pkt[off + 2] & 0xff) + "." + (pkt[off + 3] & 0xff);
    }
}
