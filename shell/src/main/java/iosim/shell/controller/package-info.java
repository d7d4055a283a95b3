/**
 * The controller: one router's running-config made live (no JLine here).
 *
 * <ul>
 *   <li>{@link iosim.shell.controller.RouterRuntime}: a router = CLI {@code Router} + dataplane
 *       {@code Node} + {@code IpsecEngine} + {@code IkeEngine} on one Netty event loop.
 *       {@code RouterRuntime.create(startupConfig, group[, clock])} builds it (not booted: link
 *       first), {@code bootRouter()} loads the startup-config, {@code boot(path, group)} does both;
 *       {@code ethernet("GigabitEthernet0/N")} for {@code InProcessWire.connect},
 *       {@code UdpLink.open}, {@code AfPacketLink.open}; {@code router()} for consoles;
 *       {@code exec()} ({@link iosim.shell.controller.ControllerExec}, the CLI's {@code LiveExec});
 *       {@code close()}.</li>
 *   <li>Reconciling: every {@code RunningConfig} change recompiles the desired state on the
 *       configuring thread ({@link iosim.shell.controller.DataplaneCompiler},
 *       {@link iosim.shell.controller.CryptoCompiler}) and applies the difference on the loop
 *       ({@code DataplaneApplier}, {@link iosim.shell.controller.tunnel.TunnelTable}: one
 *       {@code Tunnel} per crypto-map peer or VTI, see docs/TUNNELS.md).</li>
 *   <li>Crypto: one SPD entry per crypto-ACL line (deny = bypass); an acquire starts IKE (the
 *       packet is dropped, as on IOS); one IKE session per (map interface, peer) carries every map
 *       entry's lines as Child SAs (first in IKE_AUTH, the others by CREATE_CHILD_SA on demand, from
 *       either end: every line is a responder template, {@code IkeEngine.setResponderChildren});
 *       Child SAs become {@code SaPairSpec}s (rekeys make-before-break); IKE SA down, Delete,
 *       {@code clear crypto ...}, a removed map/peer or ACL line remove them. {@code set peer}
 *       failover, {@code reverse-route} ({@link iosim.shell.controller.tunnel.ReverseRoutes}), DPD periodic
 *       (engine) and on-demand ({@link iosim.shell.controller.tunnel.OnDemandDpd}), type 6 keyring keys (master
 *       key in {@link iosim.shell.controller.PrivateNvram}). Tests shrink protocol seconds with
 *       {@link iosim.shell.controller.tunnel.LifetimeScale}. VTIs negotiate by themselves;
 *       the tunnel's line protocol follows its SA. Proposal selection follows IOS (a proposal
 *       counts only through a policy; smart defaults pinned to IOS-XE 17.x).</li>
 *   <li>Output: {@code show} package (IOS formats), {@code CryptoDebug} (debug crypto ikev2 /
 *       ipsec lines), syslog through the router's {@code Syslog}.</li>
 * </ul>
 */
package iosim.shell.controller;
