package iosim.config.apply;

import iosim.config.ConfigSection;
import iosim.config.RunningConfig;
import iosim.config.mode.Mode;
import iosim.config.model.InterfaceAddress;
import iosim.config.model.InterfaceConfig;
import iosim.config.model.InterfaceName;
import iosim.config.model.InterfaceType;
import iosim.config.model.Ipv4;
import iosim.config.model.NatSide;
import iosim.config.model.TunnelMode;
import iosim.config.model.TunnelSource;
import iosim.grammar.IosParser;
import java.util.Map;
import java.util.Set;

/** {@code interface X} / {@code no interface X} and the (config-if) statements. */
final class InterfaceApplier extends FeatureApplier {
    static final String ISAKMP_ON = "%CRYPTO-6-ISAKMP_ON_OFF: ISAKMP is ON";
    static final String ISAKMP_OFF = "%CRYPTO-6-ISAKMP_ON_OFF: ISAKMP is OFF";

    /** Null for typed lines; during a startup-config load, the interfaces already opened once. */
    private final Set<InterfaceName> bootSeen;

    InterfaceApplier(RunningConfig config, ModeContext context, Set<InterfaceName> bootSeen) {
        super(config, context);
        this.bootSeen = bootSeen;
    }

    // ---- global config ------------------------------------------------------------------------

    @Override
    public ApplyResult visitInterface_enter(IosParser.Interface_enterContext ctx) {
        InterfaceName name = existingOrVirtual(ctx.interface_name());
        if (ctx.if_type_tunnel() != null && name.type() != InterfaceType.VIRTUAL_TEMPLATE) {
            throw invalid(ctx.if_type_tunnel());
        }
        if (ctx.if_type_tunnel() == null && name.type() == InterfaceType.VIRTUAL_TEMPLATE
                && !model.interfaces().containsKey(name)) {
            // IOS would make a serial (PPP) template; this simulator has tunnel templates only
            throw rejected("% Only tunnel Virtual-Templates are supported: interface " + name + " type tunnel");
        }
        if (!model.interfaces().containsKey(name)) {
            model.interfaces().put(name, new InterfaceConfig(name));
            changed(ConfigSection.INTERFACE, name.toString());
        }
        InterfaceConfig ifc = model.interfaces().get(name);
        if (bootSeen != null && !name.type().isVirtual() && bootSeen.add(name) && ifc.shutdown()) {
            ifc.setShutdown(false);
            changed(ConfigSection.INTERFACE, name.toString());
        }
        return ApplyResult.enter(Mode.INTERFACE, ModeContext.of(name.toString()));
    }

    @Override
    public ApplyResult visitInterface_remove(IosParser.Interface_removeContext ctx) {
        InterfaceName name = existingOrVirtual(ctx.interface_name());
        if (!name.type().isVirtual()) {
            throw rejected("% Physical interfaces cannot be removed.");
        }
        boolean wasOn = cryptoInUse();
        if (model.interfaces().remove(name) == null) {
            return ApplyResult.stay();
        }
        changed(ConfigSection.INTERFACE, name.toString());
        return isakmpTransition(wasOn, ApplyResult.stay());
    }

    /** A name the box can have: an existing physical interface, or any loopback/tunnel number. */
    private InterfaceName existingOrVirtual(IosParser.Interface_nameContext ctx) {
        InterfaceName name = interfaceName(ctx);
        if (!name.type().isVirtual() && !model.interfaces().containsKey(name)) {
            throw invalid((org.antlr.v4.runtime.ParserRuleContext) ctx.getChild(1));
        }
        return name;
    }

    // ---- (config-if) ------------------------------------------------------------------------------

    private InterfaceConfig current() {
        InterfaceName name = InterfaceName.parse(context.name()).orElseThrow(() -> rejected("% Interface not found"));
        InterfaceConfig ifc = model.interfaces().get(name);
        if (ifc == null) {
            throw rejected("% Interface " + name + " has been removed");
        }
        return ifc;
    }

    private ApplyResult done(InterfaceConfig ifc) {
        changed(ConfigSection.INTERFACE, ifc.name().toString());
        return ApplyResult.stay();
    }

    @Override
    public ApplyResult visitIf_description(IosParser.If_descriptionContext ctx) {
        InterfaceConfig ifc = current();
        String text = no(ctx.neg) ? null : Tokens.text(ctx.if_description_text());
        if (text != null && text.length() > 240) {
            throw invalid(ctx.if_description_text());
        }
        ifc.setDescription(text);
        return done(ifc);
    }

