/**
 * The IPsec data path: SPD per interface, SAD, ESP (RFC 4303) and AH (RFC 4302) in tunnel and
 * transport mode, anti-replay with ESN, lifetimes, UDP encapsulation (RFC 3948), IOS counters and
 * snapshots, key export for tshark.
 *
 * <h2>For the controller</h2>
 * <ul>
 * <li>{@link iosim.dataplane.ipsec.IpsecEngine} is the per-router core, used on the node's loop
 *   (the shell's {@code IpsecGlue} hooks it into a {@code Node}: ESP/AH and UDP 4500 in, SPD
 *   check out): {@code setInterfacePolicy(InterfacePolicy)} for each crypto-map interface or
 *   protected Tunnel interface, {@code installSaPair(SaPairSpec)} when a CHILD_SA is up (again with
 *   new SPIs to rekey: make-before-break), {@code removeSaPair(handle)} when the old/deleted
 *   CHILD_SA goes, {@code clearCounters()}, {@code snapshot()} for {@code show crypto ipsec sa}
 *   (the shell names transforms as IOS does), {@code liveSas()} for key export.</li>
 * <li>Policy: {@link iosim.dataplane.ipsec.spd.InterfacePolicy} holds ordered
 *   {@link iosim.dataplane.ipsec.spd.SpdEntry} values (one PROTECT entry per crypto ACL permit
 *   line, BYPASS per deny line), each with a {@link iosim.dataplane.ipsec.spd.TrafficSelector}
 *   ({@link iosim.dataplane.ipsec.spd.AddressRangeSelector} today; an ACL-engine adapter can
 *   implement the interface).</li>
 * <li>Events ({@link iosim.dataplane.ipsec.IpsecEvent}, on the node's loop): {@code Acquire} (start
 *   IKE for that entry; the packet was dropped), {@code SoftLifetimeExpired} (rekey),
 *   {@code HardLifetimeExpired} (the SA is already gone), {@code SequenceNumberExhausted} (rekey).</li>
 * <li>Key material: {@link iosim.dataplane.ipsec.SaKeys} as IKEv2 KEYMAT yields it (AEAD: key
 *   then 4-byte salt); {@link iosim.dataplane.ipsec.ChildSaKeys#fromKeymat} cuts KEYMAT into both
 *   directions and {@link iosim.dataplane.ipsec.crypto.EspTransform#fromIke} maps negotiated
 *   transform ids. Copies are wiped when the SA is removed.</li>
 * <li>UDP 4500: ESP-in-UDP and NAT keepalives are told apart from IKE (non-ESP marker) by the
 *   owner's hook before a socket sees them.</li>
 * <li>A soft expiry is raised per SA (inbound and outbound): rekey once per pair.</li>
 * </ul>
 * <p>{@link iosim.dataplane.ipsec.IpsecEngine} is single-threaded (pure Java, no Netty channel),
 * usable directly in tests and benchmarks.
 */
package iosim.dataplane.ipsec;
