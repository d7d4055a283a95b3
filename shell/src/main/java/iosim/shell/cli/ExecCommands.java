package iosim.shell.cli;

import iosim.config.mode.Mode;
import iosim.grammar.IosParser;
import iosim.grammar.IosParser.Exec_commandContext;
import iosim.grammar.cli.ValueKind;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Runs matched EXEC commands (typed in an EXEC mode or after {@code do}). Show commands build
 * their text first so that the {@code |} output modifiers can filter it.
 */
final class ExecCommands {
    private final CliSession session;

    ExecCommands(CliSession session) {
        this.session = session;
    }

    private Router router() {
        return session.router();
    }

    private void print(String text) {
        session.terminal().print(text);
    }

    /** Runs one EXEC command; {@code viaDo} when typed as {@code do ...} in a config mode. */
    void run(Exec_commandContext c, boolean viaDo) {
        if (c.enable_cmd() != null) {
            enable(viaDo);
        } else if (c.disable_cmd() != null) {
            if (!viaDo) {
                session.setExecMode(Mode.USER_EXEC);
            }
        } else if (c.configure_cmd() != null) {
            IosParser.Configure_cmdContext cc = c.configure_cmd();
            if (cc.configure_replace() != null) {
                new ArchiveCommands(session).replace(cc.configure_replace());
            } else if (cc.configure_confirm() != null) {
                new ArchiveCommands(session).confirm();
            } else if (cc.configure_revert() != null) {
                new ArchiveCommands(session).revert(cc.configure_revert());
            } else if (!viaDo) {
                configure(cc);
            }
        } else if (c.pki_exec() != null) {
            new PkiCommands(session).run(c.pki_exec());
        } else if (c.archive_exec() != null) {
            new ArchiveCommands(session).archiveConfig();
        } else if (c.monitor_cmd() != null) {
            print(CaptureCommands.run(router().live().captures(), c.monitor_cmd(), ExecCommands::interfaceName));
        } else if (c.exit_exec() != null || c.logout_cmd() != null) {
            if (!viaDo) {
                session.end();
            }
        } else if (c.show_cmd() != null) {
            show(c.show_cmd());
        } else if (c.write_cmd() != null) {
            write(c.write_cmd());
        } else if (c.copy_cmd() != null) {
            new FileCommands(session).copy(c.copy_cmd());
        } else if (c.file_cmd() != null) {
            new FileCommands(session).run(c.file_cmd());
        } else if (c.erase_cmd() != null) {
            erase();
        } else if (c.reload_cmd() != null) {
            reload();
        } else if (c.terminal_cmd() != null) {
            terminal(c.terminal_cmd());
        } else if (c.debug_cmd() != null) {
            debug(c.debug_cmd().debug_target(), true);
        } else if (c.undebug_cmd() != null) {
            debug(c.undebug_cmd().debug_target(), false);
        } else if (c.no_exec_cmd() != null) {
            debug(c.no_exec_cmd().debug_target(), false);
        } else if (c.clear_cmd() != null) {
            clear(c.clear_cmd());
        } else if (c.ping_cmd() != null) {
            ping(c.ping_cmd());
        } else if (c.traceroute_cmd() != null) {
            traceroute(c.traceroute_cmd());
        }
    }

    // ---- modes ------------------------------------------------------------------------------

    private void enable(boolean viaDo) {
        if (viaDo || session.mode() != Mode.USER_EXEC) {
            return;
        }
        if (!router().config().hasEnableSecret()) {
            session.setExecMode(Mode.PRIV_EXEC);
            return;
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            String typed = session.terminal().readSecret("Password: ");
            if (typed == null) {
                break;
            }
            if (router().config().enableSecretMatches(typed)) {
                session.setExecMode(Mode.PRIV_EXEC);
                return;
            }
        }
        print("% Bad secrets\n\n");
    }

    /** {@code configure terminal}; plain {@code configure} asks where from, as IOS does. */
    private void configure(IosParser.Configure_cmdContext c) {
        if (c.getChildCount() == 1) {
            String answer = session.terminal().confirm("Configuring from terminal, memory, or network [terminal]? ");
            if (answer == null) {
                return;
            }
            String a = answer.strip().toLowerCase(Locale.ROOT);
            if (!a.isEmpty() && !"terminal".startsWith(a)) {
                print("?Must be \"terminal\", \"memory\" or \"network\"\n");
                return;
            }
        }
        print("Enter configuration commands, one per line.  End with CNTL/Z.\n");
        session.enterConfig();
    }

