package iosim.ospf.packet;

/** What identifies an LSA instance's LSA (RFC 2328 12.1): type, link state ID, advertising router. */
public record LsaKey(int type, int lsId, int advRouter) implements Comparable<LsaKey> {
    @Override
    public int compareTo(LsaKey o) {
        int c = Integer.compare(type, o.type);
        if (c == 0) {
            c = Integer.compareUnsigned(lsId, o.lsId);
        }
        return c != 0 ? c : Integer.compareUnsigned(advRouter, o.advRouter);
    }

    @Override
    public String toString() {
        return "type-" + type + " " + Addr.format(lsId) + " adv " + Addr.format(advRouter);
    }
}
