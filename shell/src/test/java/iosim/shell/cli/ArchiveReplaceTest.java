package iosim.shell.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** archive, show archive, configure replace and the archive diffs on a real running-config. */
class ArchiveReplaceTest {
    private static final String BASE = "hostname R1\n"
            + "interface GigabitEthernet0/0\n ip address 10.0.0.1 255.255.255.0\n no shutdown\n"
            + "interface GigabitEthernet0/1\n description old\n ip address 10.0.1.1 255.255.255.0\n";

    @TempDir
    Path dir;

    @Test
    void replaceTurnsTheRunningConfigIntoTheFileAndListsThePasses() throws Exception {
        TestRouter r = new TestRouter(dir, BASE);
        r.run("enable", "configure terminal", "file prompt quiet", "end");
        r.run("copy running-config flash:base.cfg");
        String base = r.running();
        r.run("configure terminal", "hostname R9", "ip domain name lab.example", "interface GigabitEthernet0/1",
                "description new", "no ip address", "shutdown", "end");
        assertThat(r.running()).isNotEqualTo(base);

        String diff = r.run("show archive config differences flash:base.cfg");
        assertThat(diff).startsWith("!Contextual Config Diffs:\n")
                .contains("+hostname R9\n", "-hostname R1\n", "+ip domain name lab.example\n",
                        "interface GigabitEthernet0/1\n +description new\n", " -description old\n");

        String out = r.run("configure replace flash:base.cfg force list");
        assertThat(out).startsWith("!Pass 1\n!List of Commands:\n").contains("no hostname R9\n", "hostname R1\n",
                "interface GigabitEthernet0/1\n", " no description new\n", " description old\n", " no shutdown\n",
                "no ip domain name lab.example\n").endsWith("\nTotal number of passes: 1\nRollback Done\n");
        assertThat(r.running()).isEqualTo(base);
        assertThat(r.run("show archive config differences flash:base.cfg system:running-config"))
                .isEqualTo("!Contextual Config Diffs:\n!No changes were found\n");
        assertThat(r.run("configure replace flash:base.cfg force")).isEqualTo("Total number of passes: 0\nRollback Done\n");
    }

    @Test
    void withoutForceIosAsksAndNoKeepsTheConfig() throws Exception {
        TestRouter r = new TestRouter(dir, BASE);
        r.run("enable", "configure terminal", "file prompt quiet", "end", "copy running-config flash:base.cfg",
                "configure terminal", "hostname R9", "end");
        r.term.answers.add("n");
        String out = r.run("configure replace flash:base.cfg");
        assertThat(out).isEqualTo("This will apply all necessary additions and deletions\n"
                + "to replace the current running configuration with the\n"
                + "contents of the specified configuration file, which is\n"
                + "assumed to be a complete configuration, not a partial\n"
                + "configuration. Enter Y if you are sure you want to proceed. ? [no]: \n");
        assertThat(r.router.hostname()).isEqualTo("R9");
        r.term.answers.add("y");
        assertThat(r.run("configure replace flash:base.cfg")).endsWith("Total number of passes: 1\nRollback Done\n");
        assertThat(r.router.hostname()).isEqualTo("R1");
    }

    @Test
    void missingFileIsAnErrorAndChangesNothing() throws Exception {
        TestRouter r = new TestRouter(dir, BASE);
        r.run("enable");
        String before = r.running();
        assertThat(r.run("configure replace flash:nope.cfg force")).isEqualTo("%Error opening flash:/nope.cfg (No such file or directory)\n");
        assertThat(r.running()).isEqualTo(before);
        assertThat(r.run("configure replace flash:nope.cfg force revert trigger error")).isEqualTo("%Please turn config archive on\n");
    }