    // ---- show -------------------------------------------------------------------------------

    private void show(IosParser.Show_cmdContext c) {
        if (c.show_target().show_interfaces() != null && missing(c.show_target().show_interfaces().exec_interface())) {
            return;
        }
        String text = router().writer().locked(() -> showText(c.show_target()));
        IosParser.Output_filterContext f = c.output_filter();
        if (f != null) {
            OutputFilter.Kind kind = OutputFilter.Kind.valueOf(f.filter_op().getText().toUpperCase(Locale.ROOT));
            text = new OutputFilter(kind, f.filter_regex().getText()).apply(text);
        }
        print(text);
    }

    private String showText(IosParser.Show_targetContext t) {
        if (t.show_running() != null) {
            IosParser.Exec_interfaceContext itf = t.show_running().exec_interface();
            String body = router().config().render();
            return itf == null ? RunningConfigText.full(body) : RunningConfigText.interfaceOnly(body, interfaceName(itf));
        }
        if (t.show_startup() != null) {
            return startupText();
        }
        if (t.show_history() != null) {
            return session.history().render();
        }
        if (t.show_clock() != null) {
            return SystemText.clock(router().clock().instant()) + "\n";
        }
        if (t.show_version() != null) {
            return PlatformText.version(router());
        }
        if (t.show_inventory() != null) {
            return PlatformText.inventory(router());
        }
        if (t.show_privilege() != null) {
            return "Current privilege level is " + (session.mode() == iosim.config.mode.Mode.USER_EXEC ? 1 : 15) + "\n";
        }
        if (t.show_users() != null) {
            return router().showUsers(session.lineName());
        }
        if (t.show_debugging() != null) {
            return SystemText.debugging(router().debug());
        }
        if (t.show_logging() != null) {
            return SystemText.logging(router().syslog());
        }
        if (t.show_arp() != null) {
            return router().live().showIpArp();
        }
        if (t.show_hosts() != null) {
            return AutomationShowText.hosts(router().config().domainName(), router().config().domainLookup());
        }
        if (t.show_snmp() != null) {
            return AutomationShowText.snmpNotEnabled();
        }
        if (t.show_flash() != null) {
            return new FileCommands(session).showFlash();
        }
        if (t.show_archive() != null) {
            return new ArchiveCommands(session).show(t.show_archive());
        }
        if (t.show_ip() != null) {
            return showIp(t.show_ip());
        }
        if (t.show_interfaces() != null && t.show_interfaces().getStop().getText().equals("summary")) {
            IosParser.Exec_interfaceContext itf = t.show_interfaces().exec_interface();
            String only = itf == null ? null : interfaceName(itf);
            List<LiveExec.SummaryRow> rows = new java.util.ArrayList<>();
            java.util.Map<String, LiveExec.SummaryRow> live = new java.util.HashMap<>();
            router().live().interfaceSummary().forEach(r -> live.put(r.name(), r));
            for (ConfigEngine.InterfaceView v : InterfaceText.showOrder(router().config().interfaces())) {
                if (only == null || only.equals(v.name())) {
                    rows.add(live.getOrDefault(v.name(), new LiveExec.SummaryRow(v.name(),
                            "up".equals(InterfaceText.protocol(v)), 0, 0, 0, 0, 0, 0)));
                }
            }
            return AutomationShowText.interfacesSummary(rows);
        }
        if (t.show_ipv6() != null) {
            return t.show_ipv6().getStop().getText().equals("brief")
                    ? AutomationShowText.ipv6InterfaceBrief(router().config().interfaces(), router().live().lineStates())
                    : "";
        }
        if (t.show_lldp() != null) {
            return AutomationShowText.lldpNotEnabled();
        }
        if (t.show_interfaces() != null) {
            IosParser.Exec_interfaceContext itf = t.show_interfaces().exec_interface();
            String live = router().live().showInterfaces(itf == null ? null : interfaceName(itf));
            if (live != null) {
                return live;
            }
            return InterfaceText.interfaces(router().config().interfaces(), itf == null ? null : interfaceName(itf),
                    router().config().platform());
        }
        if (t.show_access_lists() != null) {
            IosParser.Show_acl_nameContext name = t.show_access_lists().show_acl_name();
            return AccessListText.render(router().config().render(), name == null ? null : name.getText());
        }
        if (t.show_monitor() != null) {
            return CaptureCommands.show(router().live().captures(), t.show_monitor());
        }
        if (t.show_crypto() != null) {
            if (t.show_crypto().show_crypto_pki() != null && router().config() instanceof RunningConfigEngine e) {
                var tps = router().writer().locked(() -> List.copyOf(e.model().trustpoints().values()));
                return t.show_crypto().show_crypto_pki().getText().endsWith("certificates")
                        ? PkiText.certificates(tps) : PkiText.trustpoints(tps);
            }
            if (t.show_crypto().show_crypto_key() != null && router().config() instanceof RunningConfigEngine e) {
                return KeyText.mypubkey(e.model().cryptoKeys().values(),
                        t.show_crypto().show_crypto_key().getText().endsWith("ec") ? "EC" : "RSA");
            }
            return CryptoText.show(t.show_crypto(), router().live());
        }
        return "";
    }

