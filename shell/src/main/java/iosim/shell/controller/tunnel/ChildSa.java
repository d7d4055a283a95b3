package iosim.shell.controller.tunnel;

import iosim.dataplane.ipsec.SaPairHandle;

/**
 * One installed Child/IPsec SA pair of a tunnel: the dataplane's handle, the keying SA it was
 * negotiated under, its ACL line (SPD entry) and its conn id (inbound; outbound is one more).
 */
public record ChildSa(SaPairHandle handle, long saId, String entryId, int connId) {
    public int inboundSpi() {
        return (int) handle.inboundSpi();
    }

    public ChildSa under(long newSaId) {
        return new ChildSa(handle, newSaId, entryId, connId);
    }
}