    @Test
    void archiveBlockRendersAndArchiveConfigKeepsMaximumFiles() throws Exception {
        TestRouter r = new TestRouter(dir, BASE);
        r.run("enable");
        assertThat(r.run("show archive")).isEqualTo("Archive feature not enabled\n");
        r.run("configure terminal", "archive", "path flash:$h-cfg", "maximum 2", "write-memory", "time-period 1440", "end");
        assertThat(r.running()).contains("archive\n path flash:$h-cfg\n maximum 2\n write-memory\n time-period 1440\n!\n");
        assertThat(r.run("show archive")).isEqualTo("The maximum archive configurations allowed is 2.\n"
                + "There are currently 0 archive configurations saved.\n"
                + "The next archive file will be named flash:R1-cfg-0\n"
                + "Archive #  Name\n1\n2\n");
        r.run("archive config");
        r.run("write memory");
        assertThat(r.router.flash().stat("R1-cfg-0")).isPresent();
        assertThat(r.router.flash().stat("R1-cfg-1")).isPresent();
        r.run("archive config");
        assertThat(r.router.flash().stat("R1-cfg-0")).isEmpty();
        assertThat(r.run("show archive")).isEqualTo("The maximum archive configurations allowed is 2.\n"
                + "There are currently 2 archive configurations saved.\n"
                + "The next archive file will be named flash:R1-cfg-3\n"
                + "Archive #  Name\n1        flash:R1-cfg-2 <- Most Recent\n2        flash:R1-cfg-1\n");
        assertThat(new String(r.router.flash().read("R1-cfg-2"), StandardCharsets.UTF_8)).isEqualTo(r.running());
        r.run("configure terminal", "no archive", "end");
        assertThat(r.running()).doesNotContain("archive");
    }

    @Test
    void timedReplaceRevertsOnRequestAndConfirmKeepsIt() throws Exception {
        TestRouter r = new TestRouter(dir, BASE);
        r.run("enable", "configure terminal", "file prompt quiet", "archive", "path flash:arch", "end",
                "copy running-config flash:base.cfg", "configure terminal", "hostname R9", "end");
        String changed = r.running();
        assertThat(r.run("configure replace flash:base.cfg force time 5")).endsWith("Rollback Done\n");
        assertThat(r.router.hostname()).isEqualTo("R1");
        r.run("configure revert now");
        assertThat(r.running()).isEqualTo(changed);
        r.run("configure replace flash:base.cfg force time 5", "configure confirm");
        assertThat(r.run("configure revert now")).isEqualTo("%No Rollback Confirmation Pending\n");
        assertThat(r.router.hostname()).isEqualTo("R1");
    }

    @Test
    void incrementalDiffsListsWhatAMergeWouldAdd() throws Exception {
        TestRouter r = new TestRouter(dir, BASE);
        r.run("enable");
        r.router.flash().write("merge.cfg", "hostname R1\ninterface GigabitEthernet0/1\n description new\nip domain name x.example\n"
                .getBytes(StandardCharsets.UTF_8), r.router.clock().instant());
        assertThat(r.run("show archive config incremental-diffs flash:merge.cfg ignorecase"))
                .isEqualTo("!List of Commands:\ninterface GigabitEthernet0/1\n description new\nip domain name x.example\nend\n");
    }

    @Test
    void timePeriodArchivesWhenItsMinutesHavePassed() throws Exception {
        java.util.concurrent.atomic.AtomicReference<java.time.Instant> now =
                new java.util.concurrent.atomic.AtomicReference<>(java.time.Instant.parse("2026-03-03T09:00:00Z"));
        java.time.Clock clock = new java.time.Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public java.time.Instant instant() {
                return now.get();
            }
        };
        java.nio.file.Files.writeString(dir.resolve("startup.cfg"), "hostname R1\narchive\n path flash:per\n time-period 10\n");
        Router router = new Router(new RunningConfigEngine(), new StartupConfigStore(dir.resolve("startup.cfg")), clock,
                "startup.cfg");
        router.boot();
        assertThat(ArchiveCommands.periodicTick(router)).isFalse(); // the period starts
        now.set(now.get().plusSeconds(9 * 60));
        assertThat(ArchiveCommands.periodicTick(router)).isFalse();
        now.set(now.get().plusSeconds(60));
        assertThat(ArchiveCommands.periodicTick(router)).isTrue();
        assertThat(router.flash().stat("per-0")).isPresent();
        now.set(now.get().plusSeconds(5 * 60));
        assertThat(ArchiveCommands.periodicTick(router)).isFalse();
        now.set(now.get().plusSeconds(5 * 60));
        assertThat(ArchiveCommands.periodicTick(router)).isTrue();
        assertThat(router.flash().stat("per-1")).isPresent();
    }
}
