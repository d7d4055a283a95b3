package iosim.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the shipped default lab with free SSH ports, for the dashboard tests. */
final class DashboardLabs {
    private DashboardLabs() {}

    static Path root() {
        Path here = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        return Files.isDirectory(here.resolve("running-configs")) ? here : here.getParent();
    }

    static Path defaultLab(Path into) throws IOException {
        Path src = root().resolve("running-configs/seed-site-to-site");
        Path dst = into.resolve("seed-site-to-site");
        Files.createDirectories(dst);
        try (Stream<Path> files = Files.list(src)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(f)) {
                    Files.copy(f, dst.resolve(f.getFileName()));
                }
            }
        }
        String yaml = Files.readString(dst.resolve("lab.yaml"));
        for (String port : new String[] {"2201", "2202", "2203"}) {
            yaml = yaml.replace("ssh: " + port, "ssh: " + freeTcpPort());
        }
        Files.writeString(dst.resolve("lab.yaml"), yaml);
        return dst;
    }

    static int freeTcpPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
