package iosim.dataplane.ipsec;

/**
 * Router-wide IPsec counters for packets that belong to no flow: unknown SPI ({@code #pkts
 * invalid sa (rcv)} of no SA), NAT keepalives, malformed outer headers, cleartext packets policy
 * required to be protected, IKE messages seen on port 4500, packets lost to internal errors.
 */
public record GlobalIpsecCounters(long invalidSpi, long natKeepalives, long malformed, long cleartextDropped,
                                  long ikeOnNatTPort, long internalErrors) {}
