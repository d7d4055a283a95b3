package iosim.config;

/** One applied change: the section and the name of the object changed (null for singletons). */
public record ConfigChange(ConfigSection section, String key) {
}