    private String showIp(IosParser.Show_ipContext c) {
        if (c.show_ip_ssh() != null && router().config() instanceof RunningConfigEngine e) {
            return SshText.showIpSsh(e.model(), router().config().platform());
        }
        if (c.show_ip_route() != null) {
            return RoutingCommands.showRoute(router().live().routing(), c.show_ip_route());
        }
        if (c.show_ip_ospf() != null) {
            IosParser.Show_ospf_interfaceContext oi = c.show_ip_ospf().show_ospf_interface();
            String ifName = oi == null || oi.exec_interface() == null ? null : interfaceName(oi.exec_interface());
            return RoutingCommands.showOspf(router().live().routing(), c.show_ip_ospf(), ifName);
        }
        if (c.show_ip_protocols() != null) {
            return router().live().routing().showIpProtocols();
        }
        if (c.show_ip_arp() != null) {
            return router().live().showIpArp();
        }
        if (c.show_ip_nat() != null) {
            return router().live().showIpNatTranslations();
        }
        IosParser.Show_ip_interfaceContext ipIf = c.show_ip_interface();
        if (ipIf != null && ipIf.getChildCount() > 1 && ipIf.exec_interface() == null) {
            return InterfaceText.brief(router().config().interfaces(), router().bootInterfaces(), router().live().lineStates());
        }
        return AutomationShowText.ipInterface(router().config().interfaces(), router().live().lineStates(),
                ipIf == null || ipIf.exec_interface() == null ? null : interfaceName(ipIf.exec_interface()));
    }

    /**
     * An interface named on the command line that this router does not have: IOS refuses the
     * line with {@code % Invalid input} and the caret under the interface name (printed here).
     */
    private boolean missing(IosParser.Exec_interfaceContext itf) {
        if (itf == null) {
            return false;
        }
        String name = interfaceName(itf);
        boolean exists = router().config().interfaces().stream().anyMatch(v -> v.name().equals(name));
        if (!exists) {
            session.printInvalid(itf.getStart().getCharPositionInLine());
        }
        return !exists;
    }

    static String interfaceName(IosParser.Exec_interfaceContext c) {
        return c.exec_if_type().getText() + c.exec_if_num().getText();
    }

    private String startupText() {
        try {
            return router().startup().read()
                    .map(s -> "Using " + s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                            + " out of " + SystemText.NVRAM_BYTES + " bytes\n" + s + (s.endsWith("\n") ? "" : "\n"))
                    .orElse("startup-config is not present\n");
        } catch (IOException e) {
            return "%Error opening nvram:/startup-config (I/O error)\n";
        }
    }

    // ---- configuration files -----------------------------------------------------------------

    private void write(IosParser.Write_cmdContext c) {
        String what = c.getChildCount() > 1 ? c.getChild(1).getText() : "memory";
        switch (what) {
            case "terminal" -> print(RunningConfigText.full(router().writer().locked(router().config()::render)));
            case "erase" -> erase();
            default -> save();
        }
    }

    private void save() {
        print("Building configuration...\n");
        try {
            router().save();
            print("[OK]\n");
        } catch (IOException e) {
            print("%Error writing nvram:/startup-config (I/O error)\n");
        }
    }

    private void erase() {
        String answer = session.terminal().confirm(
                "Erasing the nvram filesystem will remove all configuration files! Continue? [confirm]");
        if (!confirmed(answer)) {
            return;
        }
        try {
            router().startup().erase();
            print("[OK]\nErase of nvram: complete\n");
            router().syslog().log("%SYS-7-NV_BLOCK_INIT: Initialized the geometry of nvram");
        } catch (IOException e) {
            print("%Error erasing nvram: (I/O error)\n");
        }
    }

