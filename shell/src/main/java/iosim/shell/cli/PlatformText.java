package iosim.shell.cli;

import iosim.config.Platform;

/**
 * What each platform says about itself (reference §1.7): {@code show version}, {@code show
 * inventory} and the Ethernet hardware line of {@code show interfaces}. IOSv-like: IOS 15.9,
 * {@code Hardware is iGbE}, input queue 75; C8000V-like: IOS XE 17.9, {@code Hardware is CSR
 * vNIC}, media type Virtual, input queue 375. Pure functions of their arguments.
 */
public final class PlatformText {
    /** The serial number the simulated boxes report. */
    static final String SERIAL = "9SIMULATED1";

    private PlatformText() {}

    /** {@code iGbE} / {@code CSR vNIC}. */
    public static String ethernetHardware(Platform p) {
        return p == Platform.C8000V ? "CSR vNIC" : "iGbE";
    }

    /** {@code RJ45} / {@code Virtual}. */
    public static String mediaType(Platform p) {
        return p == Platform.C8000V ? "Virtual" : "RJ45";
    }

    /** The Ethernet input queue's max (75 on IOSv, 375 on IOS XE). */
    public static int ethernetInputQueue(Platform p) {
        return p == Platform.C8000V ? 375 : 75;
    }

    static String version(Router r) {
        long gig = r.config().interfaces().stream().filter(i -> i.name().startsWith("GigabitEthernet")).count();
        return r.config().platform() == Platform.C8000V ? c8000v(r, gig) : iosv(r, gig);
    }

    private static String iosv(Router r, long gig) {
        return "Cisco IOS Software, IOSv Software (VIOS-ADVENTERPRISEK9-M), Version 15.9(3)M6, RELEASE SOFTWARE (fc1)\n"
                + "Technical Support: http://www.cisco.com/techsupport\n"
                + "Copyright (c) 1986-2022 by Cisco Systems, Inc.\n"
                + "Compiled Wed 13-Jul-22 13:34 by prod_rel_team\n"
                + "\n"
                + "\n"
                + "ROM: Bootstrap program is IOSv\n"
                + "\n"
                + r.hostname() + " uptime is " + SystemText.uptime(r.uptime()) + "\n"
                + "System returned to ROM by reload\n"
                + "System image file is \"flash0:/vios-adventerprisek9-m\"\n"
                + "Last reload reason: Unknown reason\n"
                + "\n"
                + "\n"
                + "\n"
                + CRYPTO_NOTICE
                + "\n"
                + "Cisco IOSv (revision 1.0) with  with 460137K/62464K bytes of memory.\n"
                + "Processor board ID " + SERIAL + "\n"
                + gig + " Gigabit Ethernet interfaces\n"
                + "DRAM configuration is 72 bits wide with parity disabled.\n"
                + "256K bytes of non-volatile configuration memory.\n"
                + "2097152K bytes of ATA System CompactFlash 0 (Read/Write)\n"
                + "0K bytes of ATA CompactFlash 1 (Read/Write)\n"
                + "0K bytes of ATA CompactFlash 2 (Read/Write)\n"
                + "0K bytes of ATA CompactFlash 3 (Read/Write)\n"
                + "\n"
                + "\n"
                + "\n"
                + "Configuration register is 0x0\n"
                + "\n";
    }

    private static final String CRYPTO_NOTICE = "This product contains cryptographic features and is subject to United\n"
            + "States and local country laws governing import, export, transfer and\n"
            + "use. Delivery of Cisco cryptographic products does not imply\n"
            + "third-party authority to import, export, distribute or use encryption.\n"
            + "Importers, exporters, distributors and users are responsible for\n"
            + "compliance with U.S. and local country laws. By using this product you\n"
            + "agree to comply with applicable laws and regulations. If you are unable\n"
            + "to comply with U.S. and local laws, return this product immediately.\n"
            + "\n"
            + "A summary of U.S. laws governing Cisco cryptographic products may be found at:\n"
            + "http://www.cisco.com/wwl/export/crypto/tool/stqrg.html\n"
            + "\n"
            + "If you require further assistance please contact us by sending email to\n"
            + "export@cisco.com.\n";

