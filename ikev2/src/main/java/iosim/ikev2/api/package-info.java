/**
 * The IKEv2 engine's public boundary: parameter records in, events and snapshots out.
 *
 * <p>In: {@link iosim.ikev2.api.IkeSessionParams} (addresses, identities, PSK per direction,
 * {@link iosim.ikev2.api.IkeProposal}s in preference order, lifetimes, {@link iosim.ikev2.api.DpdSettings},
 * NAT keepalive, {@link iosim.ike.time.RetransmitSettings}) with its first
 * {@link iosim.ikev2.api.ChildSessionParams} ({@link iosim.ikev2.api.ChildProposal}s with optional PFS
 * groups, {@link iosim.ikev2.api.TrafficSelectorSpec}s, {@link iosim.ike.time.Lifetime}, mode), and
 * {@link iosim.ike.net.Datagram}s from the network.
 *
 * <p>Out: {@link iosim.ike.net.Datagram}s to send and {@link iosim.ikev2.api.IkeEvent}s:
 * IkeSaUp / IkeSaRekeyed / IkeSaDown, ChildSaInstalled / ChildSaRekeyed / ChildSaRemoved (with
 * {@link iosim.ikev2.api.ChildSaKeys} for the dataplane), ExchangeSent / ExchangeReceived (with the
 * payload list, for {@code debug crypto ikev2}) and Failure (notify name, which side raised it, a
 * printable reason). {@link iosim.ikev2.api.IkeSaSnapshot} / {@link iosim.ikev2.api.ChildSaSnapshot}
 * feed {@code show crypto ikev2 sa detailed} and {@code show crypto ipsec sa}.
 *
 * <p>The engine itself is {@link iosim.ikev2.engine.IkeEngine}; {@link iosim.ikev2.udp.UdpIkeService}
 * runs one on real UDP sockets.
 */
package iosim.ikev2.api;
