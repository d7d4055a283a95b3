package iosim.dataplane.ipsec;

/** Names an installed SA pair, for {@link IpsecEngine#removeSaPair}. */
public record SaPairHandle(String interfaceName, String entryId, long inboundSpi, long outboundSpi,
                           int localAddress, int peer) {}
