package iosim.config;

import static iosim.config.ConfigTestSupport.lines;
import static iosim.config.ConfigTestSupport.ok;
import static org.assertj.core.api.Assertions.assertThat;

import iosim.config.model.ArchiveSettings;
import org.junit.jupiter.api.Test;

class ArchiveConfigTest {
    @Test
    void archiveBlockRendersAndRoundTrips() {
        ConfigScript s = ok("archive", "path flash:$h-$t", "maximum 14", "write-memory", "time-period 60");
        assertThat(lines(s.config)).containsSubsequence("archive", " path flash:$h-$t", " maximum 14", " write-memory",
                " time-period 60");
        RunningConfig again = ConfigScript.of(ConfigTestSupport.render(s.config).split("\n")).config;
        assertThat(again).isEqualTo(s.config);
    }

    @Test
    void noFormsResetAndNoArchiveRemovesTheBlock() {
        ConfigScript s = ok("archive", "path flash:a", "maximum 3", "write-memory", "time-period 5", "no maximum",
                "no write-memory", "no time-period", "no path");
        ArchiveSettings a = s.config.system().archive();
        assertThat(a.maximum()).isEqualTo(ArchiveSettings.DEFAULT_MAXIMUM);
        assertThat(a.path()).isNull();
        assertThat(a.writeMemory()).isFalse();
        assertThat(lines(s.config)).contains("archive");
        ConfigScript gone = ok("archive", "path flash:a", "exit", "no archive");
        assertThat(gone.config.system().archive()).isNull();
        assertThat(lines(gone.config)).doesNotContain("archive");
    }

    @Test
    void outOfRangeValuesAreRejected() {
        ConfigScript s = ConfigScript.of("archive", "maximum 15", "time-period 0", "path nocolon");
        assertThat(s.config.system().archive().maximum()).isEqualTo(ArchiveSettings.DEFAULT_MAXIMUM);
        assertThat(s.config.system().archive().timePeriod()).isNull();
        assertThat(s.config.system().archive().path()).isNull();
    }
}
