package iosim.ospf;

/** Neighbour states (RFC 2328 10.1), in order. */
public enum NeighborState { DOWN, ATTEMPT, INIT, TWO_WAY, EXSTART, EXCHANGE, LOADING, FULL;

    public boolean atLeast(NeighborState s) {
        return compareTo(s) >= 0;
    }
}
