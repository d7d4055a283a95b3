package iosim.lab;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the shipped labs with ports free on this machine, for tests. */
final class LabFixtures {
    private LabFixtures() {
    }

    /** The repository's root (the tests run in {@code tests/}). */
    static Path root() {
        Path here = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        return Files.isDirectory(here.resolve("running-configs")) ? here : here.getParent();
    }

    /** A copy of the default lab in {@code into}, its SSH ports replaced by free ones. */
    static Path defaultLab(Path into) throws IOException {
        return lab("seed-site-to-site", into);
    }

    /** A copy of the shipped lab {@code running-configs/NAME} in {@code into}, its SSH ports free ones. */
    static Path lab(String name, Path into) throws IOException {
        Path src = root().resolve("running-configs").resolve(name);
        Path dst = into.resolve(name);
        Files.createDirectories(dst);
        try (Stream<Path> files = Files.list(src)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(f)) {
                    Files.copy(f, dst.resolve(f.getFileName()));
                }
            }
        }
        String yaml = Files.readString(dst.resolve("lab.yaml"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("ssh: *\\d+").matcher(yaml);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, "ssh: " + freeTcpPort());
        }
        m.appendTail(b);
        yaml = b.toString();
        Files.writeString(dst.resolve("lab.yaml"), yaml);
        return dst;
    }

    static int freeTcpPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static int freeUdpPort() throws IOException {
        try (DatagramSocket s = new DatagramSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** The number after {@code label} (e.g. {@code #pkts encaps: }) in {@code text}, or -1. */
    static long counter(String text, String label) {
        int i = text.indexOf(label);
        if (i < 0) {
            return -1;
        }
        int j = i + label.length();
        int k = j;
        while (k < text.length() && Character.isDigit(text.charAt(k))) {
            k++;
        }
        return k == j ? -1 : Long.parseLong(text.substring(j, k));
    }
}
