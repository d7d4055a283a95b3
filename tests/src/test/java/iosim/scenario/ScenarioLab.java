package iosim.scenario;

import iosim.dataplane.link.InProcessWire;
import iosim.shell.controller.RouterRuntime;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lab folder of running-configs/ brought up in this JVM: its {@code lab.yaml} names the
 * routers, their configs and the links (read with two regexes: the lab engineer owns the full
 * format); routers are created, wired with {@link InProcessWire}, then booted, as a lab powers on.
 */
final class ScenarioLab implements AutoCloseable {
    private static final Pattern ROUTER = Pattern.compile("(?m)^  ([A-Za-z0-9_-]+):\\s*\\n    config: (\\S+)");
    private static final Pattern LINK = Pattern.compile("(?m)^  - \\[(\\S+) (\\S+), (\\S+) (\\S+)]");

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    private final Map<String, RouterRuntime> routers = new LinkedHashMap<>();

    ScenarioLab(String labDir, Path tmp) throws IOException {
        Path dir = Prerequisites.locate("running-configs/" + labDir);
        String yaml = Files.readString(dir.resolve("lab.yaml"));
        Matcher r = ROUTER.matcher(yaml);
        while (r.find()) {
            Path nvram = tmp.resolve(r.group(1) + ".cfg");
            Files.copy(dir.resolve(r.group(2)), nvram);
            routers.put(r.group(1), RouterRuntime.create(nvram, group));
        }
        Matcher l = LINK.matcher(yaml);
        while (l.find()) {
            InProcessWire.connect(routers.get(l.group(1)).ethernet(l.group(2)), routers.get(l.group(3)).ethernet(l.group(4)));
        }
        for (RouterRuntime rt : routers.values()) {
            List<String> errors = rt.bootRouter();
            if (!errors.isEmpty()) {
                throw new AssertionError(labDir + ": startup-config errors " + errors);
            }
        }
    }

    RouterRuntime router(String name) {
        return routers.get(name);
    }

    @Override
    public void close() {
        routers.values().forEach(RouterRuntime::close);
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
