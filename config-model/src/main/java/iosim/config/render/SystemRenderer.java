package iosim.config.render;

import java.util.List;

import iosim.config.RunningConfig;
import iosim.config.model.LoggingBuffered;
import iosim.config.model.LoggingConsole;
import iosim.config.model.SystemSettings;
import iosim.config.model.Timestamps;
import iosim.config.model.Trustpoint;
import iosim.config.model.UserAccount;

/** The head of the configuration: version, timestamps, hostname, boot markers, secrets, users, PKI. */
final class SystemRenderer {
    /** The default (IOSv) platform's release train. */
    static final String VERSION = iosim.config.Platform.IOSV.configVersion();

    private SystemRenderer() {
    }

    static void head(RunningConfig c, java.util.List<String> headerComments, ConfigText out) {
        SystemSettings s = c.system();
        out.bang();
        if (!headerComments.isEmpty()) {
            for (String comment : headerComments) {
                out.line("! " + comment);
            }
            out.bang();
        }
        out.line("version " + c.platform().configVersion());
        timestamps(out, "debug", s.timestampsDebug());
        timestamps(out, "log", s.timestampsLog());
        out.bang();
        out.line("hostname " + s.hostname());
        out.bang();
        out.line("boot-start-marker");
        out.line("boot-end-marker");
        out.bang();
        out.bang();
        if (!SystemSettings.FILE_PROMPT_DEFAULT.equals(s.filePrompt())) {
            out.line("file prompt " + s.filePrompt());
        }
        LoggingBuffered lb = s.loggingBuffered();
        if (!lb.enabled()) {
            out.line("no logging buffered");
        } else if (!lb.equals(LoggingBuffered.DEFAULT)) {
            StringBuilder l = new StringBuilder("logging buffered");
            if (lb.size() != LoggingBuffered.DEFAULT_SIZE) {
                l.append(' ').append(lb.size());
            }
            if (!lb.level().equals(LoggingBuffered.DEFAULT_LEVEL)) {
                l.append(' ').append(lb.level());
            }
            out.line(l.toString());
        }
        LoggingConsole lc = s.loggingConsole();
        if (!lc.enabled()) {
            out.line("no logging console");
        } else if (!lc.level().equals(LoggingConsole.DEFAULT_LEVEL)) {
            out.line("logging console " + lc.level());
        }
        if (s.enableSecret() != null) {
            out.line("enable secret " + s.enableSecret());
        }
        if (s.enablePassword() != null) {
            out.line("enable password " + s.enablePassword());
        }
        out.bang();
        out.line(s.aaaNewModel() ? "aaa new-model" : "no aaa new-model");
        out.bang();
        RemoteAccessRenderer.aaaLists(c, out);
        if (s.domainName() != null) {
            out.line("ip domain name " + s.domainName());
            out.bang();
        }
        if (s.loginBlock() != null) {
            SystemSettings.LoginBlock b = s.loginBlock();
            out.line("login block-for " + b.blockSeconds() + " attempts " + b.attempts() + " within " + b.withinSeconds());
            out.bang();
        }
        for (Trustpoint t : c.trustpoints().values()) {
            trustpoint(t, out);
            out.bang();
        }
        for (Trustpoint t : c.trustpoints().values()) {
            if (!t.chain().isEmpty()) {
                chain(t, out);
                out.bang();
            }
        }
        if (!c.users().isEmpty()) {
            for (UserAccount u : c.users().values()) {
                out.line(user(u));
            }
            out.bang();
        }
        iosim.config.model.ArchiveSettings a = s.archive();
        if (a != null) {
            out.line("archive");
            if (a.path() != null) {
                out.line(" path " + a.path());
            }
            if (a.maximum() != iosim.config.model.ArchiveSettings.DEFAULT_MAXIMUM) {
                out.line(" maximum " + a.maximum());
            }
            if (a.writeMemory()) {
                out.line(" write-memory");
            }
            if (a.timePeriod() != null) {
                out.line(" time-period " + a.timePeriod());
            }
            out.bang();
        }
    }

    private static void timestamps(ConfigText out, String kind, Timestamps t) {
        if (t == null) {
            out.line("no service timestamps " + kind);
            return;
        }
        StringBuilder l = new StringBuilder("service timestamps ").append(kind);
        if (!t.datetime()) {
            l.append(" uptime");
        } else {
            l.append(" datetime");
            if (t.msec()) {
                l.append(" msec");
            }
            if (t.localtime()) {
                l.append(" localtime");
            }
            if (t.showTimezone()) {
                l.append(" show-timezone");
            }
            if (t.year()) {
                l.append(" year");
            }
        }
        out.line(l.toString());
    }

    private static void trustpoint(Trustpoint t, ConfigText out) {
        out.line("crypto pki trustpoint " + t.name());
        if (t.enrollment() != null) {
            out.sub(1, "enrollment " + t.enrollment());
        }
        if (t.subjectName() != null) {
            out.sub(1, "subject-name " + t.subjectName());
        }
        if (!t.revocationCheck().isEmpty()) {
            out.sub(1, "revocation-check " + String.join(" ", t.revocationCheck()));
        }
        if (t.rsaKeypair() != null) {
            out.sub(1, "rsakeypair " + t.rsaKeypair() + (t.rsaKeypairSize() != null ? " " + t.rsaKeypairSize() : ""));
        }
        if (t.ecKeypair() != null) {
            out.sub(1, "eckeypair " + t.ecKeypair());
        }
    }

    /** {@code crypto pki certificate chain}: each certificate's DER in hex, 8 groups of 8 digits a line. */
    private static void chain(Trustpoint t, ConfigText out) {
        out.line("crypto pki certificate chain " + t.name());
        List<iosim.config.model.ChainCertificate> ordered = new java.util.ArrayList<>(t.chain());
        ordered.sort(java.util.Comparator.comparingInt(c -> c.ca() ? 1 : 0)); // IOS: the router's first, then the CA's
        for (iosim.config.model.ChainCertificate c : ordered) {
            out.sub(1, "certificate " + (c.kind() == null ? "" : c.kind() + " ") + c.serial());
            String hex = c.derHex();
            for (int i = 0; i < hex.length(); i += 64) {
                StringBuilder l = new StringBuilder();
                for (int g = i; g < Math.min(i + 64, hex.length()); g += 8) {
                    l.append(hex, g, Math.min(g + 8, hex.length())).append(' ');
                }
                out.sub(2, l.toString());
            }
            out.sub(2, "\tquit");
        }
    }

    static String user(UserAccount u) {
        StringBuilder l = new StringBuilder("username ").append(u.name());
        if (u.privilege() != UserAccount.DEFAULT_PRIVILEGE) {
            l.append(" privilege ").append(u.privilege());
        }
        l.append(u.password() ? " password " : " secret ").append(u.credential());
        return l.toString();
    }
}
