package iosim.config;

import static iosim.config.ConfigTestSupport.lines;
import static iosim.config.ConfigTestSupport.ok;
import static iosim.config.ConfigTestSupport.render;
import static org.assertj.core.api.Assertions.assertThat;

import iosim.config.model.LoggingBuffered;
import org.junit.jupiter.api.Test;

class SystemConfigTest {

    @Test
    void hostnameAndItsNoForm() {
        ConfigScript s = ok("hostname R1");
        assertThat(s.config.hostname()).isEqualTo("R1");
        assertThat(lines(s.config)).contains("hostname R1");
        s.line("no hostname");
        assertThat(s.config.hostname()).isEqualTo("Router");
    }

    @Test
    void illegalHostnameIsRejectedWithIosText() {
        ConfigScript s = ConfigScript.of("hostname bad_name!");
        assertThat(s.output).containsExactly("% Hostname contains one or more illegal characters.");
        assertThat(s.config.hostname()).isEqualTo("Router");
    }

    @Test
    void enableSecretIsHashedAsType9AndChecks() {
        ConfigScript s = ok("enable secret Cisco-123");
        assertThat(s.config.hasEnableSecret()).isTrue();
        assertThat(s.config.system().enableSecret().type()).isEqualTo(9);
        assertThat(s.config.system().enableSecret().value()).startsWith("$9$").doesNotContain("Cisco-123");
        assertThat(render(s.config)).doesNotContain("Cisco-123").contains("enable secret 9 $9$");
        assertThat(s.config.checkEnableSecret("Cisco-123")).isTrue();
        assertThat(s.config.checkEnableSecret("cisco-123")).isFalse();
        s.line("no enable secret");
        assertThat(s.config.hasEnableSecret()).isFalse();
        assertThat(render(s.config)).doesNotContain("enable secret");
    }

    @Test
    void prehashedEnableSecretIsKeptAndMalformedOneRejected() {
        ConfigScript s = ok("enable secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0");
        assertThat(s.config.checkEnableSecret("cisco")).isTrue();
        assertThat(lines(s.config)).contains("enable secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0");
        ConfigScript bad = ConfigScript.of("enable secret 9 notahash");
        assertThat(bad.errors).hasSize(1);
        assertThat(bad.output.get(0)).isEqualTo("ERROR: The secret you entered is not a valid encrypted secret.");
        assertThat(bad.config.hasEnableSecret()).isFalse();
    }

    @Test
    void serviceTimestampsDefaultsAndNoForms() {
        RunningConfig fresh = new RunningConfig();
        assertThat(lines(fresh)).contains("service timestamps debug datetime msec", "service timestamps log datetime msec");
        ConfigScript s = ok("service timestamps log datetime msec localtime show-timezone year",
                "no service timestamps debug");
        assertThat(lines(s.config)).contains("no service timestamps debug",
                "service timestamps log datetime msec localtime show-timezone year");
        s.line("service timestamps debug uptime");
        assertThat(lines(s.config)).contains("service timestamps debug uptime");
    }

    @Test
    void loggingBufferedDefaultHiddenAndChangesShown() {
        assertThat(render(new RunningConfig())).doesNotContain("logging buffered");
        ConfigScript s = ok("logging buffered 16384 warnings");
        assertThat(lines(s.config)).contains("logging buffered 16384 warnings");
        s.line("logging buffered informational");
        assertThat(lines(s.config)).contains("logging buffered informational");
        s.line("no logging buffered");
        assertThat(lines(s.config)).contains("no logging buffered");
        s.line("logging buffered");
        assertThat(s.config.system().loggingBuffered()).isEqualTo(LoggingBuffered.DEFAULT);
        assertThat(ConfigScript.of("logging buffered 100").errors).hasSize(1);
    }

    @Test
    void bannerMotdWithAnyDelimiterRendersWithCaretC() {
        ConfigScript s = ok("banner motd #Authorized access only#");
        assertThat(s.config.system().bannerMotd()).isEqualTo("Authorized access only");
        assertThat(lines(s.config)).contains("banner motd ^CAuthorized access only^C");
        s.line("banner motd ^CNew text^C");
        assertThat(s.config.system().bannerMotd()).isEqualTo("New text");
        s.line("no banner motd");
        assertThat(render(s.config)).doesNotContain("banner");
    }