    @Override
    public ApplyResult visitIf_ip_unnumbered(IosParser.If_ip_unnumberedContext ctx) {
        InterfaceConfig ifc = current();
        if (no(ctx.neg)) {
            ifc.setUnnumbered(null);
            return done(ifc);
        }
        if (ifc.name().type() == InterfaceType.GIGABIT_ETHERNET) {
            throw rejected("Point-to-point (non-multi-access) interfaces only");
        }
        ifc.setUnnumbered(interfaceName(ctx.interface_name()));
        ifc.setAddress(null);
        return done(ifc);
    }

    @Override
    public ApplyResult visitIf_ip_address(IosParser.If_ip_addressContext ctx) {
        InterfaceConfig ifc = current();
        if (no(ctx.neg)) {
            ifc.setAddress(null);
            return done(ifc);
        }
        ifc.setUnnumbered(null);
        Ipv4 address = ipv4(ctx.if_address());
        Ipv4 mask = ipv4(ctx.if_mask());
        if (!mask.isContiguousMask()) {
            throw rejected(String.format("Bad mask 0x%08X for address %s", mask.bits(), address));
        }
        int len = mask.prefixLength();
        Ipv4 host = new Ipv4(address.bits() & ~mask.bits());
        if (len == 0 || (len < 31 && (host.bits() == 0 || host.bits() == ~mask.bits()))) {
            throw rejected("Bad mask /" + len + " for address " + address);
        }
        InterfaceAddress wanted = new InterfaceAddress(address, mask);
        int bits = address.bits();
        int maskBits = mask.bits();
        for (Map.Entry<InterfaceName, InterfaceConfig> e : model.interfaces().entrySet()) {
            InterfaceAddress other = e.getValue().address();
            if (e.getValue() == ifc || other == null) {
                continue;
            }
            int common = maskBits & other.mask().bits(); // the shorter of two contiguous masks
            if (((bits ^ other.address().bits()) & common) == 0) {
                throw rejected("% " + wanted.network() + " overlaps with " + e.getKey());
            }
        }
        ifc.setAddress(wanted);
        return done(ifc);
    }

    @Override
    public ApplyResult visitIf_shutdown(IosParser.If_shutdownContext ctx) {
        InterfaceConfig ifc = current();
        ifc.setShutdown(!no(ctx.neg));
        return done(ifc);
    }

    @Override
    public ApplyResult visitIf_negotiation(IosParser.If_negotiationContext ctx) {
        InterfaceConfig ifc = current();
        if (ifc.name().type() != InterfaceType.GIGABIT_ETHERNET) {
            throw invalid(ctx);
        }
        ifc.setNegotiationAuto(!no(ctx.neg));
        return done(ifc);
    }

    @Override
    public ApplyResult visitIf_crypto_map(IosParser.If_crypto_mapContext ctx) {
        InterfaceConfig ifc = current();
        boolean wasOn = cryptoInUse();
        ifc.setCryptoMap(no(ctx.neg) ? null : Tokens.text(ctx.if_crypto_map_name()));
        return isakmpTransition(wasOn, done(ifc));
    }

    @Override
    public ApplyResult visitIf_ip_nat(IosParser.If_ip_natContext ctx) {
        InterfaceConfig ifc = current();
        NatSide side = NatSide.valueOf(Tokens.keyword(ctx.if_nat_side()).toUpperCase());
        if (!no(ctx.neg)) {
            ifc.setNatSide(side);
        } else if (ifc.natSide() == side) {
            ifc.setNatSide(null);
        }
        return done(ifc);
    }

    @Override
    public ApplyResult visitIf_ip_access_group(IosParser.If_ip_access_groupContext ctx) {
        InterfaceConfig ifc = current();
        boolean in = "in".equals(Tokens.keyword(ctx.if_acl_direction()));
        String acl = no(ctx.neg) ? null : Tokens.text(ctx.if_acl_name());
        if (in) {
            ifc.setAccessGroupIn(acl);
        } else {
            ifc.setAccessGroupOut(acl);
        }
        return done(ifc);
    }

    @Override
    public ApplyResult visitIf_ip_mtu(IosParser.If_ip_mtuContext ctx) {
        InterfaceConfig ifc = current();
        ifc.setIpMtu(no(ctx.neg) ? null : intNumber(ctx.if_ip_mtu_bytes(), 68, 1500));
        return done(ifc);
    }

    @Override
    public ApplyResult visitIf_ip_tcp_adjust_mss(IosParser.If_ip_tcp_adjust_mssContext ctx) {
        InterfaceConfig ifc = current();
        ifc.setTcpAdjustMss(no(ctx.neg) ? null : intNumber(ctx.if_mss_bytes(), 500, 1460));
        return done(ifc);
    }

