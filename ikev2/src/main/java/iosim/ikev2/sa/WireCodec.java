package iosim.ikev2.sa;

import iosim.ikev2.api.FragmentationSettings;
import iosim.ike.crypto.RandomSource;
import iosim.ikev2.message.DecodeResult;
import iosim.ikev2.message.IkeHeader;
import iosim.ikev2.message.IkeMessage;
import iosim.ikev2.message.IkeMessageCodec;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;

/**
 * The engine's view of the message codec: plain and SK-protected encoding with an SA's keys.
 * A protected message to a peer that announced IKEV2_FRAGMENTATION_SUPPORTED (while we have
 * fragmentation on) is split into SKF fragments when it would not fit in one IP packet of the
 * configured size (RFC 7383).
 */
public final class WireCodec {
    private static final int IKE_PORT = 500;

    private final IkeMessageCodec codec;
    private FragmentationSettings fragmentation;

    public WireCodec(RandomSource random) {
        this(random, FragmentationSettings.OFF);
    }

    public WireCodec(RandomSource random, FragmentationSettings fragmentation) {
        this.codec = new IkeMessageCodec(random);
        this.fragmentation = fragmentation;
    }

    /** New fragment size (and announcement) from now on; SAs keep what they negotiated in IKE_SA_INIT. */
    public void setFragmentation(FragmentationSettings f) {
        this.fragmentation = f;
    }

    public byte[] encodePlain(IkeMessage m) {
        return IkeMessageCodec.encode(m);
    }

    /**
     * One SK datagram, or SKF fragments if both sides announced fragmentation in this SA's
     * IKE_SA_INIT ({@code sa.peerFragmentationSupported()}) and it would not fit.
     */
    public List<byte[]> encodeProtected(IkeMessage m, IkeSa sa, InetSocketAddress from, InetSocketAddress to) {
        if (sa.peerFragmentationSupported()) {
            return codec.encodeProtected(m.header(), m.payloads(), sa.outboundProtection(), maxMessageSize(from, to));
        }
        return List.of(codec.encodeProtected(m.header(), m.payloads(), sa.outboundProtection()));
    }

    /** The largest IKE message that fits in one IP packet between these two addresses. */
    public int maxMessageSize(InetSocketAddress from, InetSocketAddress to) {
        boolean ipv6 = to.getAddress() instanceof Inet6Address;
        boolean marker = from.getPort() != IKE_PORT && to.getPort() != IKE_PORT;
        return fragmentation.maxMessageSize(ipv6, marker);
    }

    public Optional<IkeHeader> header(byte[] datagram) {
        return IkeMessageCodec.decodeHeader(datagram);
    }

    public DecodeResult decodePlain(byte[] datagram) {
        return IkeMessageCodec.decode(datagram);
    }

    public DecodeResult decodeProtected(byte[] datagram, IkeSa sa) {
        if (sa.inboundProtection() == null) {
            return DecodeResult.Error.dropped(null, "no keys yet");
        }
        return IkeMessageCodec.decodeProtected(datagram, sa.inboundProtection());
    }

    /** As {@link #decodeProtected(byte[], IkeSa)} for a datagram whose outer view {@link #decodePlain} gave. */
    public DecodeResult decodeProtected(byte[] datagram, IkeMessage outer, IkeSa sa) {
        if (sa.inboundProtection() == null) {
            return DecodeResult.Error.dropped(null, "no keys yet");
        }
        return IkeMessageCodec.decodeProtected(datagram, outer, sa.inboundProtection());
    }
}
