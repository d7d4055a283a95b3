package iosim.shell.controller;

import iosim.config.ConfigChange;
import iosim.config.ConfigListener;
import iosim.config.ConfigSection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Change counters of one running-config, per section and per named object (an ACL, a profile):
 * what the incremental crypto compiler compares to know whether a memoized piece is still good.
 * Updated by the config's listeners on the writing thread; read there too.
 */
final class SectionVersions implements ConfigListener {
    private final Map<ConfigSection, Long> sections = new EnumMap<>(ConfigSection.class);
    private final Map<ConfigSection, Map<String, Long>> objects = new EnumMap<>(ConfigSection.class);

    @Override
    public void configChanged(ConfigChange change) {
        sections.merge(change.section(), 1L, Long::sum);
        if (change.key() != null) {
            objects.computeIfAbsent(change.section(), s -> new HashMap<>()).merge(change.key(), 1L, Long::sum);
        }
    }

    /** How often {@code section} changed. */
    long of(ConfigSection section) {
        return sections.getOrDefault(section, 0L);
    }

    /** How often the object {@code key} of {@code section} changed. */
    long of(ConfigSection section, String key) {
        Map<String, Long> m = objects.get(section);
        return m == null || key == null ? 0 : m.getOrDefault(key, 0L);
    }

    /** One number that moves whenever any of {@code these} sections changes. */
    long sum(ConfigSection... these) {
        long n = 0;
        for (ConfigSection s : these) {
            n += of(s);
        }
        return n;
    }
}
