package iosim.ikev2.api;

import iosim.ike.time.Lifetime;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * Everything the dataplane needs to install one Child SA pair: SPIs both ways, algorithms,
 * keys per direction (RFC 7296 2.17: initiator-to-responder keys first), selectors, mode,
 * and the outer addresses and UDP encapsulation ports (null when not encapsulated).
 *
 * @param inboundSpi      SPI the peer puts on packets to us (we chose it)
 * @param outboundSpi     SPI we put on packets to the peer (it chose it)
 * @param encapsulation   true when ESP travels in UDP (RFC 3948) between the two addresses' ports
 */
public record ChildSaKeys(IpsecProtocol protocol, IpsecMode mode, int inboundSpi, int outboundSpi,
                          EncryptionAlgorithm encryption, IntegrityAlgorithm integrity, KeyExchangeGroup pfsGroup,
                          boolean esn, byte[] inboundEncryptionKey, byte[] inboundIntegrityKey,
                          byte[] outboundEncryptionKey, byte[] outboundIntegrityKey,
                          List<TrafficSelectorSpec> localSelectors, List<TrafficSelectorSpec> remoteSelectors,
                          InetSocketAddress localAddress, InetSocketAddress remoteAddress, boolean encapsulation,
                          Lifetime lifetime) {

    /** The same SA between other outer addresses (MOBIKE, RFC 4555). */
    public ChildSaKeys withAddresses(InetSocketAddress local, InetSocketAddress remote, boolean encap) {
        return new ChildSaKeys(protocol, mode, inboundSpi, outboundSpi, encryption, integrity, pfsGroup, esn,
                inboundEncryptionKey, inboundIntegrityKey, outboundEncryptionKey, outboundIntegrityKey, localSelectors,
                remoteSelectors, local, remote, encap, lifetime);
    }

    public String inboundSpiHex() {
        return String.format("0x%08X", inboundSpi);
    }

    public String outboundSpiHex() {
        return String.format("0x%08X", outboundSpi);
    }

    /** The same SA without key material (for logs and snapshots). */
    public String describe() {
        return protocol + " " + mode + " in " + inboundSpiHex() + " out " + outboundSpiHex() + " "
                + encryption.displayName() + (integrity == null ? "" : "/" + integrity.displayName())
                + " " + localSelectors + " === " + remoteSelectors + (encapsulation ? " UDP-encap" : "");
    }
}
