package iosim.config.model;

import java.util.List;
import java.util.TreeMap;

/** An interface's {@code ip ospf ...} commands; null fields are at their defaults. */
public final class OspfInterfaceSettings extends ModelObject {
    /** {@code ip ospf authentication [message-digest|null]}. */
    public enum Authentication { SIMPLE, MESSAGE_DIGEST, NULL }

    /** {@code ip ospf network ...}. */
    public enum Network { BROADCAST, POINT_TO_POINT, POINT_TO_MULTIPOINT;

        public String iosText() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private Integer processId;
    private OspfArea area;
    private Integer cost;
    private Integer helloInterval;
    private Integer deadInterval;
    private Integer priority;
    private Network network;
    private Authentication authentication;
    private final TreeMap<Integer, String> md5Keys = new TreeMap<>();
    private String authenticationKey;
    private boolean mtuIgnore;

    public Integer processId() { return processId; }
    public OspfArea area() { return area; }
    public void setProcessArea(Integer pid, OspfArea a) { this.processId = pid; this.area = a; }
    public Integer cost() { return cost; }
    public void setCost(Integer c) { this.cost = c; }
    public Integer helloInterval() { return helloInterval; }
    public void setHelloInterval(Integer s) { this.helloInterval = s; }
    public Integer deadInterval() { return deadInterval; }
    public void setDeadInterval(Integer s) { this.deadInterval = s; }
    public Integer priority() { return priority; }
    public void setPriority(Integer p) { this.priority = p; }
    public Network network() { return network; }
    public void setNetwork(Network n) { this.network = n; }
    public Authentication authentication() { return authentication; }
    public void setAuthentication(Authentication a) { this.authentication = a; }
    public TreeMap<Integer, String> md5Keys() { return md5Keys; }
    public String authenticationKey() { return authenticationKey; }
    public void setAuthenticationKey(String k) { this.authenticationKey = k; }
    public boolean mtuIgnore() { return mtuIgnore; }
    public void setMtuIgnore(boolean v) { this.mtuIgnore = v; }

    public boolean isEmpty() {
        return processId == null && cost == null && helloInterval == null && deadInterval == null && priority == null
                && network == null && authentication == null && md5Keys.isEmpty() && authenticationKey == null
                && !mtuIgnore;
    }

    @Override
    protected List<Object> state() {
        return List.of(String.valueOf(processId), String.valueOf(area), String.valueOf(cost),
                String.valueOf(helloInterval), String.valueOf(deadInterval), String.valueOf(priority),
                String.valueOf(network), String.valueOf(authentication), md5Keys, String.valueOf(authenticationKey),
                mtuIgnore);
    }
}
