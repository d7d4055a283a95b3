package iosim.shell.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A running lab's state folder: one {@link RouterState} per router, apart from the lab folder, so
 * a lab runs from its files without changing them. By default
 * {@code $XDG_STATE_HOME/iosim/labs/<folder>-<8 hex of the folder's absolute path>}
 * ({@code ~/.local/state/...} without XDG); {@code --state DIR} chooses another. The first run
 * (or {@code --fresh}, which empties the folder first) seeds each router's startup-config with a
 * copy of the lab's config file; afterwards the state's copy is what boots, so a
 * {@code write memory} survives restarts and an {@code erase startup-config} stays erased.
 */
public final class LabState {
    private final Path root;

    private LabState(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The state folder for the lab in {@code labDir}: {@code stateOrNull}, else the default. */
    public static LabState of(Path labDir, Path stateOrNull) {
        return new LabState(stateOrNull != null ? stateOrNull : defaultRoot(labDir));
    }

    static Path defaultRoot(Path labDir) {
        Path abs = labDir.toAbsolutePath().normalize();
        try {
            abs = abs.toRealPath();
        } catch (IOException e) {
            // not there: the plain absolute path
        }
        String name = abs.getFileName() == null ? "lab" : abs.getFileName().toString();
        return RouterState.userStateHome().resolve("labs").resolve(name + "-" + shortHash(abs.toString()));
    }

    private static String shortHash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path root() {
        return root;
    }

    public RouterState router(String name) {
        return new RouterState(root.resolve(name));
    }

    /**
     * Makes the folder ready for {@code spec}: with {@code fresh} every router's state is removed
     * first; a router with no state yet gets its startup-config copied from the lab's file.
     */
    public void prepare(LabSpec spec, boolean fresh) throws IOException {
        Files.createDirectories(root);
        Files.writeString(root.resolve("lab-source"), spec.dir().toAbsolutePath().normalize() + "\n",
                StandardCharsets.UTF_8);
        for (RouterSpec r : spec.routers()) {
            RouterState s = router(r.name());
            if (fresh) {
                deleteTree(s.dir());
            }
            Files.createDirectories(s.dir());
            if (!Files.exists(s.seededMarker())) {
                Files.copy(r.config(), s.startupConfig(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                Files.writeString(s.seededMarker(), r.config().toAbsolutePath().normalize() + "\n", StandardCharsets.UTF_8);
            }
        }
    }

    /** Erases one router's state (a factory-fresh router). */
    public static void erase(RouterState s) throws IOException {
        deleteTree(s.dir());
    }

    /** Removes a router's whole state folder (keys, flash: and NVRAM), for {@code --fresh}. */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
