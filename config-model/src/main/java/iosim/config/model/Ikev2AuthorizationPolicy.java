package iosim.config.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@code crypto ikev2 authorization policy NAME}: what a remote-access client is given. */
public final class Ikev2AuthorizationPolicy extends ModelObject {
    private final String name;
    private String pool;
    private final List<Ipv4> dns = new ArrayList<>();
    private final List<Ipv4> wins = new ArrayList<>();
    private Ipv4 netmask;
    private boolean routeSetInterface;
    private String routeSetAccessList;
    private String defDomain;

    public Ikev2AuthorizationPolicy(String name) {
        this.name = name;
    }

    public String name() { return name; }
    /** {@code pool NAME}: the {@code ip local pool} addresses come from, or null. */
    public String pool() { return pool; }
    public void setPool(String pool) { this.pool = pool; }
    /** {@code dns A [B]}: up to two servers. */
    public List<Ipv4> dns() { return List.copyOf(dns); }
    public void setDns(List<Ipv4> servers) { dns.clear(); dns.addAll(servers); }
    /** {@code wins A [B]}: up to two servers. */
    public List<Ipv4> wins() { return List.copyOf(wins); }
    public void setWins(List<Ipv4> servers) { wins.clear(); wins.addAll(servers); }
    public Ipv4 netmask() { return netmask; }
    public void setNetmask(Ipv4 m) { this.netmask = m; }
    /** {@code route set interface}: the virtual-access interface's address is pushed as a route. */
    public boolean routeSetInterface() { return routeSetInterface; }
    public void setRouteSetInterface(boolean v) { this.routeSetInterface = v; }
    /** {@code route set access-list NAME}: its networks are pushed as split-tunnel subnets, or null. */
    public String routeSetAccessList() { return routeSetAccessList; }
    public void setRouteSetAccessList(String acl) { this.routeSetAccessList = acl; }
    public String defDomain() { return defDomain; }
    public void setDefDomain(String d) { this.defDomain = d; }

    @Override
    protected List<Object> state() {
        return Arrays.asList(name, pool, dns, wins, netmask, routeSetInterface, routeSetAccessList, defDomain);
    }
}