    private static boolean confirmed(String answer) {
        if (answer == null) {
            return false;
        }
        String a = answer.strip().toLowerCase(Locale.ROOT);
        return a.isEmpty() || a.startsWith("y");
    }

    private void reload() {
        Terminal t = session.terminal();
        if (t.interactive() && router().modified()) {
            String save = t.confirm("\nSystem configuration has been modified. Save? [yes/no]: ");
            if (save == null) {
                return;
            }
            String a = save.strip().toLowerCase(Locale.ROOT);
            if (a.startsWith("y")) {
                save();
            } else if (!a.startsWith("n")) {
                print("% Please answer 'yes' or 'no'.\n");
                return;
            }
        }
        if (!confirmed(t.confirm("Proceed with reload? [confirm]"))) {
            return;
        }
        print("\n");
        List<String> errors = router().reload();
        errors.forEach(e -> print(e + "\n"));
        print("\n\nPress RETURN to get started!\n\n\n");
        session.restart();
    }

    // ---- terminal, debug, clear -------------------------------------------------------------------

    private void terminal(IosParser.Terminal_cmdContext c) {
        if (c.terminal_length() != null) {
            session.setTerminalLength(Integer.parseInt(c.terminal_length().terminal_lines().getText()));
        } else if (c.terminal_width() != null) {
            session.setTerminalWidth(Math.max(0, Integer.parseInt(c.terminal_width().terminal_columns().getText())));
        }
        if (c.terminal_length() == null && c.terminal_width() == null && c.terminal_no() == null
                && session.lineName().equals("console")) {
            print("% Console already monitors\n"); // the console always shows logging (logging console)
        }
        // on a vty, terminal [no] monitor opens/closes the line's log gate (the SSH console reads it)
    }

    private void debug(IosParser.Debug_targetContext t, boolean on) {
        if (t.debug_ip_ospf() != null) {
            print(RoutingCommands.debug(router().debug(), t.debug_ip_ospf(), on));
            return;
        }
        if (t.debug_crypto() == null) {
            if (!on) {
                router().debug().clear();
                print("All possible debugging has been turned off\n");
                return;
            }
            String a = session.terminal().confirm("This may severely impact network performance. Continue? (yes/[no]): ");
            if (a != null && a.strip().toLowerCase(Locale.ROOT).startsWith("y")) {
                router().debug().set("ikev2 default", true);
                router().debug().set("ipsec", true);
                router().debug().set("isakmp", true);
                print("All possible debugging has been turned on\n");
            }
            return;
        }
        IosParser.Debug_cryptoContext d = t.debug_crypto();
        String flag;
        String text;
        if (d.debug_ikev2() != null) {
            IosParser.Debug_ikev2Context k = d.debug_ikev2();
            String level = k.getChildCount() > 1 ? k.getChild(1).getText() : "default";
            if (k.debug_ikev2_packet() != null) {
                level = k.debug_ikev2_packet().getChildCount() > 1 ? "packet hexdump" : "packet";
            }
            flag = "ikev2 " + level;
            text = "IKEv2 " + level + " debugging is ";
        } else if (d.debug_isakmp() != null) {
            flag = "isakmp";
            text = "Crypto ISAKMP debugging is ";
        } else if (d.debug_condition() != null) {
            flag = "condition peer " + d.debug_condition().debug_peer_addr().getText();
            router().debug().set(flag, on);
            return;
        } else {
            flag = "ipsec";
            text = "Crypto IPSEC debugging is ";
        }
        router().debug().set(flag, on);
        print(text + (on ? "on" : "off") + "\n");
    }

    private void clear(IosParser.Clear_cmdContext c) {
        if (c.clear_ip_ospf() != null) {
            RoutingExec r = router().live().routing();
            String answer = session.terminal().confirm("Reset ALL OSPF processes? [no]: ");
            if (answer != null && answer.strip().toLowerCase(Locale.ROOT).startsWith("y")) {
                r.clearIpOspfProcess();
            }
            return;
        }
        if (c.clear_line() != null) {
            clearLine(c.clear_line());
            return;
        }
        if (c.clear_counters() != null) {
            clearCounters(c.clear_counters());
        } else if (c.clear_crypto() == null) {
            // clear logging
            if (confirmed(session.terminal().confirm("Clear logging buffer [confirm]"))) {
                router().syslog().clear();
            }
        }
        if (c.clear_crypto() != null) {
            clearCrypto(c.clear_crypto());
        }
    }

