/**
 * The IPsec data path: SPD per interface, SAD, ESP (RFC 4303) and AH (RFC 4302) in tunnel and
 * transport mode, anti-replay with ESN, lifetimes, UDP encapsulation (RFC 3948), IOS counters and
 * snapshots, key export for tshark.
 *
 * <h2>For the controller</h2>
 * <ul>
 * <li>{@link iosim.dataplane.ipsec.node.NodeIpsec} is the per-router facade (any thread):
 *   {@code new NodeIpsec(node, nanoClock, events, true)}, then
 *   {@code setInterfacePolicy(InterfacePolicy)} for each crypto-map interface or protected Tunnel
 *   interface, {@code listenOn(physicalIf)} under a VTI, {@code installSaPair(SaPairSpec)} when a
 *   CHILD_SA is up (again with new SPIs to rekey: make-before-break), {@code removeSaPair(handle)}
 *   when the old/deleted CHILD_SA goes, {@code clearSas(peer)}, {@code clearCounters()},
 *   {@code snapshot()} for {@code show crypto ipsec sa}, {@code exportEspSaFile()} /
 *   {@code tsharkOptions(ikeKeys)} for key export.</li>
 * <li>Policy: {@link iosim.dataplane.ipsec.spd.InterfacePolicy} holds ordered
 *   {@link iosim.dataplane.ipsec.spd.SpdEntry} values (one PROTECT entry per crypto ACL permit
 *   line, BYPASS per deny line), each with a {@link iosim.dataplane.ipsec.spd.TrafficSelector}
 *   ({@link iosim.dataplane.ipsec.spd.AddressRangeSelector} today; an ACL-engine adapter can
 *   implement the interface).</li>
 * <li>Events ({@link iosim.dataplane.ipsec.IpsecEvent}, on the node's loop): {@code Acquire} (start
 *   IKE for that entry; the packet was dropped), {@code SoftLifetimeExpired} (rekey),
 *   {@code HardLifetimeExpired} (the SA is already gone), {@code SequenceNumberExhausted} (rekey).</li>
 * <li>Key material: {@link iosim.dataplane.ipsec.SaKeys} as IKEv2 KEYMAT yields it (AEAD: key
 *   then 4-byte salt); copies are wiped when the SA is removed.</li>
 * </ul>
 * <p>{@link iosim.dataplane.ipsec.IpsecEngine} is the single-threaded core (pure Java, no Netty
 * channel), usable directly in tests and benchmarks.
 */
package iosim.dataplane.ipsec;
