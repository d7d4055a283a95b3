package iosim.dataplane.link;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A Linux AF_PACKET/SOCK_RAW socket bound to one interface, through JNA (needs CAP_NET_RAW).
 * Receives every frame on the interface (promiscuous), skipping the host's own outgoing
 * frames; sends whole Ethernet frames.
 */
final class LinuxPacketSocket implements AutoCloseable {
    private static final int AF_PACKET = 17;
    private static final int SOCK_RAW = 3;
    private static final int ETH_P_ALL = 0x0003;
    private static final int SOL_SOCKET = 1;
    private static final int SO_RCVTIMEO = 20;
    private static final int SOL_PACKET = 263;
    private static final int PACKET_ADD_MEMBERSHIP = 1;
    private static final int PACKET_MR_PROMISC = 1;
    private static final int PACKET_VNET_HDR = 15;
    static final int PACKET_OUTGOING = 4;
    private static final int EAGAIN = 11;
    private static final int EINTR = 4;

    interface LibC extends Library {
        LibC INSTANCE = Native.load("c", LibC.class);

        int socket(int domain, int type, int protocol) throws LastErrorException;

        int bind(int fd, byte[] addr, int len) throws LastErrorException;

        int setsockopt(int fd, int level, int name, byte[] value, int len) throws LastErrorException;

        long send(int fd, byte[] buf, long len, int flags) throws LastErrorException;

        long recvfrom(int fd, byte[] buf, long len, int flags, byte[] addr, int[] addrLen) throws LastErrorException;

        int close(int fd) throws LastErrorException;

        int if_nametoindex(String name);
    }

    private final int fd;
    private final int ifIndex;
    private final boolean vnetHeader;
    private final byte[] from = new byte[20];
    private final int[] fromLen = new int[1];

    private LinuxPacketSocket(int fd, int ifIndex, boolean vnetHeader) {
        this.fd = fd;
        this.ifIndex = ifIndex;
        this.vnetHeader = vnetHeader;
    }

    private static short htons(int v) {
        return (short) (((v & 0xff) << 8) | ((v >> 8) & 0xff));
    }

    static LinuxPacketSocket open(String ifName, int receiveTimeoutMillis) {
        LibC c = LibC.INSTANCE;
        int index = c.if_nametoindex(ifName);
        if (index == 0) {
            throw new IllegalArgumentException("no such Linux interface: " + ifName);
        }
        int fd;
        try {
            fd = c.socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL) & 0xffff);
        } catch (LastErrorException e) {
            throw new IllegalStateException("AF_PACKET socket failed (needs root/CAP_NET_RAW): errno "
                    + e.getErrorCode(), e);
        }
        try {
            ByteBuffer sll = ByteBuffer.allocate(20).order(ByteOrder.nativeOrder());
            sll.putShort((short) AF_PACKET).putShort(htons(ETH_P_ALL)).putInt(index);
            c.bind(fd, sll.array(), 20);
            ByteBuffer mreq = ByteBuffer.allocate(16).order(ByteOrder.nativeOrder());
            mreq.putInt(index).putShort((short) PACKET_MR_PROMISC);
            c.setsockopt(fd, SOL_PACKET, PACKET_ADD_MEMBERSHIP, mreq.array(), 16);
            ByteBuffer tv = ByteBuffer.allocate(16).order(ByteOrder.nativeOrder());
            tv.putLong(receiveTimeoutMillis / 1000).putLong((receiveTimeoutMillis % 1000) * 1000L);
            c.setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, tv.array(), 16);
        } catch (LastErrorException e) {
            c.close(fd);
            throw new IllegalStateException("AF_PACKET setup on " + ifName + " failed: errno " + e.getErrorCode(), e);
        }
        boolean vnet;
        try {
            // GSO super-frames and partial checksums come with their virtio_net_hdr (see VnetHeader)
            ByteBuffer one = ByteBuffer.allocate(4).order(ByteOrder.nativeOrder()).putInt(1);
            c.setsockopt(fd, SOL_PACKET, PACKET_VNET_HDR, one.array(), 4);
            vnet = true;
        } catch (LastErrorException e) {
            vnet = false;
        }
        return new LinuxPacketSocket(fd, index, vnet);
    }

    /** True when every frame received and sent starts with a {@link VnetHeader}. */
    boolean vnetHeader() {
        return vnetHeader;
    }

    int ifIndex() {
        return ifIndex;
    }

    /**
     * Receives one frame into {@code buf} (after its {@link VnetHeader} when {@link #vnetHeader()});
     * returns the length of both, 0 on timeout, or -1 for a frame to ignore (the host's own
     * outgoing traffic).
     */
    int receive(byte[] buf) {
        fromLen[0] = from.length;
        long n;
        try {
            n = LibC.INSTANCE.recvfrom(fd, buf, buf.length, 0, from, fromLen);
        } catch (LastErrorException e) {
            if (e.getErrorCode() == EAGAIN || e.getErrorCode() == EINTR) {
                return 0;
            }
            throw new IllegalStateException("recvfrom failed: errno " + e.getErrorCode(), e);
        }
        int pkttype = from[10] & 0xff;
        if (pkttype == PACKET_OUTGOING) {
            return -1;
        }
        return (int) n;
    }

    /** Sends {@code len} bytes of {@code frame}: a {@link VnetHeader} first when {@link #vnetHeader()}. */
    void send(byte[] frame, int len) {
        LibC.INSTANCE.send(fd, frame, len, 0);
    }

    @Override
    public void close() {
        try {
            LibC.INSTANCE.close(fd);
        } catch (LastErrorException ignored) {
            // already closed
        }
    }
}