    /**
     * {@code clear line vty N} / {@code clear line N} (IOSv numbering: vty N is line N+2): IOS's
     * {@code [confirm]}, then the session on that vty line is closed.
     */
    private void clearLine(IosParser.Clear_lineContext c) {
        int vty = c.clear_vty_number() != null ? Integer.parseInt(c.clear_vty_number().getText())
                : Integer.parseInt(c.clear_line_number().getText()) - 2;
        if (!confirmed(session.terminal().confirm("[confirm]"))) {
            return;
        }
        if (vty >= 0) {
            router().clearVty(vty);
        }
        print(" [OK]\n");
    }

    /** {@code clear counters [IF]}: IOS's confirm prompt, the counters zeroed, {@code %CLEAR-5-COUNTERS}. */
    private void clearCounters(IosParser.Clear_countersContext c) {
        if (missing(c.exec_interface())) {
            return;
        }
        String ifName = c.exec_interface() == null ? null : interfaceName(c.exec_interface());
        String answer = session.terminal().confirm(ifName == null
                ? "Clear \"show interface\" counters on all interfaces [confirm]"
                : "Clear \"show interface\" counters on this interface [confirm]");
        if (!confirmed(answer)) {
            return;
        }
        router().live().clearCounters(ifName);
        router().syslog().log("%CLEAR-5-COUNTERS: Clear counter on " + (ifName == null ? "all interfaces" : "interface " + ifName)
                + " by " + session.lineName());
    }

    private void clearCrypto(IosParser.Clear_cryptoContext c) {
        LiveExec live = router().live();
        if (c.clear_crypto_session() != null) {
            String remote = null;
            for (IosParser.Clear_session_remoteContext r : c.clear_crypto_session().clear_session_remote()) {
                remote = r.clear_remote_addr().getText();
            }
            live.clearSession(remote);
        } else if (c.clear_crypto_sa() != null) {
            IosParser.Clear_crypto_saContext sa = c.clear_crypto_sa();
            if (sa.clear_sa_peer() != null) {
                live.clearSa(sa.clear_sa_peer().clear_peer_addr().getText());
            } else if (sa.getChildCount() > 1 && sa.getChild(1).getText().equals("counters")) {
                live.clearSaCounters();
            } else {
                live.clearSa(null);
            }
        } else if (c.clear_crypto_ikev2() != null && c.clear_crypto_ikev2().clear_ikev2_sa() == null) {
            live.clearIkev2Stats();
        } else if (c.clear_crypto_ikev2() != null && c.clear_crypto_ikev2().clear_ikev2_sa() != null) {
            String remote = null;
            for (IosParser.Clear_session_remoteContext r : c.clear_crypto_ikev2().clear_ikev2_sa().clear_session_remote()) {
                remote = r.clear_remote_addr().getText();
            }
            live.clearIkev2Sa(remote);
        } else if (c.clear_crypto_isakmp() != null) {
            IosParser.Clear_isakmp_conn_idContext id = c.clear_crypto_isakmp().clear_isakmp_conn_id();
            live.clearIsakmp(id == null ? null : Long.parseLong(id.getText()));
        }
    }

    // ---- ping, traceroute -------------------------------------------------------------------------

    private void ping(IosParser.Ping_cmdContext c) {
        PingSpec spec;
        if (c.ping_dest() == null) {
            if (session.mode() == Mode.USER_EXEC) {
                print(CliErrors.incomplete());
                return;
            }
            spec = new ExtendedPing(session.terminal()).run();
        } else {
            spec = PingKeywords.spec(c, this::print);
        }
        if (spec != null) {
            router().live().ping(spec, this::print);
        }
    }

    private void traceroute(IosParser.Traceroute_cmdContext c) {
        String dest = c.traceroute_dest().getText();
        if (!ValueKind.IPV4.matches(dest)) {
            print("% Unrecognized host or address, or protocol not running.\n\n");
            return;
        }
        print(router().live().traceroute(dest, c.ping_source() == null ? null : sourceText(c.ping_source())));
    }

    private static String sourceText(IosParser.Ping_sourceContext s) {
        return s.exec_interface() != null ? interfaceName(s.exec_interface()) : s.ping_source_addr().getText();
    }
}
