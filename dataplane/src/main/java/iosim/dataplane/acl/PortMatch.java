package iosim.dataplane.acl;

/** A TCP/UDP port condition: {@code eq}, {@code neq}, {@code lt}, {@code gt}, {@code range}, or none. */
public record PortMatch(Op op, int low, int high) {
    /** The port operators of IOS extended ACLs. */
    public enum Op { ANY, EQ, NEQ, LT, GT, RANGE }

    public static final PortMatch ANY = new PortMatch(Op.ANY, 0, 65535);

    public PortMatch {
        if (low < 0 || high > 65535 || low > high) {
            throw new IllegalArgumentException("bad port range " + low + "-" + high);
        }
    }

    public static PortMatch eq(int p) {
        return new PortMatch(Op.EQ, p, p);
    }

    public static PortMatch neq(int p) {
        return new PortMatch(Op.NEQ, p, p);
    }

    public static PortMatch lt(int p) {
        return new PortMatch(Op.LT, p, p);
    }

    public static PortMatch gt(int p) {
        return new PortMatch(Op.GT, p, p);
    }

    public static PortMatch range(int lo, int hi) {
        return new PortMatch(Op.RANGE, lo, hi);
    }

    public boolean matches(int port) {
        return switch (op) {
            case ANY -> true;
            case EQ -> port == low;
            case NEQ -> port != low;
            case LT -> port < low;
            case GT -> port > low;
            case RANGE -> port >= low && port <= high;
        };
    }

    @Override
    public String toString() {
        return switch (op) {
            case ANY -> "";
            case RANGE -> "range " + low + " " + high;
            default -> op.name().toLowerCase() + " " + low;
        };
    }
}
