package iosim.ikev2.api;

import java.net.InetSocketAddress;
import java.util.List;

/** Read-only view of one Child SA for {@code show crypto ipsec sa}. No key material. */
public record ChildSaSnapshot(String state, IpsecProtocol protocol, IpsecMode mode, int inboundSpi, int outboundSpi,
                              EncryptionAlgorithm encryption, IntegrityAlgorithm integrity,
                              KeyExchangeGroup pfsGroup, List<TrafficSelectorSpec> localSelectors,
                              List<TrafficSelectorSpec> remoteSelectors, InetSocketAddress localAddress,
                              InetSocketAddress remoteAddress, boolean encapsulation, long lifetimeMillis,
                              long remainingMillis, long ageMillis) {}
