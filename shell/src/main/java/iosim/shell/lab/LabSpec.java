package iosim.shell.lab;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A parsed and validated lab: its folder, the routers (in file order), links and hosts, and the
 * router whose console the starting terminal shows first.
 */
public record LabSpec(Path dir, String name, List<RouterSpec> routers, List<LinkSpec> links, List<HostSpec> hosts,
        String console) {

    public LabSpec {
        routers = List.copyOf(routers);
        links = List.copyOf(links);
        hosts = List.copyOf(hosts);
    }

    public Optional<RouterSpec> router(String name) {
        return routers.stream().filter(r -> r.name().equals(name)).findFirst();
    }
}
