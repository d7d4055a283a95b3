package iosim.config.model;

import java.util.Arrays;
import java.util.List;

/** One interface's configuration (physical, loopback or tunnel). */
public final class InterfaceConfig extends ModelObject {
    private final InterfaceName name;
    private String description;
    private InterfaceAddress address;
    private InterfaceName unnumbered;
    private boolean shutdown;
    private boolean negotiationAuto;
    private String cryptoMap;
    private NatSide natSide;
    private Integer ipMtu;
    private Integer tcpAdjustMss;
    private String accessGroupIn;
    private String accessGroupOut;
    private TunnelSource tunnelSource;
    private Ipv4 tunnelDestination;
    private TunnelMode tunnelMode = TunnelMode.GRE_IP;
    private String tunnelProtection;
    private boolean tunnelProtectionShared;
    private Long tunnelKey;
    private boolean tunnelChecksum;
    private Integer keepalivePeriod;
    private Integer keepaliveRetries;
    private final OspfInterfaceSettings ospf = new OspfInterfaceSettings();

    /** A new interface in its boot state: physical ones shut down with autonegotiation on. */
    public InterfaceConfig(InterfaceName name) {
        this.name = name;
        this.shutdown = !name.type().isVirtual();
        this.negotiationAuto = !name.type().isVirtual();
    }

    public InterfaceName name() { return name; }
    /** {@code ip unnumbered IF}: borrows IF's address (VTIs, Virtual-Templates), or null. */
    public InterfaceName unnumbered() { return unnumbered; }
    public void setUnnumbered(InterfaceName i) { this.unnumbered = i; }
    /** The interface's {@code ip ospf ...} settings (never null; empty when none). */
    public OspfInterfaceSettings ospf() { return ospf; }
    public String description() { return description; }
    public void setDescription(String description) { this.description = description; }
    /** The primary address, or null ({@code no ip address}). */
    public InterfaceAddress address() { return address; }
    public void setAddress(InterfaceAddress address) { this.address = address; }
    public boolean shutdown() { return shutdown; }
    public void setShutdown(boolean shutdown) { this.shutdown = shutdown; }
    public boolean negotiationAuto() { return negotiationAuto; }
    public void setNegotiationAuto(boolean negotiationAuto) { this.negotiationAuto = negotiationAuto; }
    /** The crypto map set applied to this interface, or null. */
    public String cryptoMap() { return cryptoMap; }
    public void setCryptoMap(String cryptoMap) { this.cryptoMap = cryptoMap; }
    public NatSide natSide() { return natSide; }
    public void setNatSide(NatSide natSide) { this.natSide = natSide; }
    /** {@code ip mtu} in bytes, or null (the link MTU, 1500; 1446 is typical on VTIs). */
    public Integer ipMtu() { return ipMtu; }
    public void setIpMtu(Integer ipMtu) { this.ipMtu = ipMtu; }
    /** {@code ip tcp adjust-mss} in bytes, or null. */
    public Integer tcpAdjustMss() { return tcpAdjustMss; }
    public void setTcpAdjustMss(Integer mss) { this.tcpAdjustMss = mss; }
    public String accessGroupIn() { return accessGroupIn; }
    public void setAccessGroupIn(String acl) { this.accessGroupIn = acl; }
    public String accessGroupOut() { return accessGroupOut; }
    public void setAccessGroupOut(String acl) { this.accessGroupOut = acl; }
    public TunnelSource tunnelSource() { return tunnelSource; }
    public void setTunnelSource(TunnelSource tunnelSource) { this.tunnelSource = tunnelSource; }
    public Ipv4 tunnelDestination() { return tunnelDestination; }
    public void setTunnelDestination(Ipv4 tunnelDestination) { this.tunnelDestination = tunnelDestination; }
    public TunnelMode tunnelMode() { return tunnelMode; }
    public void setTunnelMode(TunnelMode tunnelMode) { this.tunnelMode = tunnelMode; }
    /** The {@code tunnel protection ipsec profile} name, or null. */
    public String tunnelProtection() { return tunnelProtection; }
    public void setTunnelProtection(String profile, boolean shared) {
        this.tunnelProtection = profile;
        this.tunnelProtectionShared = profile != null && shared;
    }
    public boolean tunnelProtectionShared() { return tunnelProtectionShared; }
    /** {@code tunnel key N} (unsigned 32 bits), or null. */
    public Long tunnelKey() { return tunnelKey; }
    public void setTunnelKey(Long key) { this.tunnelKey = key; }
    /** {@code tunnel checksum}. */
    public boolean tunnelChecksum() { return tunnelChecksum; }
    public void setTunnelChecksum(boolean on) { this.tunnelChecksum = on; }
    /** A tunnel's {@code keepalive PERIOD RETRIES}: the period in seconds, or null (no keepalives). */
    public Integer keepalivePeriod() { return keepalivePeriod; }
    public Integer keepaliveRetries() { return keepaliveRetries; }
    public void setKeepalive(Integer period, Integer retries) {
        this.keepalivePeriod = period;
        this.keepaliveRetries = period == null ? null : retries;
    }

    @Override
    protected List<Object> state() {
        return Arrays.asList(name, description, address, unnumbered, shutdown, negotiationAuto, cryptoMap, natSide, ipMtu, tcpAdjustMss,
                accessGroupIn, accessGroupOut, tunnelSource, tunnelDestination, tunnelMode, tunnelProtection,
                tunnelProtectionShared, tunnelKey, tunnelChecksum, keepalivePeriod, keepaliveRetries, ospf);
    }
}
