package iosim.dataplane.packet;

import io.netty.buffer.ByteBuf;

/** An ARP packet for IPv4 over Ethernet (RFC 826). */
public record ArpPacket(int operation, MacAddress senderMac, int senderIp, MacAddress targetMac, int targetIp) {
    public static final int LENGTH = 28;
    public static final int REQUEST = 1;
    public static final int REPLY = 2;

    /** Decodes the ARP body at the reader index; null unless it is a well-formed Ethernet/IPv4 request or reply. */
    public static ArpPacket decode(ByteBuf buf) {
        int i = buf.readerIndex();
        if (buf.readableBytes() < LENGTH) {
            return null;
        }
        if (buf.getUnsignedShort(i) != 1 || buf.getUnsignedShort(i + 2) != EthernetHeader.TYPE_IPV4
                || buf.getUnsignedByte(i + 4) != 6 || buf.getUnsignedByte(i + 5) != 4) {
            return null;
        }
        int op = buf.getUnsignedShort(i + 6);
        if (op != REQUEST && op != REPLY) {
            return null;
        }
        return new ArpPacket(op, MacAddress.read(buf, i + 8), buf.getInt(i + 14), MacAddress.read(buf, i + 18), buf.getInt(i + 24));
    }

    /** Appends the 28-byte body at the writer index. */
    public void encode(ByteBuf buf) {
        buf.writeShort(1);
        buf.writeShort(EthernetHeader.TYPE_IPV4);
        buf.writeByte(6);
        buf.writeByte(4);
        buf.writeShort(operation);
        int i = buf.writerIndex();
        buf.writeZero(20);
        senderMac.write(buf, i);
        buf.setInt(i + 6, senderIp);
        targetMac.write(buf, i + 10);
        buf.setInt(i + 16, targetIp);
    }

    public static ArpPacket request(MacAddress mac, int ip, int target) {
        return new ArpPacket(REQUEST, mac, ip, MacAddress.ZERO, target);
    }

    public static ArpPacket gratuitous(MacAddress mac, int ip) {
        return new ArpPacket(REQUEST, mac, ip, MacAddress.ZERO, ip);
    }
}
