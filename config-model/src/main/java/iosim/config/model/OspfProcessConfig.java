package iosim.config.model;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/** One {@code router ospf N} block. */
public final class OspfProcessConfig extends ModelObject {
    /** {@code log-adjacency-changes}: on by default (not shown), {@code no ...} or {@code ... detail}. */
    public enum LogAdjacency { ON, OFF, DETAIL }

    private final int processId;
    private Ipv4 routerId;
    private final List<OspfNetwork> networks = new ArrayList<>();
    private boolean passiveDefault;
    private final TreeSet<InterfaceName> passive = new TreeSet<>();
    private final TreeSet<InterfaceName> notPassive = new TreeSet<>();
    private LogAdjacency logAdjacency = LogAdjacency.ON;
    private OspfDefaultInformation defaultInformation;
    private final TreeMap<String, OspfRedistribution> redistribute = new TreeMap<>();
    /** Stub areas: the value is {@code no-summary}. */
    private final TreeMap<OspfArea, Boolean> stubAreas = new TreeMap<>();
    private Integer referenceBandwidth;
    private int[] spfThrottle;

    public OspfProcessConfig(int processId) {
        this.processId = processId;
    }

    public int processId() { return processId; }
    public Ipv4 routerId() { return routerId; }
    public void setRouterId(Ipv4 routerId) { this.routerId = routerId; }
    public List<OspfNetwork> networks() { return networks; }
    public boolean passiveDefault() { return passiveDefault; }
    public void setPassiveDefault(boolean v) { this.passiveDefault = v; }
    public TreeSet<InterfaceName> passive() { return passive; }
    public TreeSet<InterfaceName> notPassive() { return notPassive; }
    public LogAdjacency logAdjacency() { return logAdjacency; }
    public void setLogAdjacency(LogAdjacency v) { this.logAdjacency = v; }
    public OspfDefaultInformation defaultInformation() { return defaultInformation; }
    public void setDefaultInformation(OspfDefaultInformation d) { this.defaultInformation = d; }
    public TreeMap<String, OspfRedistribution> redistribute() { return redistribute; }
    public TreeMap<OspfArea, Boolean> stubAreas() { return stubAreas; }
    public Integer referenceBandwidth() { return referenceBandwidth; }
    public void setReferenceBandwidth(Integer mbps) { this.referenceBandwidth = mbps; }
    /** {start, hold, max} in ms, or null for the defaults (50 200 5000). */
    public int[] spfThrottle() { return spfThrottle == null ? null : spfThrottle.clone(); }
    public void setSpfThrottle(int[] t) { this.spfThrottle = t == null ? null : t.clone(); }

    /** Whether {@code name} is passive under this process. */
    public boolean isPassive(InterfaceName name) {
        return passiveDefault ? !notPassive.contains(name) : passive.contains(name);
    }

    @Override
    protected List<Object> state() {
        return List.of(processId, String.valueOf(routerId), networks, passiveDefault, passive, notPassive, logAdjacency,
                String.valueOf(defaultInformation), redistribute, stubAreas, String.valueOf(referenceBandwidth),
                spfThrottle == null ? "" : java.util.Arrays.toString(spfThrottle));
    }
}
