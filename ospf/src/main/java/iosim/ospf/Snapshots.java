package iosim.ospf;

import java.util.List;

/** Read-only views of a process for show commands, taken on the process thread. Times in ms. */
public final class Snapshots {
    private Snapshots() {}

    public record Neighbor(int routerId, int address, String ifName, int priority, NeighborState state, int dr, int bdr,
                           long deadInMillis, long upMillis, int stateChanges, int area, int options,
                           int requestCount, int retransmitCount, boolean master) {}

    public record Interface(String ifName, int address, int prefixLength, int area, int cost, NetworkType networkType,
                            InterfaceState state, int priority, int drRouterId, int dr, int bdrRouterId, int bdr,
                            int helloInterval, int deadInterval, int retransmitInterval, int transmitDelay,
                            boolean passive, long helloDueMillis, int neighbors, int adjacent, List<Integer> adjacentIds,
                            String authType, int keyId, boolean up) {}

    public record Lsa(int area, int type, int lsId, int advRouter, int age, int seq, int checksum, int options,
                      int linkCount, byte[] body) {}

    public record Area(int area, boolean stub, boolean totallyStub, int interfaces, int spfRuns, int lsaCount,
                       long lsaChecksumSum) {}

    public record Process(int processId, int routerId, boolean abr, boolean asbr, long upMillis, List<Area> areas,
                          int externalCount, long externalChecksumSum, int spfStart, int spfHold, int spfMax,
                          long lastSpfAgoMillis, long lastSpfMicros, int spfRuns) {}
}
