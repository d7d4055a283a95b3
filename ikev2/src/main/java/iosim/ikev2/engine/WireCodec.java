package iosim.ikev2.engine;

import iosim.ikev2.crypto.RandomSource;
import iosim.ikev2.message.DecodeResult;
import iosim.ikev2.message.IkeHeader;
import iosim.ikev2.message.IkeMessage;
import iosim.ikev2.message.IkeMessageCodec;
import iosim.ikev2.sa.IkeSa;
import java.util.List;
import java.util.Optional;

/** The engine's view of the message codec: plain and SK-protected encoding with an SA's keys. */
public final class WireCodec {
    private final IkeMessageCodec codec;

    public WireCodec(RandomSource random) {
        this.codec = new IkeMessageCodec(random);
    }

    public byte[] encodePlain(IkeMessage m) {
        return IkeMessageCodec.encode(m);
    }

    public List<byte[]> encodeProtected(IkeMessage m, IkeSa sa) {
        return List.of(codec.encodeProtected(m.header(), m.payloads(), sa.outboundProtection));
    }

    public Optional<IkeHeader> header(byte[] datagram) {
        return IkeMessageCodec.decodeHeader(datagram);
    }

    public DecodeResult decodePlain(byte[] datagram) {
        return IkeMessageCodec.decode(datagram);
    }

    public DecodeResult decodeProtected(byte[] datagram, IkeSa sa) {
        if (sa.inboundProtection == null) {
            return DecodeResult.Error.dropped(null, "no keys yet");
        }
        return IkeMessageCodec.decodeProtected(datagram, sa.inboundProtection);
    }
}
