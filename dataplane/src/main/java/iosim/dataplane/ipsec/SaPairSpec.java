package iosim.dataplane.ipsec;

import iosim.dataplane.ipsec.crypto.EspTransform;
import iosim.dataplane.ipsec.spd.TrafficSelector;
import java.util.Objects;

/**
 * Everything needed to install one negotiated CHILD_SA (an inbound and an outbound SA) for
 * the PROTECT entry {@code entryId} of interface {@code interfaceName}.
 *
 * @param protocol      ESP, or AH (then {@code transform} must use NULL encryption; only its integrity is used)
 * @param mode          tunnel or transport
 * @param localAddress  local tunnel endpoint (outer source)
 * @param remoteAddress peer tunnel endpoint (outer destination)
 * @param udpEncapsulation RFC 3948 ports when NAT-T is in use, else null
 * @param selectors     the negotiated traffic selectors (checked on decapsulated packets)
 * @param inboundSpi    SPI we chose (peer sends with it)
 * @param inboundKeys   keys of the inbound SA
 * @param outboundSpi   SPI the peer chose
 * @param outboundKeys  keys of the outbound SA
 * @param replayWindow  0 (disabled) or 64..1024
 * @param esn           64-bit extended sequence numbers negotiated
 * @param lifetime      soft/hard seconds and kilobytes
 * @param pfsGroup      DH group used for PFS (for show), or 0 for none
 */
public record SaPairSpec(String interfaceName, String entryId, IpsecProtocol protocol, IpsecMode mode,
                         int localAddress, int remoteAddress, UdpEncapsulation udpEncapsulation,
                         EspTransform transform, TrafficSelector selectors,
                         long inboundSpi, SaKeys inboundKeys, long outboundSpi, SaKeys outboundKeys,
                         int replayWindow, boolean esn, SaLifetime lifetime, int pfsGroup) {

    public SaPairSpec {
        Objects.requireNonNull(interfaceName);
        Objects.requireNonNull(entryId);
        Objects.requireNonNull(protocol);
        Objects.requireNonNull(mode);
        Objects.requireNonNull(transform);
        Objects.requireNonNull(selectors);
        Objects.requireNonNull(inboundKeys);
        Objects.requireNonNull(outboundKeys);
        lifetime = lifetime == null ? SaLifetime.IOS_DEFAULT : lifetime;
        if (inboundSpi < 256 || inboundSpi > 0xffffffffL || outboundSpi < 256 || outboundSpi > 0xffffffffL) {
            throw new IllegalArgumentException("SPIs must be 256..2^32-1");
        }
        if (protocol == IpsecProtocol.AH && transform.encryption() != iosim.dataplane.ipsec.crypto.EncryptionAlgorithm.NULL) {
            throw new IllegalArgumentException("AH has no encryption: use NULL encryption with an integrity algorithm");
        }
        if (protocol == IpsecProtocol.AH && udpEncapsulation != null) {
            throw new IllegalArgumentException("AH cannot be UDP-encapsulated");
        }
    }
}