    private InterfaceConfig currentTunnel(org.antlr.v4.runtime.ParserRuleContext ctx) {
        InterfaceConfig ifc = current();
        if (ifc.name().type() != InterfaceType.TUNNEL && ifc.name().type() != InterfaceType.VIRTUAL_TEMPLATE) {
            throw invalid(ctx);
        }
        return ifc;
    }

    @Override
    public ApplyResult visitIf_tunnel_source(IosParser.If_tunnel_sourceContext ctx) {
        InterfaceConfig ifc = currentTunnel(ctx);
        TunnelSource source = null;
        if (!no(ctx.neg)) {
            source = ctx.interface_name() != null
                    ? new TunnelSource(interfaceName(ctx.interface_name()), null)
                    : new TunnelSource(null, ipv4(ctx.if_tunnel_source_address()));
        }
        ifc.setTunnelSource(source);
        return done(ifc);
    }

    @Override
    public ApplyResult visitIf_tunnel_destination(IosParser.If_tunnel_destinationContext ctx) {
        InterfaceConfig ifc = currentTunnel(ctx);
        ifc.setTunnelDestination(no(ctx.neg) ? null : ipv4(ctx.if_tunnel_destination_address()));
        return done(ifc);
    }

    @Override
    public ApplyResult visitIf_tunnel_mode(IosParser.If_tunnel_modeContext ctx) {
        InterfaceConfig ifc = currentTunnel(ctx);
        TunnelMode mode = TunnelMode.GRE_IP;
        if (!no(ctx.neg) && "ipsec".equals(Tokens.keyword(ctx.if_tunnel_mode_kind()))) {
            mode = TunnelMode.IPSEC_IPV4;
        }
        ifc.setTunnelMode(mode);
        return done(ifc);
    }

    @Override
    public ApplyResult visitIf_tunnel_protection(IosParser.If_tunnel_protectionContext ctx) {
        InterfaceConfig ifc = currentTunnel(ctx);
        boolean wasOn = cryptoInUse();
        if (no(ctx.neg)) {
            ifc.setTunnelProtection(null, false);
        } else {
            ifc.setTunnelProtection(Tokens.text(ctx.if_tunnel_ipsec_profile()), ctx.shared != null);
        }
        return isakmpTransition(wasOn, done(ifc));
    }

    @Override
    public ApplyResult visitIf_tunnel_key(IosParser.If_tunnel_keyContext ctx) {
        InterfaceConfig ifc = currentTunnel(ctx);
        if (no(ctx.neg)) {
            ifc.setTunnelKey(null);
        } else {
            long key = number(ctx.if_tunnel_key_value(), 0, 0xffff_ffffL);
            ifc.setTunnelKey(key);
        }
        return done(ifc);
    }

    @Override
    public ApplyResult visitIf_tunnel_checksum(IosParser.If_tunnel_checksumContext ctx) {
        InterfaceConfig ifc = currentTunnel(ctx);
        ifc.setTunnelChecksum(!no(ctx.neg));
        return done(ifc);
    }

    /** {@code keepalive [period [retries]]}: kept on tunnels (IOS's defaults 10 and 3); other interfaces keep theirs. */
    @Override
    public ApplyResult visitIf_keepalive(IosParser.If_keepaliveContext ctx) {
        InterfaceConfig ifc = current();
        Integer period = ctx.if_keepalive_period() == null ? 10 : intNumber(ctx.if_keepalive_period(), 0, 32767);
        Integer retries = ctx.if_keepalive_retries() == null ? 3 : intNumber(ctx.if_keepalive_retries(), 1, 255);
        if (ifc.name().type() == InterfaceType.TUNNEL) {
            ifc.setKeepalive(no(ctx.neg) ? null : period, retries);
        }
        return done(ifc);
    }

    // ---- ISAKMP ON/OFF -------------------------------------------------------------------------

    private boolean cryptoInUse() {
        return model.interfaces().values().stream()
                .anyMatch(i -> i.cryptoMap() != null || i.tunnelProtection() != null);
    }

    private ApplyResult isakmpTransition(boolean wasOn, ApplyResult result) {
        boolean isOn = cryptoInUse();
        if (isOn && !wasOn) {
            return result.withSyslog(ISAKMP_ON);
        }
        if (!isOn && wasOn) {
            return result.withSyslog(ISAKMP_OFF);
        }
        return result;
    }
}