    @Test
    void multiLineBannerIsCollectedUntilTheDelimiterAndRoundTrips() {
        ConfigScript s = ok("banner motd #", "Authorized access only!", "  Disconnect now.", "#", "hostname R9");
        assertThat(s.output).containsExactly("Enter TEXT message.  End with the character '#'.");
        assertThat(s.config.system().bannerMotd()).isEqualTo("\nAuthorized access only!\n  Disconnect now.\n");
        assertThat(s.config.hostname()).isEqualTo("R9");
        assertThat(render(s.config)).contains("banner motd ^C\nAuthorized access only!\n  Disconnect now.\n^C\n");
        ConfigScript again = ConfigScript.startup().run(java.util.Arrays.asList(render(s.config).split("\n")));
        assertThat(again.errors).isEmpty();
        assertThat(again.config).isEqualTo(s.config);
    }

    @Test
    void unfinishedBannerChangesNothing() {
        ConfigScript s = ok("banner motd ^CFirst line");
        assertThat(s.applier.isCollectingText()).isTrue();
        s.line("second line");
        s.applier.abortText();
        assertThat(s.config.system().bannerMotd()).isNull();
        assertThat(s.applier.isCollectingText()).isFalse();
        s.line("banner motd %text ends% here");
        assertThat(s.config.system().bannerMotd()).isEqualTo("text ends");
    }

    @Test
    void domainNameBothSpellingsAndSshVersion() {
        ConfigScript s = ok("ip domain-name lab.example", "ip ssh version 2");
        assertThat(lines(s.config)).contains("ip domain name lab.example", "ip ssh version 2");
        s.line("ip domain name other.example");
        assertThat(s.config.system().domainName()).isEqualTo("other.example");
        s.line("no ip domain name");
        s.line("no ip ssh version");
        assertThat(render(s.config)).doesNotContain("ip domain").doesNotContain("ip ssh");
    }

    @Test
    void fixedLinesOfTheRenderAreAccepted() {
        ConfigScript s = ok("version 17.9", "boot-start-marker", "boot-end-marker", "no aaa new-model");
        assertThat(s.config).isEqualTo(new RunningConfig());
        s.line("aaa new-model");
        assertThat(lines(s.config)).contains("aaa new-model");
    }

    @Test
    void headerCommentsAreWrittenAndIgnoredOnReload() {
        String text = new iosim.config.render.RunningConfigRenderer().render(new RunningConfig(),
                java.util.List.of("Last configuration change at 09:41:07 UTC Tue Mar 3 2026"));
        assertThat(text).startsWith("!\n! Last configuration change at 09:41:07 UTC Tue Mar 3 2026\n!\nversion 15.9\n");
        ConfigScript s = ConfigScript.startup().run(java.util.Arrays.asList(text.split("\n")));
        assertThat(s.errors).isEmpty();
        assertThat(s.config).isEqualTo(new RunningConfig());
    }

    @Test
    void aCatalyst8000vHasGigabitEthernet1To4AndIosXe179() {
        String text = render(new RunningConfig(Platform.C8000V));
        assertThat(text).startsWith("!\nversion 17.9\n")
                .contains("interface GigabitEthernet1\n no ip address\n shutdown\n negotiation auto\n",
                        "interface GigabitEthernet4\n")
                .doesNotContain("GigabitEthernet0/");
        assertThat(Platform.byName("C8000V")).contains(Platform.C8000V);
        assertThat(Platform.byName("csr")).isEmpty();
    }

    @Test
    void freshRouterRendersTheIosSkeleton() {
        String text = render(new RunningConfig());
        assertThat(text).startsWith("!\nversion 15.9\n").endsWith("!\nend\n");
        assertThat(text).contains("hostname Router\n", "interface GigabitEthernet0/3\n no ip address\n shutdown\n negotiation auto\n",
                "line con 0\nline vty 0 4\n login\n");
    }
}
