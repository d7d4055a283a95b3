package iosim.ikev2.task;

import iosim.ikev2.message.IkeMessage;
import iosim.ikev2.message.NotifyPayload;
import iosim.ikev2.message.NotifyType;
import java.net.InetSocketAddress;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * NAT_DETECTION_SOURCE_IP / _DESTINATION_IP (RFC 7296 2.23): SHA-1(SPIi | SPIr | IP | port).
 * A missing match on the peer's source hash means the peer is behind a NAT; on the destination
 * hash, that we are.
 */
public final class NatDetection {
    private NatDetection() {}

    /** Result of checking a peer's NAT-D notifies; {@code supported} false when it sent none. */
    public record Result(boolean supported, boolean natLocal, boolean natRemote) {}

    public static byte[] hash(long spiI, long spiR, InetSocketAddress a) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            for (int i = 7; i >= 0; i--) {
                sha1.update((byte) (spiI >>> (8 * i)));
            }
            for (int i = 7; i >= 0; i--) {
                sha1.update((byte) (spiR >>> (8 * i)));
            }
            sha1.update(a.getAddress().getAddress());
            sha1.update((byte) (a.getPort() >>> 8));
            sha1.update((byte) a.getPort());
            return sha1.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Our two notifies. With {@code fakeNat} the source hash is of a made-up address, so the
     * peer sees us behind a NAT and both sides use UDP encapsulation (strongSwan's encap=yes).
     */
    public static List<NotifyPayload> notifies(long spiI, long spiR, InetSocketAddress local,
                                               InetSocketAddress remote, boolean fakeNat) {
        InetSocketAddress src = fakeNat ? new InetSocketAddress(local.getAddress(), 0) : local;
        byte[] s = hash(spiI, spiR, src);
        if (fakeNat) {
            s[0] ^= (byte) 0x5A;
        }
        return List.of(NotifyPayload.of(NotifyType.NAT_DETECTION_SOURCE_IP, s),
                NotifyPayload.of(NotifyType.NAT_DETECTION_DESTINATION_IP, hash(spiI, spiR, remote)));
    }

    /** Checks the peer's notifies in {@code m}, received from {@code remote} on our {@code local}. */
    public static Result check(IkeMessage m, long spiI, long spiR, InetSocketAddress local, InetSocketAddress remote) {
        List<NotifyPayload> src = m.all(NotifyPayload.class).stream()
                .filter(n -> n.is(NotifyType.NAT_DETECTION_SOURCE_IP)).toList();
        List<NotifyPayload> dst = m.all(NotifyPayload.class).stream()
                .filter(n -> n.is(NotifyType.NAT_DETECTION_DESTINATION_IP)).toList();
        if (src.isEmpty() || dst.isEmpty()) {
            return new Result(false, false, false);
        }
        byte[] expectSrc = hash(spiI, spiR, remote);
        byte[] expectDst = hash(spiI, spiR, local);
        boolean remoteOk = src.stream().anyMatch(n -> MessageDigest.isEqual(n.data(), expectSrc));
        boolean localOk = dst.stream().anyMatch(n -> MessageDigest.isEqual(n.data(), expectDst));
        return new Result(true, !localOk, !remoteOk);
    }
}
