package iosim.shell.controller.show;

import iosim.ikev1.api.AuthMethod;
import iosim.ikev1.api.IsakmpPolicy;
import iosim.ikev1.api.IsakmpSaSnapshot;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * {@code show crypto isakmp sa [detail]} as IOS prints it. The plain table's dst/src are the
 * phase 1 responder and initiator (so a hub lists itself as dst for every spoke), conn-id is
 * 0 until phase 1 is authenticated; the detail table adds the negotiated policy, the time left
 * (hh:mm:ss) and the capabilities (D: dead peer detection, N: NAT traversal).
 */
public final class IsakmpSaText {
    private IsakmpSaText() {}

    static final String CODES = "Codes: C - IKE configuration mode, D - Dead Peer Detection\n"
            + "       K - Keepalives, N - NAT-traversal\n"
            + "       T - cTCP encapsulation, X - IKE Extended Authentication\n"
            + "       psk - Preshared key, rsig - RSA signature\n"
            + "       renc - RSA encryption\n";

    /** {@code remainingSeconds}: configured seconds left before the SA's lifetime runs out. */
    public static String render(List<IsakmpSaSnapshot> sas, boolean detail, ToLongFunction<IsakmpSaSnapshot> remainingSeconds) {
        StringBuilder sb = new StringBuilder();
        if (detail) {
            sb.append(CODES).append("IPv4 Crypto ISAKMP SA\n\n");
            sb.append("C-id  Local           Remote          I-VRF  Status Encr Hash   Auth DH Lifetime Cap.\n\n");
            for (IsakmpSaSnapshot s : sas) {
                sb.append(detailRow(s, remainingSeconds.applyAsLong(s)));
            }
        } else {
            sb.append("IPv4 Crypto ISAKMP SA\n");
            sb.append("dst             src             state          conn-id status\n");
            for (IsakmpSaSnapshot s : sas) {
                String local = host(s.local().getAddress());
                String remote = host(s.remote().getAddress());
                String dst = s.initiator() ? remote : local;
                String src = s.initiator() ? local : remote;
                sb.append(String.format(Locale.ROOT, "%-16s%-16s%-15s%7d %s%n", dst, src, s.state(), connId(s),
                        s.deleted() ? "ACTIVE (deleted)" : "ACTIVE"));
            }
        }
        sb.append("\nIPv6 Crypto ISAKMP SA\n\n");
        return sb.toString();
    }

    /** IOS numbers an ISAKMP SA only once phase 1 is authenticated. */
    public static long connId(IsakmpSaSnapshot s) {
        return s.established() ? s.connectionId() : 0;
    }

    private static String detailRow(IsakmpSaSnapshot s, long remaining) {
        IsakmpPolicy p = s.policy();
        String caps = (s.dpd() ? "D" : "") + (s.natDetected() ? "N" : "");
        String row = String.format(Locale.ROOT, "%-6d%-16s%-16s%-7s%-7s%-5s%-7s%-5s%-3s%s %-4s",
                connId(s), host(s.local().getAddress()), host(s.remote().getAddress()), "",
                s.deleted() ? "DELETED" : "ACTIVE", p == null ? "" : encr(p), p == null ? "" : hash(p),
                p == null ? "" : p.auth() == AuthMethod.PRE_SHARE ? "psk" : "rsig",
                p == null ? "" : String.valueOf(p.group().id()), s.established() ? hms(remaining) : "        ", caps);
        return row + "\n       Engine-id:Conn-id =  SW:" + Math.max(0, connId(s) - 1000) + "\n\n";
    }

    static String encr(IsakmpPolicy p) {
        return switch (p.cipher()) {
            case DES_CBC -> "des";
            case TDES_CBC -> "3des";
            case AES_CBC -> "aes"; // IOS names AES without its key size here
        };
    }

    static String hash(IsakmpPolicy p) {
        return switch (p.hash()) {
            case MD5 -> "md5";
            case SHA1 -> "sha";
            case SHA2_256 -> "sha256";
            case SHA2_384 -> "sha384";
            case SHA2_512 -> "sha512";
        };
    }

    static String host(java.net.InetAddress a) {
        return a.getHostAddress();
    }

    static String hms(long seconds) {
        long s = Math.max(0, seconds);
        return String.format(Locale.ROOT, "%02d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }
}
