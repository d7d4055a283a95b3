package iosim.ikev1.api;

import iosim.ike.crypto.DhGroup;
import java.net.InetSocketAddress;

/**
 * One negotiated pair of ESP SAs, ready for the dataplane: SPIs (inbound is ours), the
 * transform, the keys of each direction (encryption key then authentication key, RFC 2409
 * 5.5), the proxy identities, lifetimes, and whether ESP goes in UDP (RFC 3948) between the
 * given addresses.
 */
public record ChildKeys(String peerName, long connectionId, Selector local, Selector remote, int inboundSpi,
                        int outboundSpi, EspProposal transform, byte[] inboundEncryptionKey,
                        byte[] inboundAuthKey, byte[] outboundEncryptionKey, byte[] outboundAuthKey,
                        long lifetimeSeconds, long lifetimeKilobytes, DhGroup pfs, boolean udpEncapsulation,
                        InetSocketAddress localAddress, InetSocketAddress remoteAddress, boolean initiator) {
}
