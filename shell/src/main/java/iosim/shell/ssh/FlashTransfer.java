package iosim.shell.ssh;

import iosim.shell.fs.FlashFileSystem;
import iosim.shell.fs.FsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionContext;
import org.apache.sshd.scp.common.helpers.DefaultScpFileOpener;
import org.apache.sshd.scp.server.ScpCommandFactory;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.subsystem.SubsystemFactory;
import org.apache.sshd.sftp.server.SftpFileSystemAccessor;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.apache.sshd.sftp.server.SftpSubsystemProxy;

/**
 * SCP (and SFTP) into and out of a router's {@code flash:} with {@code ip scp server enable}, for
 * privilege-15 logins only, as IOS allows it. A remote path names flash: as IOS does
 * ({@code flash:/dir/x}, {@code bootflash:x}, {@code x}); another file system is refused. Every
 * SCP write goes through {@link FlashFileSystem#openWrite}: the name checked, the free space
 * checked before the first byte, the bytes in a hidden temporary file moved into place only when
 * all have arrived, so a transfer that fails or is cut leaves the old file or none. SFTP works on
 * the same folder (MINA's rooted file system: nothing outside it is reachable), without links.
 */
final class FlashTransfer {
    private final Supplier<FlashFileSystem> flash;
    private final Predicate<Session> allowed;
    private final Clock clock;

    /**
     * @param flash   the router's flash: (asked at each transfer)
     * @param allowed true when the session may transfer ({@code ip scp server enable}, privilege 15)
     */
    FlashTransfer(Supplier<FlashFileSystem> flash, Predicate<Session> allowed, Clock clock) {
        this.flash = flash;
        this.allowed = allowed;
        this.clock = clock;
    }

    /** True for the command lines an SCP client sends ({@code scp -t PATH}, {@code scp -f PATH}). */
    static boolean isScp(String command) {
        return command != null && (command.startsWith("scp ") || command.equals("scp"));
    }

    /** Sessions' file system: the flash: folder as {@code /}. */
    VirtualFileSystemFactory fileSystems() {
        return new VirtualFileSystemFactory() {
            @Override
            public Path getUserHomeDir(SessionContext session) throws IOException {
                Path root = flash.get().root();
                Files.createDirectories(root);
                return root;
            }
        };
    }

    /** The SCP command for {@code command}, or one that refuses when the session may not transfer. */
    Command scp(ChannelSession channel, String command) throws IOException {
        if (!allowed.test(channel.getServerSession())) {
            return new RefusedCommand();
        }
        ScpCommandFactory f = new ScpCommandFactory.Builder().withFileOpener(new Opener()).build();
        return f.createCommand(channel, command);
    }

    /** The SFTP subsystem over the same folder; refused (the request fails) when the session may not transfer. */
    SubsystemFactory sftp() {
        SftpSubsystemFactory sftp = new SftpSubsystemFactory.Builder().withFileSystemAccessor(new Accessor()).build();
        return new SubsystemFactory() {
            @Override
            public String getName() {
                return sftp.getName();
            }

            @Override
            public Command createSubsystem(ChannelSession channel) throws IOException {
                if (!allowed.test(channel.getServerSession())) {
                    throw new IOException("Permission denied");
                }
                return sftp.createSubsystem(channel);
            }
        };
    }

    /**
     * A remote path as a path of the rooted file system: {@code flash:}, {@code flash0:} and
     * {@code bootflash:} name its root; any other {@code NAME:} is a device the router has not.
     */
    static String localPath(String remote) throws IOException {
        String r = remote;
        int colon = r.indexOf(':');
        if (colon >= 0) {
            String fs = r.substring(0, colon).toLowerCase(Locale.ROOT);
            if (!fs.equals("flash") && !fs.equals("bootflash") && !fs.equals("flash0")) {
                throw new FsException(FsException.Reason.INVALID);
            }
            r = r.substring(colon + 1);
        }
        return r.startsWith("/") ? r : "/" + r;
    }

    /** The IOS path (relative to flash:'s root) of a path of the rooted file system. */
    private static String iosPath(Path p) throws FsException {
        Path abs = p.toAbsolutePath().normalize();
        Path rel = abs.getFileSystem().getPath("/").relativize(abs);
        return FlashFileSystem.normalize(rel.toString());
    }

    /** SCP's file access: writes and reads through FlashFileSystem. */
    private final class Opener extends DefaultScpFileOpener {
        @Override
        public Path resolveLocalPath(Session session, FileSystem fs, String commandPath) throws IOException {
            return super.resolveLocalPath(session, fs, localPath(commandPath));
        }

        @Override
        public OutputStream openWrite(Session session, Path file, long size, Set<PosixFilePermission> permissions,
                OpenOption... options) throws IOException {
            return flash.get().openWrite(iosPath(file), size, clock.instant());
        }

        @Override
        public void closeWrite(Session session, Path file, long size, Set<PosixFilePermission> permissions,
                OutputStream os) throws IOException {
            if (os instanceof FlashFileSystem.PendingWrite w) {
                w.commit();
            } else {
                os.close();
            }
        }

        @Override
        public InputStream openRead(Session session, Path file, long size, Set<PosixFilePermission> permissions,
                OpenOption... options) throws IOException {
            return flash.get().open(iosPath(file));
        }
    }

    /** SFTP's file access: IOS names for paths, no links. */
    private static final class Accessor implements SftpFileSystemAccessor {
        @Override
        public Path resolveLocalFilePath(SftpSubsystemProxy subsystem, Path rootDir, String remotePath) throws IOException {
            return SftpFileSystemAccessor.super.resolveLocalFilePath(subsystem, rootDir, localPath(remotePath));
        }

        @Override
        public void createLink(SftpSubsystemProxy subsystem, Path link, Path existing, boolean symLink) throws IOException {
            throw new FsException(FsException.Reason.INVALID);
        }
    }

    /** What a refused SCP gets: exit status 1, nothing more (IOS closes the channel). */
    private static final class RefusedCommand implements Command {
        private org.apache.sshd.server.ExitCallback exit;

        @Override
        public void setInputStream(InputStream in) {
        }

        @Override
        public void setOutputStream(OutputStream out) {
        }

        @Override
        public void setErrorStream(OutputStream err) {
        }

        @Override
        public void setExitCallback(org.apache.sshd.server.ExitCallback callback) {
            exit = callback;
        }

        @Override
        public void start(ChannelSession channel, org.apache.sshd.server.Environment env) {
            exit.onExit(1, "Permission denied");
        }

        @Override
        public void destroy(ChannelSession channel) {
        }
    }
}
