package iosim.config.render;

import iosim.config.RunningConfig;
import iosim.config.model.InterfaceConfig;
import iosim.config.model.InterfaceType;
import iosim.config.model.TunnelMode;

/** The interface blocks, Loopbacks then Tunnels then GigabitEthernets, each closed by {@code !}. */
final class InterfaceRenderer {
    private InterfaceRenderer() {
    }

    static void render(RunningConfig c, ConfigText out) {
        for (InterfaceConfig i : c.interfaces().values()) {
            render(i, out);
            out.bang();
        }
    }

    /** One interface block without the closing {@code !} (also for {@code show running-config interface}). */
    static void render(InterfaceConfig i, ConfigText out) {
        out.line("interface " + i.name() + (i.name().type() == InterfaceType.VIRTUAL_TEMPLATE ? " type tunnel" : ""));
        if (i.description() != null) {
            out.sub(1, "description " + i.description());
        }
        if (i.unnumbered() != null) {
            out.sub(1, "ip unnumbered " + i.unnumbered());
        } else {
            out.sub(1, i.address() == null ? "no ip address" : "ip address " + i.address().address() + " " + i.address().mask());
        }
        if (i.accessGroupIn() != null) {
            out.sub(1, "ip access-group " + i.accessGroupIn() + " in");
        }
        if (i.accessGroupOut() != null) {
            out.sub(1, "ip access-group " + i.accessGroupOut() + " out");
        }
        if (i.ipMtu() != null) {
            out.sub(1, "ip mtu " + i.ipMtu());
        }
        if (i.natSide() != null) {
            out.sub(1, "ip nat " + i.natSide().iosText());
        }
        OspfRenderer.interfaceLines(i.ospf(), out);
        if (i.tcpAdjustMss() != null) {
            out.sub(1, "ip tcp adjust-mss " + i.tcpAdjustMss());
        }
        if (i.keepalivePeriod() != null) {
            out.sub(1, "keepalive " + i.keepalivePeriod() + " " + i.keepaliveRetries());
        }
        if (i.shutdown()) {
            out.sub(1, "shutdown");
        }
        if (i.name().type() == InterfaceType.TUNNEL || i.name().type() == InterfaceType.VIRTUAL_TEMPLATE) {
            if (i.tunnelSource() != null) {
                out.sub(1, "tunnel source " + i.tunnelSource());
            }
            if (i.tunnelMode() != TunnelMode.GRE_IP) {
                out.sub(1, "tunnel mode " + i.tunnelMode().iosText());
            }
            if (i.tunnelDestination() != null) {
                out.sub(1, "tunnel destination " + i.tunnelDestination());
            }
            if (i.tunnelKey() != null) {
                out.sub(1, "tunnel key " + i.tunnelKey());
            }
            if (i.tunnelChecksum()) {
                out.sub(1, "tunnel checksum");
            }
            if (i.tunnelProtection() != null) {
                out.sub(1, "tunnel protection ipsec profile " + i.tunnelProtection()
                        + (i.tunnelProtectionShared() ? " shared" : ""));
            }
        }
        if (i.name().type() == InterfaceType.GIGABIT_ETHERNET) {
            out.sub(1, i.negotiationAuto() ? "negotiation auto" : "no negotiation auto");
        }
        if (i.cryptoMap() != null) {
            out.sub(1, "crypto map " + i.cryptoMap());
        }
    }
}
