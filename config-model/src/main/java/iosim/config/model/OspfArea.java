package iosim.config.model;

/** An OSPF area ID as typed: decimal ({@code area 1}) or dotted ({@code area 0.0.0.1}); IOS keeps the form. */
public record OspfArea(long id, boolean dotted) implements Comparable<OspfArea> {
    public static OspfArea decimal(long id) {
        return new OspfArea(id, false);
    }

    public int bits() {
        return (int) id;
    }

    @Override
    public String toString() {
        return dotted ? new Ipv4((int) id).toString() : Long.toString(id);
    }

    @Override
    public int compareTo(OspfArea o) {
        return Long.compare(id, o.id);
    }
}
