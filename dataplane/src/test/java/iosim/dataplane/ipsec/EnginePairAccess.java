package iosim.dataplane.ipsec;

import iosim.dataplane.ipsec.crypto.EspTransform;
import io.netty.buffer.ByteBuf;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Lets tests in sub-packages drive an {@link EnginePair}. */
public final class EnginePairAccess {
    private EnginePairAccess() {}

    /** Outer packets of an exchange (request A->B, reply B->A, ...) and every SA involved. */
    public record Capture(List<byte[]> packets, List<SecurityAssociation> sas) {}

    public static Capture pingBothWays(EspTransform t, IpsecMode mode, boolean udp, int pings, long spiBase) {
        EnginePair p = new EnginePair(mode == IpsecMode.TRANSPORT).install(IpsecProtocol.ESP, t, mode,
                udp ? UdpEncapsulation.standard() : null, false, 64, SaLifetime.IOS_DEFAULT, spiBase + 1,
                spiBase + 2, spiBase);
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < pings; i++) {
            ByteBuf req = p.protectAtA(echo(p.aSrc, p.bSrc, 8, i));
            out.add(Packets.bytes(req));
            req.release();
            OutboundResult r = p.b.processOutbound(EnginePair.IF, echo(p.bSrc, p.aSrc, 0, i));
            ByteBuf rep = ((OutboundResult.Protected) r).packet();
            out.add(Packets.bytes(rep));
            rep.release();
        }
        List<SecurityAssociation> sas = new ArrayList<>(p.a.liveSas());
        return new Capture(out, sas);
    }

    private static ByteBuf echo(int src, int dst, int type, int seq) {
        ByteBuf b = Packets.icmpEcho(src, dst, 84, seq);
        byte[] a = b.array();
        a[20] = (byte) type;
        a[22] = 0;
        a[23] = 0;
        Ipv4Header.put16(a, 22, Ipv4Header.fold(Ipv4Header.sum(a, 20, 64)));
        return b;
    }

    public static void writePcap(Path file, List<byte[]> packets) throws IOException {
        PcapFile.writeIpv4(file, packets);
    }
}
