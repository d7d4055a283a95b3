package iosim.ospf;

import java.util.List;
import java.util.Set;

/**
 * What an OSPF process should run: its router ID (0 = the highest interface address at start),
 * its interfaces, stub areas, the external routes it originates and SPF throttle timers (ms).
 */
public record ProcessSpec(int processId, int routerId, List<InterfaceSpec> interfaces, Set<Integer> stubAreas,
                          Set<Integer> totallyStubAreas, List<ExternalRoute> externals, int spfStart, int spfHold,
                          int spfMax) {
    public ProcessSpec {
        interfaces = List.copyOf(interfaces);
        stubAreas = Set.copyOf(stubAreas);
        totallyStubAreas = Set.copyOf(totallyStubAreas);
        externals = List.copyOf(externals);
    }

    /** IOS-XE defaults: timers throttle spf 50 200 5000. */
    public static ProcessSpec of(int processId, int routerId, List<InterfaceSpec> interfaces) {
        return new ProcessSpec(processId, routerId, interfaces, Set.of(), Set.of(), List.of(), 50, 200, 5000);
    }

    public ProcessSpec withExternals(List<ExternalRoute> e) {
        return new ProcessSpec(processId, routerId, interfaces, stubAreas, totallyStubAreas, e, spfStart, spfHold, spfMax);
    }

    public ProcessSpec withInterfaces(List<InterfaceSpec> i) {
        return new ProcessSpec(processId, routerId, i, stubAreas, totallyStubAreas, externals, spfStart, spfHold, spfMax);
    }

    public ProcessSpec withStubAreas(Set<Integer> stub, Set<Integer> totallyStub) {
        return new ProcessSpec(processId, routerId, interfaces, stub, totallyStub, externals, spfStart, spfHold, spfMax);
    }

    public boolean isStub(int area) {
        return stubAreas.contains(area) || totallyStubAreas.contains(area);
    }
}
