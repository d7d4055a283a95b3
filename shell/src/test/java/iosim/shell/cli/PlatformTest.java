package iosim.shell.cli;

import static org.assertj.core.api.Assertions.assertThat;

import iosim.config.Platform;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One coherent identity per router: the IOSv-like default (IOS 15.9, GigabitEthernet0/0-0/3,
 * iGbE, input queue 75) and the C8000V-like one (IOS XE 17.9, GigabitEthernet1-4, CSR vNIC,
 * input queue 375), each with its own show version, show interfaces, show inventory and
 * running-config version line; and show privilege.
 */
class PlatformTest {
    @TempDir
    Path dir;

    @Test
    void iosvIsTheDefaultAndSaysSoEverywhere() throws Exception {
        TestRouter r = new TestRouter(dir, null);
        r.run("enable");
        String v = r.run("show version");
        assertThat(v).startsWith("Cisco IOS Software, IOSv Software (VIOS-ADVENTERPRISEK9-M), Version 15.9(3)M6, "
                + "RELEASE SOFTWARE (fc1)\n")
                .contains("ROM: Bootstrap program is IOSv\n", "System image file is \"flash0:/vios-adventerprisek9-m\"\n",
                        "Cisco IOSv (revision 1.0) with  with 460137K/62464K bytes of memory.\n",
                        "\n4 Gigabit Ethernet interfaces\n", "Configuration register is 0x0\n")
                .doesNotContain("IOS XE", "IOS-XE", "C8000V");
        assertThat(r.run("show interfaces GigabitEthernet0/3"))
                .contains("  Hardware is iGbE, address is ", "media type is RJ45\n",
                        "  Input queue: 0/75/0/0 (size/max/drops/flushes); Total output drops: 0\n");
        assertThat(r.run("show inventory")).isEqualTo("NAME: \"IOSv\", DESCR: \"IOSv chassis, Hw Serial#: 9SIMULATED1, "
                + "Hw Revision: 1.0\"\nPID: IOSv              , VID: 1.0, SN: 9SIMULATED1\n\n");
        assertThat(r.running()).startsWith("!\nversion 15.9\n");
        assertThat(r.run("show interfaces GigabitEthernet1")).contains("% Invalid input detected");
    }

    @Test
    void aC8000vIsIosXeWithGigabitEthernet1To4() throws Exception {
        TestRouter r = new TestRouter(dir, null, Platform.C8000V);
        r.run("enable");
        String v = r.run("show version");
        assertThat(v).startsWith("Cisco IOS XE Software, Version 17.09.04a\n")
                .contains("cisco C8000V (VXE) processor (revision VXE)", "\n4 Gigabit Ethernet interfaces\n",
                        "Configuration register is 0x2102\n")
                .doesNotContain("IOSv");
        String gi1 = r.run("show interfaces GigabitEthernet1");
        assertThat(gi1).startsWith("GigabitEthernet1 is administratively down, line protocol is down \n")
                .contains("  Hardware is CSR vNIC, address is ", "media type is Virtual\n",
                        "  Input queue: 0/375/0/0 (size/max/drops/flushes); Total output drops: 0\n");
        assertThat(r.run("show interfaces GigabitEthernet0/0")).contains("% Invalid input detected");
        assertThat(r.run("show inventory")).startsWith("NAME: \"Chassis\", DESCR: \"Cisco C8000V Chassis\"\n"
                + "PID: C8000V            , VID: V00  , SN: 9SIMULATED1\n\n");
        assertThat(r.running()).startsWith("!\nversion 17.9\n").contains("interface GigabitEthernet4\n");
        r.run("configure terminal");
        assertThat(r.run("interface GigabitEthernet2", "ip address 10.1.1.1 255.255.255.0", "no shutdown")).isEmpty();
        r.run("end");
        assertThat(r.run("show ip interface brief")).contains("GigabitEthernet2       10.1.1.1        YES manual");
    }

    @Test
    void showPrivilegeFollowsTheMode() throws Exception {
        TestRouter r = new TestRouter(dir, null);
        assertThat(r.run("show privilege")).isEqualTo("Current privilege level is 1\n");
        r.run("enable");
        assertThat(r.run("show privilege")).isEqualTo("Current privilege level is 15\n");
    }

    @Test
    void showCryptoKeyMypubkeyRsaAfterGeneratingOne() throws Exception {
        TestRouter r = new TestRouter(dir, null);
        r.run("enable");
        assertThat(r.run("show crypto key mypubkey rsa")).isEmpty();
        r.run("configure terminal", "hostname R1", "ip domain name lab.example", "crypto key generate rsa modulus 1024",
                "end");
        String out = r.run("show crypto key mypubkey rsa");
        assertThat(out).matches("(?s)% Key pair was generated at: \\d\\d:\\d\\d:\\d\\d UTC [A-Z][a-z]{2} \\d{1,2} \\d{4}\n"
                + "Key name: R1.lab.example\nKey type: RSA KEYS\n Storage Device: private-config\n"
                + " Usage: General Purpose Key\n Key is not exportable. Redundancy enabled.\n Key Data:\n"
                + "  30819F30 0D06092A 864886F7 0D010101 05000381 8D003081 89028181 [0-9A-F ]+\n.*");
        // 162 octets of SubjectPublicKeyInfo: 324 hex digits, 8 groups of 8 a line, the last line shorter
        assertThat(out.lines().filter(l -> l.startsWith("  ")).count()).isEqualTo(6);
        assertThat(out).endsWith("\n  0001\n").doesNotContain("  \n");
    }
}
