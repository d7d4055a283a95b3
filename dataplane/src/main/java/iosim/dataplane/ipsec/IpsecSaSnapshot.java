package iosim.dataplane.ipsec;

import iosim.dataplane.ipsec.IpsecEvent.Direction;

/**
 * One SA as {@code show crypto ipsec sa} prints it under {@code inbound/outbound esp|ah sas:}.
 *
 * @param transform          the negotiated transform (shell names it as IOS does)
 * @param remainingKilobytes -1 when no volume limit
 * @param remainingSeconds   -1 when no time limit
 * @param replayWindow       0 when replay detection is off
 * @param sequence           outbound: next sequence number to send; inbound: highest received
 * @param current            outbound: is the flow's current outbound SA; inbound: always true
 */
public record IpsecSaSnapshot(long spi, Direction direction, IpsecProtocol protocol,
                              iosim.dataplane.ipsec.crypto.EspTransform transform,
                              IpsecMode mode, boolean udpEncapsulated, boolean esn,
                              long remainingKilobytes, long remainingSeconds, int ivSize, int replayWindow,
                              long sequence, boolean current) {

    static IpsecSaSnapshot of(SecurityAssociation sa, Direction dir, boolean current, long now) {
        SaPairSpec s = sa.spec;
        boolean udp = s.udpEncapsulation() != null;
        long seq = sa instanceof OutboundSa o ? o.nextSequence() : ((InboundSa) sa).replay.highest();
        int window = sa instanceof InboundSa in ? in.replay.size()
                : s.replayWindow();
        return new IpsecSaSnapshot(sa.spi, dir, s.protocol(), s.transform(), s.mode(), udp, s.esn(),
                sa.lifetime.remainingKilobytes(), sa.lifetime.remainingSeconds(now), sa.ivLength(), window, seq,
                current);
    }
}
