package iosim.dataplane;

/**
 * The counters {@code show interfaces} prints. Written only on the node's event loop; read
 * through {@link #snapshot()} (plain long fields: a snapshot taken off the loop may be a few
 * packets stale, never torn per field on 64-bit JVMs since the fields are volatile-free but
 * only written by one thread; {@link Node} takes snapshots on the loop).
 */
public final class InterfaceCounters {
    long inputPackets;
    long inputBytes;
    long inputBroadcasts;
    long inputErrors;
    long inputDrops;
    long outputPackets;
    long outputBytes;
    long outputDrops;
    long outputErrors;
    long unknownProtocolDrops;

    /** Immutable copy. */
    public record Snapshot(long inputPackets, long inputBytes, long inputBroadcasts, long inputErrors, long inputDrops,
            long outputPackets, long outputBytes, long outputDrops, long outputErrors, long unknownProtocolDrops) {}

    public Snapshot snapshot() {
        return new Snapshot(inputPackets, inputBytes, inputBroadcasts, inputErrors, inputDrops, outputPackets,
                outputBytes, outputDrops, outputErrors, unknownProtocolDrops);
    }

    void clear() {
        inputPackets = inputBytes = inputBroadcasts = inputErrors = inputDrops = 0;
        outputPackets = outputBytes = outputDrops = outputErrors = unknownProtocolDrops = 0;
    }
}
