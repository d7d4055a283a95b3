package iosim.config.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@code crypto ikev2 policy NAME}: proposals in preference order and local addresses matched. */
public final class Ikev2Policy extends ModelObject {
    private final String name;
    private final List<String> proposals = new ArrayList<>();
    private final List<Ipv4> matchAddressLocal = new ArrayList<>();

    public Ikev2Policy(String name) {
        this.name = name;
    }

    public String name() { return name; }
    public List<String> proposals() { return List.copyOf(proposals); }
    public List<Ipv4> matchAddressLocal() { return List.copyOf(matchAddressLocal); }

    public void addProposal(String p) { if (!proposals.contains(p)) { proposals.add(p); } }
    public void removeProposal(String p) { proposals.remove(p); }
    public void addMatchAddressLocal(Ipv4 a) { if (!matchAddressLocal.contains(a)) { matchAddressLocal.add(a); } }
    public void removeMatchAddressLocal(Ipv4 a) { matchAddressLocal.remove(a); }
    public void clearMatchAddressLocal() { matchAddressLocal.clear(); }

    @Override
    protected List<Object> state() {
        return Arrays.asList(name, proposals, matchAddressLocal);
    }
}
