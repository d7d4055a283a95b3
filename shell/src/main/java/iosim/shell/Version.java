package iosim.shell;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code ./iosim --version}: iosim's version (from the build) and the Java that runs it. */
public final class Version implements IVersionProvider {
    /** The project version the build wrote into {@code iosim/version.properties}, or "unknown". */
    public static String version() {
        try (InputStream in = Version.class.getResourceAsStream("/iosim/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"iosim " + version() + " (Java " + System.getProperty("java.version") + ", "
                + System.getProperty("java.vm.name") + ")"};
    }
}
