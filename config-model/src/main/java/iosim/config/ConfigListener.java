package iosim.config;

/** Told after every change to the running configuration, on the thread that made it. */
@FunctionalInterface
public interface ConfigListener {
    void configChanged(ConfigChange change);
}