    /** {@code show inventory}. */
    static String inventory(Router r) {
        if (r.config().platform() == Platform.C8000V) {
            return "NAME: \"Chassis\", DESCR: \"Cisco C8000V Chassis\"\n"
                    + "PID: C8000V            , VID: V00  , SN: " + SERIAL + "\n\n"
                    + "NAME: \"module R0\", DESCR: \"Cisco C8000V Route Processor\"\n"
                    + "PID: C8000V            , VID: V00  , SN: " + SERIAL + "\n\n"
                    + "NAME: \"module F0\", DESCR: \"Cisco C8000V Embedded Services Processor\"\n"
                    + "PID: C8000V            , VID:      , SN:            \n\n";
        }
        return "NAME: \"IOSv\", DESCR: \"IOSv chassis, Hw Serial#: " + SERIAL + ", Hw Revision: 1.0\"\n"
                + "PID: IOSv              , VID: 1.0, SN: " + SERIAL + "\n\n";
    }

    private static String c8000v(Router r, long gig) {
        return "Cisco IOS XE Software, Version 17.09.04a\n"
                + "Cisco IOS Software [Cupertino], Virtual XE Software (X86_64_LINUX_IOSD-UNIVERSALK9-M), Version 17.9.4a, RELEASE SOFTWARE (fc3)\n"
                + "Technical Support: http://www.cisco.com/techsupport\n"
                + "Copyright (c) 1986-2023 by Cisco Systems, Inc.\n"
                + "Compiled Tue 17-Oct-23 09:12 by mcpre\n"
                + "\n"
                + "\n"
                + "Cisco IOS-XE software, Copyright (c) 2005-2023 by cisco Systems, Inc.\n"
                + "All rights reserved.  Certain components of Cisco IOS-XE software are\n"
                + "licensed under the GNU General Public License (\"GPL\") Version 2.0.  The\n"
                + "software code licensed under GPL Version 2.0 is free software that comes\n"
                + "with ABSOLUTELY NO WARRANTY.  You can redistribute and/or modify such\n"
                + "GPL code under the terms of GPL Version 2.0.  For more details, see the\n"
                + "documentation or \"License Notice\" file accompanying the IOS-XE software,\n"
                + "or the applicable URL provided on the flyer accompanying the IOS-XE\n"
                + "software.\n"
                + "\n"
                + "\n"
                + "ROM: IOS-XE ROMMON\n"
                + "\n"
                + r.hostname() + " uptime is " + SystemText.uptime(r.uptime()) + "\n"
                + "Uptime for this control processor is " + SystemText.uptime(r.uptime()) + "\n"
                + "System returned to ROM by reload\n"
                + "System image file is \"bootflash:packages.conf\"\n"
                + "Last reload reason: reload\n"
                + "\n"
                + "\n"
                + "\n"
                + "This product contains cryptographic features and is subject to United\n"
                + "States and local country laws governing import, export, transfer and\n"
                + "use. Delivery of Cisco cryptographic products does not imply\n"
                + "third-party authority to import, export, distribute or use encryption.\n"
                + "Importers, exporters, distributors and users are responsible for\n"
                + "compliance with U.S. and local country laws. By using this product you\n"
                + "agree to comply with applicable laws and regulations. If you are unable\n"
                + "to comply with U.S. and local laws, return this product immediately.\n"
                + "\n"
                + "A summary of U.S. laws governing Cisco cryptographic products may be found at:\n"
                + "http://www.cisco.com/wwl/export/crypto/tool/stqrg.html\n"
                + "\n"
                + "If you require further assistance please contact us by sending email to\n"
                + "export@cisco.com.\n"
                + "\n"
                + "License Level: \n"
                + "License Type: Perpetual\n"
                + "Next reload license Level: \n"
                + "\n"
                + "The current throughput level is 2000 kbps \n"
                + "\n"
                + "Smart Licensing Status: Smart Licensing Using Policy\n"
                + "\n"
                + "cisco C8000V (VXE) processor (revision VXE) with 2025412K/3075K bytes of memory.\n"
                + "Processor board ID " + SERIAL + "\n"
                + "Router operating mode: Autonomous\n"
                + gig + " Gigabit Ethernet interfaces\n"
                + "32768K bytes of non-volatile configuration memory.\n"
                + "3964980K bytes of physical memory.\n"
                + "11526144K bytes of virtual hard disk at bootflash:.\n"
                + "\n"
                + "Configuration register is 0x2102\n"
                + "\n";
    }

}
