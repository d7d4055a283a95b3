package iosim.shell.controller.show;

import iosim.shell.controller.tunnel.SpiText;
import iosim.ikev2.api.IkeSaSnapshot;
import iosim.shell.controller.CiscoVendorIds;
import iosim.shell.controller.CryptoNames;
import java.util.List;
import java.util.function.ToIntFunction;

/** {@code show crypto ikev2 sa [detailed]} (reference §3.1, §3.2), from engine snapshots. */
public final class IkeSaText {
    private IkeSaText() {}

    /** The column header above the SA rows. */
    static final String HEADER = String.format("%-10s%-22s%-22s%-21s%s%n", "Tunnel-id", "Local", "Remote",
            "fvrf/ivrf", "Status ");

    /** @param tunnelId the box's Tunnel-id for an SA (by our SPI) */
    public static String render(List<IkeSaSnapshot> sas, boolean detailed, ToIntFunction<Long> tunnelId,
                                int windowSize) {
        return render(sas, detailed, tunnelId, windowSize, s -> new int[] {0, 0});
    }

    /** @param dpd the SA's DPD interval and retry in seconds ({0, 0} when DPD is off) */
    public static String render(List<IkeSaSnapshot> sas, boolean detailed, ToIntFunction<Long> tunnelId,
                                int windowSize, java.util.function.Function<IkeSaSnapshot, int[]> dpd) {
        return render(sas, detailed, tunnelId, windowSize, dpd, 0);
    }

    /**
     * @param fragmentMtu the IP packet size IKE fragments are cut to when {@code crypto ikev2
     *                    fragmentation} is configured, 0 when it is not; an SA uses it only when its
     *                    IKE_SA_INIT negotiated RFC 7383 fragmentation (both sides announced it)
     */
    public static String render(List<IkeSaSnapshot> sas, boolean detailed, ToIntFunction<Long> tunnelId,
                                int windowSize, java.util.function.Function<IkeSaSnapshot, int[]> dpd,
                                int fragmentMtu) {
        StringBuilder sb = new StringBuilder();
        sb.append(" IPv4 Crypto IKEv2  SA \n\n");
        if (!sas.isEmpty()) {
            sb.append(HEADER);
        }
        for (IkeSaSnapshot s : sas) {
            block(sb, s, detailed, tunnelId, windowSize, dpd, fragmentMtu);
        }
        sb.append("\n IPv6 Crypto IKEv2  SA \n\n");
        return sb.toString();
    }

    /** One SA's row, its Encr and Life lines and, when {@code detailed}, the detail lines. */
    static void block(StringBuilder sb, IkeSaSnapshot s, boolean detailed, ToIntFunction<Long> tunnelId,
                      int windowSize, java.util.function.Function<IkeSaSnapshot, int[]> dpd, int fragmentMtu) {
        {
            sb.append(String.format("%-10d%-22s%-22s%-21s%-7s%n", tunnelId.applyAsInt(s.localSpi()),
                    hostPort(s.localAddress()), hostPort(s.remoteAddress()), "none/none", status(s.state())));
            String keysize = s.encryption() == null ? "0" : String.valueOf(s.encryption().keyBits());
            sb.append("      Encr: ").append(CryptoNames.showCipher(s.encryption())).append(", keysize: ").append(keysize)
                    .append(", PRF: ").append(CryptoNames.showPrf(s.prf())).append(", Hash: ")
                    .append(CryptoNames.showHash(s.integrity())).append(", DH Grp:")
                    .append(s.group() == null ? "0" : s.group().ianaId()).append(", Auth sign: ")
                    .append(s.authMethod()).append(", Auth verify: ").append(s.peerAuthMethod()).append('\n');
            sb.append("      Life/Active Time: ").append(s.lifetimeMillis() / 1000).append('/')
                    .append(s.ageMillis() / 1000).append(" sec\n");
            if (detailed) {
                detail(sb, s, tunnelId.applyAsInt(s.localSpi()), windowSize, dpd.apply(s), fragmentMtu);
            }
        }
    }

    private static void detail(StringBuilder sb, IkeSaSnapshot s, int id, int window, int[] dpd, int fragmentMtu) {
        sb.append("      CE id: ").append(1000 + id).append(", Session-id: ").append(id).append('\n');
        sb.append("      Local spi: ").append(SpiText.ike(s.localSpi())).append("       Remote spi: ").append(SpiText.ike(s.remoteSpi()))
                .append('\n');
        sb.append("      Status Description: ").append(statusDescription(s.state())).append('\n');
        sb.append("      Local id: ").append(s.localId() == null ? "" : s.localId()).append('\n');
        sb.append("      Remote id: ").append(s.remoteId() == null ? "" : s.remoteId()).append('\n');
        long localNext = s.nextRequestId();
        long remoteNext = s.expectedRequestId();
        sb.append(String.format("      %-19s%-15d%-20s%-10d%n", "Local req msg id:", localNext, "Remote req msg id:", remoteNext));
        sb.append(String.format("      %-19s%-15d%-20s%-10d%n", "Local next msg id:", localNext, "Remote next msg id:",
                remoteNext));
        sb.append(String.format("      %-19s%-15d%-20s%-10d%n", "Local req queued:", localNext, "Remote req queued:",
                remoteNext));
        sb.append(String.format("      %-19s%-15d%-20s%-10d%n", "Local window:", window, "Remote window:", window));
        sb.append("      DPD configured for ").append(dpd[0]).append(" seconds, retry ").append(dpd[1]).append('\n');
        if (s.fragmentation() && fragmentMtu > 0) {
            sb.append("      IETF Std Fragmentation MTU in use: ").append(fragmentMtu).append(" bytes.\n");
        } else if (fragmentMtu > 0) {
            sb.append("      Fragmentation configured, not negotiated with the peer.\n");
        } else {
            sb.append("      Fragmentation not  configured.\n");
        }
        sb.append("      Dynamic Route Update: enabled\n");
        sb.append("      Extended Authentication not configured.\n");
        if (!s.natTraversal()) {
            sb.append("      NAT-T is not detected  \n");
        } else if (s.natLocal()) {
            sb.append("      NAT-T is detected inside\n");
        } else {
            sb.append("      NAT-T is detected  outside\n");
        }
        sb.append("      Cisco Trust Security SGT is disabled\n");
        sb.append("      Initiator of SA : ").append(s.initiator() ? "Yes" : "No").append('\n');
        sb.append("      PEER TYPE: ").append(CiscoVendorIds.peerType(s)).append('\n');
    }

    public static String status(String engineState) {
        return switch (engineState) {
            case "CONNECTING" -> "IN-NEG";
            case "ESTABLISHED", "REKEYING" -> "READY";
            case "REKEYED", "DELETING" -> "DELETE";
            default -> engineState;
        };
    }

    private static String statusDescription(String engineState) {
        return switch (engineState) {
            case "CONNECTING" -> "Negotiation in progress";
            case "ESTABLISHED", "REKEYING" -> "Negotiation done";
            default -> "Deleting IKE SA";
        };
    }

    static String hostPort(java.net.InetSocketAddress a) {
        return a.getAddress().getHostAddress() + "/" + a.getPort();
    }
}
