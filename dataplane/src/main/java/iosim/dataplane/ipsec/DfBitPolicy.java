package iosim.dataplane.ipsec;

import io.netty.buffer.ByteBuf;
import iosim.dataplane.packet.Ipv4Header;

/** The DF bit of a tunnel-mode packet's outer IPv4 header: copied from the inner one, always set, or always clear. */
public enum DfBitPolicy {
    COPY, SET, CLEAR;

    /** Applies the policy to the outer header at {@code outer}'s reader index (COPY leaves it as built). */
    void apply(ByteBuf outer) {
        if (this == COPY) {
            return;
        }
        int i = outer.readerIndex();
        int flags = outer.getUnsignedByte(i + 6);
        int want = this == SET ? flags | 0x40 : flags & ~0x40;
        if (want != flags) {
            outer.setByte(i + 6, want);
            Ipv4Header.updateChecksum(outer, i);
        }
    }
}
